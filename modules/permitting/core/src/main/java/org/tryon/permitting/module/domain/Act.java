package org.tryon.permitting.module.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Who did something in the department's name, on which day (the county's date), when it was
 * recorded, and in which office, printed under a signature (108.12 written notices, 108.10 G
 * notices and determinations). One value for every feature of permitting; an entity keeps it in its
 * own columns ({@code issued_on}, {@code issued_at}, {@code issued_by}, {@code issued_as}) through
 * {@code @AttributeOverride}s.
 *
 * <p>Rules: the day, the instant and the person are always known; the office may be none where
 * nothing is signed. Two acts are equal when all four parts are.
 */
@Embeddable
public final class Act implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "acted_on")
    private LocalDate on;

    @Column(name = "acted_at")
    private Instant at;

    @Column(name = "acted_by", length = 60)
    private String by;

    @Column(name = "acted_as", length = 80)
    private String as;

    protected Act() {}

    public Act(LocalDate on, Instant at, String by, String as) {
        this.on = Objects.requireNonNull(on, "an act has its day");
        this.at = Objects.requireNonNull(at, "an act has the instant it was recorded");
        this.by = Objects.requireNonNull(by, "an act says who did it");
        this.as = as;
    }

    /** The county's date of the act. */
    public LocalDate on() {
        return on;
    }

    /** The instant it was recorded. */
    public Instant at() {
        return at;
    }

    /** The user who acted. */
    public String by() {
        return by;
    }

    /** The office acted in (printed under the signature). */
    public String as() {
        return as;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Act a
                && Objects.equals(on, a.on)
                && Objects.equals(at, a.at)
                && Objects.equals(by, a.by)
                && Objects.equals(as, a.as);
    }

    @Override
    public int hashCode() {
        return Objects.hash(on, at, by, as);
    }

    @Override
    public String toString() {
        return "Act[on=" + on + ", at=" + at + ", by=" + by + ", as=" + as + "]";
    }
}
