/**
 * Meetings of the BDC and the TAB: scheduling, attendance and excused absences, quorum, the agenda and its deadlines,
 * recusals, motions and votes, minutes and their amendments, recesses (107.1.1 B, 107.1.4, 107.2.4; the commission
 * rules decision on attendance arithmetic, quorum and deadlines).
 *
 * <p>Tables: {@code gov_meeting}, {@code gov_presence}, {@code gov_excused_absence}, {@code gov_agenda_item},
 * {@code gov_recusal}, {@code gov_motion}, {@code gov_vote}, {@code gov_minutes}, {@code gov_minutes_amendment},
 * {@code gov_meeting_recess}. REST: {@code /api/v1/meetings}, {@code /api/v1/meetings/{meetingId}/recesses}. Screens:
 * {@code /governance/meetings.xhtml}, {@code /governance/meeting.xhtml}, {@code /governance/meeting-recess.xhtml}.
 */
package org.tryon.governance.meetings;
