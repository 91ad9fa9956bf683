package org.tryon.governance.notices.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    private static final ZoneId COUNTY = ZoneId.of("America/New_York");

    @Test
    @DisplayName(
            "G.S. 143-318.12: a body's meetings as RFC 5545 events in UTC: winter 15:00 county time is 20:00Z; cancelled is marked")
    void feed() {
        String ics = ICalendar.write(
                "BDC meetings",
                List.of(
                        new ICalendar.Event(
                                "meeting-1@tryon",
                                LocalDateTime.of(2026, 12, 10, 15, 0),
                                null,
                                "BDC special meeting: Fees; review",
                                "Room 267, Hal Marshall Center",
                                "Purpose: Fees\nLink",
                                "http://x/public/meeting.xhtml?id=1",
                                false,
                                0),
                        new ICalendar.Event(
                                "meeting-2@tryon",
                                LocalDateTime.of(2026, 7, 1, 15, 0),
                                LocalDateTime.of(2026, 7, 1, 17, 0),
                                "BDC regular meeting",
                                "Room 267",
                                null,
                                null,
                                true,
                                1)),
                COUNTY,
                Instant.parse("2026-12-06T12:00:00Z"));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics)
                .contains("DTSTART:20261210T200000Z\r\n")
                .contains("DTSTAMP:20261206T120000Z\r\n")
                .contains("SUMMARY:BDC special meeting: Fees\\; review\r\n")
                .contains("LOCATION:Room 267\\, Hal Marshall Center\r\n")
                .contains("DESCRIPTION:Purpose: Fees\\nLink\r\n")
                .contains("STATUS:CONFIRMED");
        assertThat(ics)
                .contains("DTSTART:20260701T190000Z\r\nDTEND:20260701T210000Z\r\n")
                .contains("SEQUENCE:1\r\n")
                .contains("STATUS:CANCELLED");
        assertThat(ics.split("BEGIN:VEVENT")).hasSize(3);
    }

    @Test
    @DisplayName("RFC 5545 3.1: lines longer than 75 octets are folded, never inside a UTF-8 character")
    void folding() {
        StringBuilder b = new StringBuilder();
        ICalendar.line(b, "SUMMARY:" + "é".repeat(60));
        String[] lines = b.toString().split("\r\n");
        assertThat(lines.length).isGreaterThan(1);
        for (String l : lines) {
            assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(b.toString().replace("\r\n ", "").trim()).isEqualTo("SUMMARY:" + "é".repeat(60));
        assertThat(ICalendar.text("a\\b,c;d\ne")).isEqualTo("a\\\\b\\,c\\;d\\ne");
    }
}
