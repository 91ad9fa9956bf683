package org.tryon.platform.time;

import java.time.LocalDate;

/** A county holiday as screens and the API show it; also the body of a new holiday. */
public record HolidayView(Long id, LocalDate date, String name) {
}
