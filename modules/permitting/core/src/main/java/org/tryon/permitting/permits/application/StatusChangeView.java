package org.tryon.permitting.permits.application;

import java.time.Instant;
import java.time.LocalDate;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.permits.domain.PermitStatusChange;

/** One change of a permit's state: from, to, on which day, when, by whom and why. */
public record StatusChangeView(PermitStatus from, PermitStatus to, LocalDate on, Instant at, String by, String reason)
        implements java.io.Serializable {

    static StatusChangeView of(PermitStatusChange c) {
        return new StatusChangeView(c.getFrom(), c.getTo(), c.getOn(), c.getAt(), c.getBy(), c.getReason());
    }
}
