package org.tryon.inspections.api.violation;

import java.util.List;

/**
 * Breaks "api records and api methods carry no raw long or Long named *Id" (ADR 0045) on purpose: an event with raw
 * ids and a query interface taking them. Test sources only.
 */
public class RawIdsInAnApi {

    /** An event whose permit and request are raw numbers; its {@code id}, a count and a constant are not ids. */
    public record Requested(long permitId, Long requestId, long id, int count) {
        public static final long NO_ID = 0;
    }

    /** A query taking a project's raw id and its permits' raw ids. */
    public interface Queries {
        List<String> permits(long projectId);

        int count(List<Long> permitIds, String text);

        String name(long id);
    }
}
