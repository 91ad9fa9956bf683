package org.tryon.licensing.sessions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.DynamicUpdate;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.money.Money;

/**
 * A candidate's seat in an exam session. Sessions write AWAITING_PAYMENT, CONFIRMED, CANCELLED, RESCHEDULED and NO_SHOW;
 * check-in writes CHECKED_IN (with the form, the access code and the extra minutes, columns this entity does not map)
 * and delivery COMPLETED. Only changed columns are written ({@code @DynamicUpdate}), so this entity never overwrites
 * what check-in wrote.
 */
@Entity
@Table(name = "lic_registration")
@DynamicUpdate
public class Registration {

    public enum Status {
        AWAITING_PAYMENT,
        CONFIRMED,
        CHECKED_IN,
        COMPLETED,
        CANCELLED,
        RESCHEDULED,
        NO_SHOW
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "candidate_id", nullable = false)
    private long candidateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @Column(name = "registered_at")
    private Instant registeredAt;

    /** Until when an unpaid registration holds its seat; null once paid or free. */
    @Column(name = "hold_until")
    private Instant holdUntil;

    /** The fee charged for the seat (the rule's fee on the session day when first registered); zero when free. */
    @Column(precision = 12, scale = 2)
    private Money fee;

    /** The registration whose fee charge pays for this seat: itself, or the first one of a chain of reschedulings. */
    @Column(name = "fee_registration_id")
    private Long feeRegistrationId;

    @Column(name = "rescheduled_from_id")
    private Long rescheduledFromId;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Version
    private long version;

    protected Registration() {}

    public Registration(
            long sessionId,
            long applicationId,
            long candidateId,
            LocalDate registeredOn,
            Instant registeredAt,
            Money fee,
            Instant holdUntil) {
        this.sessionId = sessionId;
        this.applicationId = applicationId;
        this.candidateId = candidateId;
        this.registeredOn = Objects.requireNonNull(registeredOn);
        this.registeredAt = Objects.requireNonNull(registeredAt);
        this.fee = Objects.requireNonNull(fee);
        if (fee.isPositive()) {
            this.status = Status.AWAITING_PAYMENT;
            this.holdUntil = Objects.requireNonNull(holdUntil);
        } else {
            this.status = Status.CONFIRMED;
            this.confirmedAt = registeredAt;
        }
    }

    /** The seat in another session, with the same fee and payment: a confirmed seat stays confirmed. */
    public Registration movedTo(long otherSessionId, LocalDate today, Instant now) {
        Registration r = new Registration();
        r.sessionId = otherSessionId;
        r.applicationId = applicationId;
        r.candidateId = candidateId;
        r.registeredOn = today;
        r.registeredAt = now;
        r.fee = fee;
        r.status = status;
        r.holdUntil = holdUntil;
        r.confirmedAt = confirmedAt;
        r.feeRegistrationId = feeRegistrationId();
        r.rescheduledFromId = id;
        return r;
    }

    /** A seat moved while unpaid is held again from the move (licensing.payment-hold-hours). */
    public void holdAgain(Instant until) {
        if (status == Status.AWAITING_PAYMENT) {
            holdUntil = until;
        }
    }

    /** Once the id is known: a first registration pays for itself. */
    public void feeOwnId() {
        if (feeRegistrationId == null) {
            feeRegistrationId = id;
        }
    }

    public long feeRegistrationId() {
        return feeRegistrationId != null ? feeRegistrationId : id;
    }

    public boolean isOpen() {
        return status == Status.AWAITING_PAYMENT || status == Status.CONFIRMED || status == Status.CHECKED_IN;
    }

    public void confirm(Instant at) {
        if (status != Status.AWAITING_PAYMENT) {
            throw new RuleViolationException(
                    "registrationId",
                    "awaiting-payment",
                    "Registration " + id + " is " + status
                            + ": only a registration awaiting payment is confirmed by its payment");
        }
        status = Status.CONFIRMED;
        confirmedAt = at;
        holdUntil = null;
    }

    /** Moves to {@code to} (CANCELLED, RESCHEDULED, NO_SHOW) from an open state. */
    public Status end(Status to) {
        if (status != Status.AWAITING_PAYMENT && status != Status.CONFIRMED) {
            throw new RuleViolationException(
                    "registrationId",
                    "registration-open",
                    "Registration " + id + " is " + status
                            + ": only a registration awaiting payment or confirmed (not yet checked in) can be "
                            + to.name().toLowerCase().replace('_', '-'));
        }
        Status from = status;
        status = to;
        return from;
    }

    public Long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getCandidateId() {
        return candidateId;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getHoldUntil() {
        return holdUntil;
    }

    public Money getFee() {
        return fee == null ? Money.ZERO : fee;
    }

    public Long getRescheduledFromId() {
        return rescheduledFromId;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
