package org.tryon.platform.time;

import java.time.LocalDate;

/**
 * A county holiday of a year as screens and the API show it: the day off, its name, the code of
 * the rule that gives it (empty for a day the administrator added) and the exception that added it.
 */
public record HolidayView(LocalDate date, String name, String rule, Long exceptionId) implements java.io.Serializable {}
