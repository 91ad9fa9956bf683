/** The demo exam applications (106). */
package org.tryon.licensing.eligibility.infrastructure;
