package org.tryon.licensing.module.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import org.tryon.licensing.module.domain.CountyClockText;

/**
 * Prints a moment on the licensing screens in the county's local time ({@code #{licensingTime.at(x)}} gives
 * "2026-12-05 19:27 EST"), never as the UTC instant ("2026-12-06T00:27:14Z") the records keep.
 */
@Named("licensingTime")
@ApplicationScoped
public class CountyTimeBean {

    @Inject
    Clock clock;

    public String at(Instant at) {
        return CountyClockText.format(at, clock.getZone());
    }
}
