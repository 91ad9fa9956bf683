/** Screens and REST of certificates, the official actions register, delegated reviews and public verification (109, 107.1.5 C). */
package org.tryon.licensing.certificates.web;
