/** Licensing's schema and the demo certificates that span features. */
package org.tryon.licensing.module.infrastructure;
