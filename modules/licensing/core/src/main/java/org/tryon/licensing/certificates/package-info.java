/**
 * Certificates issued on examinations (109, 107.1.5 C, C.2): issue on a passing result, renewal and continuing
 * education, the register of official actions, the review of results of delegated sittings, the certificate PDF and
 * the public verification.
 *
 * <p>Tables {@code lic_certificate}, {@code lic_certificate_sequence}, {@code lic_continuing_education},
 * {@code lic_official_action}, {@code lic_delegated_review}. REST roots {@code /licensing/certificates},
 * {@code /licensing/official-actions}, {@code /licensing/delegated-reviews}, {@code /public/certificates}; screens
 * {@code /licensing/certificates}, {@code certificate}, {@code certificates-actions}, {@code certificates-reviews},
 * {@code /public/certificate}.
 */
package org.tryon.licensing.certificates;
