/**
 * Exam sessions and registrations (107.1.5 C; ADR 0035; 106: fee, retake waiting period and attempt limit of the
 * exam rule in force on the session day): scheduling a session, registering a candidate, the payment hold and its
 * release, rescheduling, cancellation and no-shows, with the append-only histories of sessions and registrations
 * (107.1.5 C.2); the exam fee is charged and paid through fees' api.
 *
 * <p>Tables {@code lic_exam_session}, {@code lic_exam_session_history}, {@code lic_registration},
 * {@code lic_registration_history}. REST roots {@code /licensing/sessions}, {@code /licensing/registrations}; screens
 * {@code /licensing/sessions}, {@code session}, {@code registrations}, {@code registration}.
 */
package org.tryon.licensing.sessions;
