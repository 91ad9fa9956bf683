/** Screens and REST of exam applications (staff and public), exam rules and kinds, and state credentials (106). */
package org.tryon.licensing.eligibility.web;
