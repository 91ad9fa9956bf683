/**
 * Eligibility to sit a licensing examination (106 "Journeyman Electrician", "four (4) years of training"; ADR 0033;
 * domain facts "Licensing examinations"): exam applications from the public page or entered by staff, their experience
 * lines and references checked by staff, the decision by the exam rule in force on the application day with its
 * arithmetic, and the state credentials recorded and verified by the department; and the editing of the exam rules
 * and the certificate kinds (examined, renewal only, state credential) kept by {@code module}.
 *
 * <p>Tables {@code lic_application}, {@code lic_experience}, {@code lic_reference}, {@code lic_state_credential} (edits
 * {@code lic_exam_rule} and {@code lic_certificate_kind} of {@code module}). REST roots
 * {@code /licensing/applications}, {@code /licensing/exam-rules}, {@code /licensing/certificate-kinds},
 * {@code /licensing/state-credentials}, {@code /public/exam-applications}; screens {@code /licensing/applications},
 * {@code applications-record}, {@code rules}, {@code state-credentials}, {@code /public/exam-apply},
 * {@code /public/exam-status}.
 */
package org.tryon.licensing.eligibility;
