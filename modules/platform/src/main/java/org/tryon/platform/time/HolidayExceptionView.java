package org.tryon.platform.time;

import java.time.LocalDate;

/** A day added to or removed from the county's holidays, as screens and the API show it; also the body of a new one. */
public record HolidayExceptionView(Long id, LocalDate date, HolidayException.Kind kind, String name, String reason)
        implements java.io.Serializable {}
