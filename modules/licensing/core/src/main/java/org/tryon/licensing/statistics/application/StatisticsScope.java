package org.tryon.licensing.statistics.application;

import java.time.LocalDate;

/**
 * What the statistics are computed over: one form (the unit of a reliability), and either one administration (a session)
 * or a period of session days (from and to inclusive, either open), or every administration of the form when neither is
 * given. {@code certificateType}, when given, must be the form's.
 */
public record StatisticsScope(String certificateType, String form, Long sessionId, LocalDate from, LocalDate to) {

    public static StatisticsScope session(String form, long sessionId) {
        return new StatisticsScope(null, form, sessionId, null, null);
    }

    public static StatisticsScope period(String form, LocalDate from, LocalDate to) {
        return new StatisticsScope(null, form, null, from, to);
    }
}
