package org.tryon.permitting.machinery.domain;

import java.time.Instant;
import java.time.LocalDate;

/** Who did something in the department's name, on which day, when it was recorded, and in which office (printed under a signature). */
public record Act(LocalDate on, Instant at, String by, String as) {
}
