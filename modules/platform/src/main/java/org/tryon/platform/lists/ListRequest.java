package org.tryon.platform.lists;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tryon.platform.errors.InvalidInputException;

/**
 * What a screen or the API asks of a list: a value per filtered field, the sort order (first
 * field first) and which rows. Blank filter values are dropped: an empty filter box filters
 * nothing. Field names are checked against the list's {@link ListDefinition}, not here.
 *
 * @param filters field name to the value typed or chosen
 * @param sort    the order asked for; the list's default order when empty
 * @param first   the index of the first row (0 for the first page)
 * @param size    how many rows at most
 */
public record ListRequest(Map<String, String> filters, List<Sort> sort, int first, int size) implements Serializable {

    /** One sort key: a field of the list and its direction. */
    public record Sort(String field, boolean ascending) implements Serializable {}

    public ListRequest {
        Map<String, String> kept = new LinkedHashMap<>();
        (filters == null ? Map.<String, String>of() : filters).forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                kept.put(field, value.trim());
            }
        });
        filters = java.util.Collections.unmodifiableMap(kept);
        sort = sort == null ? List.of() : List.copyOf(sort);
    }

    /** Every row matching {@code filters}, in the default order, from the first row. */
    public static ListRequest filtered(Map<String, String> filters, int size) {
        return new ListRequest(filters, List.of(), 0, size);
    }

    /**
     * The request of an API list from its query parameters {@code page} (from 1) and {@code size} (1 to
     * {@code maxSize}, {@code defaultSize} when absent), read as text so that "page=two" is a 400 naming the parameter
     * and the rule, not JAX-RS's 404.
     */
    public static ListRequest paged(
            Map<String, String> filters, List<Sort> sort, String page, String size, int defaultSize, int maxSize) {
        int rows = whole("size", size, defaultSize, 1, maxSize);
        int pageNumber = whole("page", page, 1, 1, Integer.MAX_VALUE / maxSize);
        return new ListRequest(filters, sort, (pageNumber - 1) * rows, rows);
    }

    private static int whole(String name, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the same answer as a number out of range
        }
        throw new InvalidInputException(
                name, "range", name + " is a whole number from " + min + " to " + max + ", not '" + value + "'");
    }

    /** The same filters and order, another page. */
    public ListRequest page(int first, int size) {
        return new ListRequest(filters, sort, first, size);
    }

    /** The same request with one more filter (a blank value removes none and adds none). */
    public ListRequest with(String field, String value) {
        Map<String, String> more = new LinkedHashMap<>(filters);
        more.put(field, value);
        return new ListRequest(more, sort, first, size);
    }
}
