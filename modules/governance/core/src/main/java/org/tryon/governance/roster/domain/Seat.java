package org.tryon.governance.roster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * A seat of a body, recommended by one or more organisations (107.1.1 A, 107.2.1; "representation
 * of the above organizations is not limited or restricted to membership in the organizations").
 * Seats are effective-dated: a seat added later (the county's 14th BDC seat) exists from its date
 * and changes no history; an abolished seat ends on a date. The BDC chair's seat is the Chamber of
 * Commerce's (107.1.3).
 */
@Entity
@Table(name = "gov_seat")
@Audited
public class Seat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commission_id", nullable = false)
    private Commission commission;

    @Column(name = "seat_number", nullable = false)
    private int number;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 1000)
    private String organisations;

    @Column(name = "effective_from", nullable = false)
    private java.time.LocalDate effectiveFrom = java.time.LocalDate.of(1900, 1, 1);

    @Column(name = "effective_to")
    private java.time.LocalDate effectiveTo;

    @Column(name = "chair_seat", nullable = false)
    private boolean chairSeat;

    @Version
    private long version;

    protected Seat() {}

    Seat(Commission commission, int number, String title) {
        this.commission = commission;
        this.number = number;
        this.title = title;
        this.organisations = title;
        this.chairSeat = title.contains("Chamber of Commerce");
    }

    Seat(
            Commission commission,
            int number,
            String title,
            java.util.List<String> organisations,
            java.time.LocalDate effectiveFrom,
            boolean chairSeat) {
        this(commission, number, title);
        this.organisations = String.join("; ", organisations);
        this.effectiveFrom = effectiveFrom;
        this.chairSeat = chairSeat;
    }

    /** Whether the seat exists on {@code day}. */
    public boolean inEffectOn(java.time.LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /** Abolishes the seat after {@code lastDay}. */
    public void abolish(java.time.LocalDate lastDay) {
        this.effectiveTo = lastDay;
    }

    /** The organisations that recommend for the seat. */
    public java.util.List<String> organisationList() {
        return organisations == null || organisations.isBlank()
                ? java.util.List.of()
                : java.util.Arrays.stream(organisations.split(";"))
                        .map(String::trim)
                        .filter(o -> !o.isEmpty())
                        .toList();
    }

    public java.time.LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public java.time.LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public boolean isChairSeat() {
        return chairSeat;
    }

    public Long getId() {
        return id;
    }

    public Commission getCommission() {
        return commission;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }
}
