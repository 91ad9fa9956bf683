package org.tryon.governance.notices.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A body's meetings as an iCalendar feed (RFC 5545), written directly (ADR 0029: the feed is a few properties per event;
 * iCal4j would bring Groovy, jparsec and caffeine into the WAR for it). Times are UTC ("Z" form), so that no VTIMEZONE is
 * needed; lines end with CRLF and are folded at 75 octets; text values are escaped (backslash, semicolon, comma, newline).
 */
public final class ICalendar {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** One meeting in the feed. {@code endsAt} may be null (not known before the meeting adjourns). */
    public record Event(
            String uid,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            String summary,
            String location,
            String description,
            String url,
            boolean cancelled,
            int sequence) {}

    private ICalendar() {}

    /** The feed: county times converted with {@code zone}, stamped {@code now}. */
    public static String write(String name, List<Event> events, ZoneId zone, Instant now) {
        StringBuilder b = new StringBuilder();
        line(b, "BEGIN:VCALENDAR");
        line(b, "VERSION:2.0");
        line(b, "PRODID:-//Mecklenburg County Code Enforcement//Tryon//EN");
        line(b, "CALSCALE:GREGORIAN");
        line(b, "METHOD:PUBLISH");
        line(b, "X-WR-CALNAME:" + text(name));
        for (Event e : events) {
            line(b, "BEGIN:VEVENT");
            line(b, "UID:" + e.uid());
            line(b, "DTSTAMP:" + UTC.format(now));
            line(b, "DTSTART:" + UTC.format(e.startsAt().atZone(zone)));
            if (e.endsAt() != null && e.endsAt().isAfter(e.startsAt())) {
                line(b, "DTEND:" + UTC.format(e.endsAt().atZone(zone)));
            }
            line(b, "SEQUENCE:" + e.sequence());
            line(b, "SUMMARY:" + text(e.summary()));
            if (e.location() != null) {
                line(b, "LOCATION:" + text(e.location()));
            }
            if (e.description() != null) {
                line(b, "DESCRIPTION:" + text(e.description()));
            }
            if (e.url() != null) {
                line(b, "URL:" + e.url());
            }
            line(b, "STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(b, "END:VEVENT");
        }
        line(b, "END:VCALENDAR");
        return b.toString();
    }

    /** A TEXT value escaped (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 character, with CRLF. */
    static void line(StringBuilder b, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                b.append("\r\n ");
                octets = 1;
            }
            b.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        b.append("\r\n");
    }
}
