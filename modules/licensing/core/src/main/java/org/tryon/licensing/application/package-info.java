/** Licensing's use cases. */
package org.tryon.licensing.application;
