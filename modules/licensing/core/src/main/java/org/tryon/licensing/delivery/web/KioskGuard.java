package org.tryon.licensing.delivery.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.security.LoginThrottle;

/**
 * The kiosk's code is its credential: after five wrong codes from one address within 15 minutes the kiosk refuses
 * codes from that address for a while (a minute, growing to 15), answered 429, like wrong passwords at sign-in.
 */
@ApplicationScoped
public class KioskGuard {

    @Inject
    Clock clock;

    private final LoginThrottle throttle =
            new LoginThrottle(5, 5, Duration.ofMinutes(15), Duration.ofSeconds(60), Duration.ofMinutes(15));

    /** Runs {@code call} for a code entered from {@code address}, counting a wrong code and refusing while locked. */
    public <T> T guard(String address, Supplier<T> call) {
        String key = "kiosk " + address;
        Duration locked = throttle.lockedFor(key, address, clock.instant());
        if (!locked.isZero() && !locked.isNegative()) {
            throw new WebApplicationException(
                    "Too many wrong access codes from this computer: try again in " + Math.max(1, locked.toSeconds())
                            + " seconds, or ask the proctor",
                    429);
        }
        try {
            return call.get();
        } catch (RuleViolationException e) {
            if (e.violations().stream().anyMatch(v -> "code".equals(v.field()) && "access code".equals(v.rule()))) {
                throttle.failed(key, address, clock.instant());
            }
            throw e;
        }
    }
}
