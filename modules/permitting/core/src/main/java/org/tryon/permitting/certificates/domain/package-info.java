/**
 * Temporary utilities and occupancy (108.11): temporary utilities before an electrical or
 * mechanical permit is finaled (108.11.1), limited conditional utility (108.11.2), temporary
 * certificates of occupancy (108.11.3) and the certificate of compliance or of occupancy of a
 * project once every permit on the structure is finaled and its fees are settled (108.11.4).
 *
 * <p>The text of 108.11 is missing from the ordinance we hold (it stops at page 22; its table of
 * contents names these sections): what these classes require beyond their titles is our
 * assumption, stated in each class and in docs/architecture.md, for the department to confirm.
 */
package org.tryon.permitting.certificates.domain;
