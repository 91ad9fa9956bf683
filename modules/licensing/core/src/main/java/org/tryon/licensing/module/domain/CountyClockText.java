package org.tryon.licensing.module.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A moment as people at the county read it: the county's local time, on the 12-hour clock, with its zone of that day
 * ("12/05/2026 7:27 PM EST"; EDT in summer), never the UTC instant the database keeps. Used by the licensing screens
 * and by the reasons written into licensing's histories.
 */
public final class CountyClockText {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("MM/dd/yyyy h:mm a z", java.util.Locale.US);

    private CountyClockText() {}

    /** The moment in the county's zone, or "" for none. */
    public static String format(Instant at, ZoneId county) {
        return at == null ? "" : FORMAT.format(at.atZone(county));
    }
}
