/**
 * The commissions and who sits on them: the BDC and the TAB, their effective-dated seats, the people, appointments,
 * members' terms and early ends, the consecutive-term limits and the clerk's work list (107.1.1, 107.1.2, 107.2.1,
 * 107.2.2; the term arithmetic of the commission rules decision).
 *
 * <p>Tables: {@code gov_commission}, {@code gov_seat}, {@code gov_person}, {@code gov_appointment}. REST:
 * {@code /api/v1/commissions}. Screen: {@code /governance/commissions.xhtml}.
 */
package org.tryon.governance.roster;
