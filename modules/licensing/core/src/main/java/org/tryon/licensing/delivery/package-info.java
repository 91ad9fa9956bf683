/**
 * Delivery of the examination (106): the candidate's kiosk opened by the access code of check-in, each answer saved
 * as it is given, the server-counted time with an accommodation's extra minutes and the timeout of abandoned attempts;
 * paper answer sheets keyed or imported (the outage plan).
 *
 * <p>Tables {@code lic_attempt}, {@code lic_response}. REST roots {@code /public/exam-kiosk},
 * {@code /licensing/answer-sheets}; screens {@code /public/exam-kiosk}, {@code /licensing/answer-sheets}.
 */
package org.tryon.licensing.delivery;
