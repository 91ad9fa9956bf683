/** Use cases of the reference lists and candidates, and the exam rule book every feature reads (106, 109). */
package org.tryon.licensing.module.application;
