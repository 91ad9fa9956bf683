/** Certificates issued on examinations, their renewal, and the register of official actions (109, 107.1.5 C.2). */
package org.tryon.licensing.certificates.domain;
