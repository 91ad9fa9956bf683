package org.tryon.governance.meetings.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A BDC member's attendance in a calendar year (107.1.1 B): the regular meetings held while the
 * member held a seat, each with the minutes present against the meeting's minutes, and the
 * arithmetic (needed, excused allowed, credited, complies) in numbers and in words.
 */
public record AttendanceRow(
        long personId,
        String name,
        int year,
        int meetings,
        int needed,
        int attended,
        int excused,
        int excusedCap,
        int credited,
        boolean complies,
        String explanation,
        List<MeetingLine> lines)
        implements java.io.Serializable {

    public record MeetingLine(
            long meetingId, LocalDate day, long meetingMinutes, long minutesPresent, boolean attended, String excuse)
            implements java.io.Serializable {}
}
