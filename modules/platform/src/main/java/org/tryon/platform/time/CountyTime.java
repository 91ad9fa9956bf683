package org.tryon.platform.time;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * A county's local time as it is exchanged with people and programs: always written with the county's offset of that
 * day ({@code 2026-12-05T09:30:00-05:00}; EDT in summer), read with an offset (converted to the county's time) or
 * without one (taken as the county's local time). Used by the REST API's JSON and by the CSV files Tryon reads.
 */
public final class CountyTime {

    private CountyTime() {}

    public static String format(LocalDateTime time, ZoneId county) {
        return time.atZone(county)
                .toOffsetDateTime()
                .truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /**
     * Reads {@code 2026-12-05T09:30}, {@code 2026-12-05 09:30}, with seconds, or with an offset or "Z".
     *
     * @throws DateTimeParseException when it is none of these
     */
    public static LocalDateTime parse(String text, ZoneId county) {
        String t = text.trim().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(t).atZoneSameInstant(county).toLocalDateTime();
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(t);
        }
    }
}
