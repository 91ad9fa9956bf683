/** Meetings, presence, excused absences, agenda items and deadlines, recusals, motions, votes, minutes, recesses; the attendance, quorum and recess rules (107.1.1 B, 107.1.4, 107.2.4). */
package org.tryon.governance.meetings.domain;
