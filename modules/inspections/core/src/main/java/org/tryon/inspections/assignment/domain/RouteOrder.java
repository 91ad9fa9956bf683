package org.tryon.inspections.assignment.domain;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order of an inspector's day list (the department's requirements: "a day list in route order, by district and
 * address"): urgent requests first (outage notice of December 2017), then by district, then by street and house number
 * along the street, so that the inspector works one district and one street at a time. Requests
 * with no known district come after those with one. A true route (distances) is not computed: the
 * department has no map data in Tryon.
 */
public final class RouteOrder {

    /** "700 N Tryon St, Charlotte, NC 28202": house number 700 (a letter after it, 700B, is kept apart), street "n tryon st". */
    private static final Pattern HOUSE_NUMBER = Pattern.compile("^\\s*(\\d+)([A-Za-z](?=\\s))?\\s+(.*)$");

    private RouteOrder() {}

    /** A stop of the day: what the order reads. */
    public interface Stop {
        boolean urgent();

        String districtCode();

        String address();

        long requestId();
    }

    /** The street (without house number, city, state and ZIP) and the house number of an address. */
    public record StreetAddress(String street, long number) {

        public static StreetAddress of(String address) {
            String line = address == null ? "" : address.split(",", 2)[0].trim();
            Matcher m = HOUSE_NUMBER.matcher(line);
            if (m.matches() && !m.group(3).isBlank()) {
                long number;
                try {
                    number = Long.parseLong(m.group(1));
                } catch (NumberFormatException tooLong) {
                    number = Long.MAX_VALUE;
                }
                return new StreetAddress(m.group(3).trim().toLowerCase(java.util.Locale.ROOT), number);
            }
            return new StreetAddress(line.toLowerCase(java.util.Locale.ROOT), Long.MAX_VALUE);
        }
    }

    public static final Comparator<Stop> ORDER = Comparator.comparing((Stop s) -> !s.urgent())
            .thenComparing(Stop::districtCode, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(s -> StreetAddress.of(s.address()).street())
            .thenComparingLong(s -> StreetAddress.of(s.address()).number())
            .thenComparingLong(Stop::requestId);
}
