package org.tryon.licensing.module.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import org.tryon.platform.text.UsFormat;

/**
 * Prints a moment on the licensing screens in the county's local time ({@code #{licensingTime.at(x)}} gives
 * "12/05/2026 7:27 PM"), never as the UTC instant ("2026-12-06T00:27:14Z") the records keep.
 */
@Named("licensingTime")
@ApplicationScoped
public class CountyTimeBean {

    @Inject
    Clock clock;

    /** The moment as every screen shows one (ADR 0052): {@code 12/05/2026 7:27 PM}, the county's local time. */
    public String at(Instant at) {
        return at == null ? "" : UsFormat.dateTime(at.atZone(clock.getZone()).toLocalDateTime());
    }
}
