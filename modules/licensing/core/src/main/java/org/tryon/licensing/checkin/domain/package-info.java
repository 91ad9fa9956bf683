/**
 * Licensing exams at the sitting (107.1.5 C; domain facts "Licensing examinations"): accommodations, the proctor's
 * check-in of a candidate (identity document, name match, late arrival, the form and the kiosk's access code),
 * irregularities and the referral of cheating to the licensing subcommittee.
 */
package org.tryon.licensing.checkin.domain;
