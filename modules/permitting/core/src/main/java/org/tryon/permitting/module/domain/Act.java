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
 * notices and determinations). One value for every feature of permitting: a certificate's issue,
 * a temporary certificate's issue and end, an enforcement action's issue and lifting, a notice of
 * exceptions' issue. An entity keeps each act in its own four columns, named after the attribute by
 * the platform's naming rule ({@code EmbeddedColumnNaming}, ADR 0044): {@code issued} is kept in
 * {@code issued_on}, {@code issued_at}, {@code issued_by}, {@code issued_as}; no
 * {@code @AttributeOverride} is needed.
 *
 * <p>Rules: the day, the instant and the person are always known for an act recorded from this
 * version on; the office may be none where nothing is signed in one (a certificate is signed "for
 * the Administrator", whoever issues it). An act recorded before its instant or office had a column
 * (ADR 0044's amendment: a temporary certificate's end, an action's lifting) is read back with
 * {@link #at()} and {@link #as()} {@code null}. Two acts are equal when all four parts are.
 */
@Embeddable
public final class Act implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate on;

    private Instant at;

    @Column(length = 60)
    private String by;

    @Column(length = 80)
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

    /** The instant it was recorded ({@code null} only for an act recorded before its column existed). */
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
