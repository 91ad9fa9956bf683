package org.tryon.platform.time;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one source of "now" for the whole application, in the county's time zone. Production code
 * injects {@link Clock} and never calls {@code Instant.now()}; a test or a demo can move the clock
 * when {@code tryon.clock.adjustable} is set, never in production.
 */
@ApplicationScoped
public class TryonClock {

    @Inject
    @ConfigProperty(name = "tryon.zone", defaultValue = "America/New_York")
    String zone;

    @Inject
    @ConfigProperty(name = "tryon.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    private final AtomicReference<Clock> clock = new AtomicReference<>();

    @PostConstruct
    void init() {
        clock.set(Clock.system(ZoneId.of(zone)));
    }

    @Produces
    public Clock clock() {
        return new DelegatingClock(clock::get);
    }

    public LocalDate today() {
        return LocalDate.now(clock.get());
    }

    public Instant now() {
        return clock.get().instant();
    }

    public boolean isAdjustable() {
        return adjustable;
    }

    /** Moves the clock to a fixed instant; refused unless the clock is adjustable. */
    public void setFixed(Instant instant) {
        if (!adjustable) {
            throw new IllegalStateException(
                    "The clock is not adjustable in this installation (tryon.clock.adjustable=false)");
        }
        clock.set(Clock.fixed(instant, ZoneId.of(zone)));
    }

    public void reset() {
        clock.set(Clock.system(ZoneId.of(zone)));
    }

    /**
     * A clock that always reads the current setting, so injected clocks follow an adjustment. Serialisable, as what
     * a screen's bean holds must be (its session may move to another instance, ADR 0056): it travels as a reference
     * and comes back as the receiving instance's clock.
     */
    private static final class DelegatingClock extends Clock implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final transient java.util.function.Supplier<Clock> target;

        DelegatingClock(java.util.function.Supplier<Clock> target) {
            this.target = target;
        }

        @Override
        public ZoneId getZone() {
            return target.get().getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return target.get().withZone(zone);
        }

        @Override
        public Instant instant() {
            return target.get().instant();
        }

        private Object writeReplace() {
            return new CountyClockReference();
        }
    }

    /** How a serialised clock travels: it is read back as the application's clock of the instance that reads it. */
    private static final class CountyClockReference implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        private Object readResolve() {
            return jakarta.enterprise
                    .inject
                    .spi
                    .CDI
                    .current()
                    .select(TryonClock.class)
                    .get()
                    .clock();
        }
    }
}
