package org.tryon.permitting.certificates.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.tryon.permitting.module.domain.Act;
import org.tryon.platform.errors.RuleViolationException;

/**
 * A temporary certificate of occupancy (108.11.3): the building, or the part of it named, may be
 * occupied on the conditions stated until the certificate's last day.
 *
 * <p>Invariants (our reading; the section's text is not at hand): the conditions are stated; it is
 * in force from its issue through its last day, {@code permitting.certificates.tco-days} (90 by
 * default) after the issue, and expired from the day after; a renewal extends it by the same
 * period from the later of its last day and the day of renewal (an expired one may be renewed);
 * it may be revoked, with the reason; the certificate of occupancy supersedes it (108.11.4). Once
 * revoked or superseded it is neither renewed nor revoked again. What it states is never edited.
 */
@Entity
@Audited
@Table(name = "perm_temporary_certificate")
public class TemporaryCertificate {

    public enum Status {
        IN_FORCE,
        REVOKED,
        SUPERSEDED
    }

    /** Where a certificate stands on a given day; expiry is computed, never stored. */
    public enum Standing {
        IN_FORCE,
        EXPIRED,
        REVOKED,
        SUPERSEDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "certificate_number", unique = true, length = 30)
    private String number;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    /** The part of the building that may be occupied; the whole building when empty. */
    @Column(name = "building_portion", length = 300)
    private String portion;

    @Column(nullable = false, length = 2000)
    private String conditions;

    /** Who issued it, when: issued_on, issued_at, issued_by, issued_as (none: signed "for the Administrator"). */
    @Embedded
    private Act issued;

    @Column(name = "valid_through", nullable = false)
    private LocalDate validThrough;

    @Column(nullable = false)
    private int renewals;

    @Column(name = "last_renewed_on")
    private LocalDate lastRenewedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    /**
     * Who revoked it, or whose certificate of occupancy superseded it, when: ended_on, ended_at,
     * ended_by, ended_as; none while in force. Ended before ADR 0044's amendment: no instant, no office.
     */
    @Embedded
    private Act ended;

    /** Why it was revoked, or the certificate that superseded it. */
    @Column(name = "ended_reason", length = 1000)
    private String endedReason;

    @Version
    private long version;

    protected TemporaryCertificate() {}

    /** 108.11.3: issues a temporary certificate in force for {@code days} days after the day it is {@code issued}. */
    public static TemporaryCertificate issue(long projectId, String portion, String conditions, Act issued, int days) {
        if (conditions == null || conditions.isBlank()) {
            throw new RuleViolationException(
                    "conditions",
                    "108.11.3 conditions",
                    "108.11.3: state the conditions on which the building, or the part named, may be occupied");
        }
        requirePositive(days);
        TemporaryCertificate t = new TemporaryCertificate();
        t.projectId = projectId;
        t.portion = portion == null || portion.isBlank() ? null : portion.trim();
        t.conditions = conditions.trim();
        t.issued = issued;
        t.validThrough = issued.on().plusDays(days);
        t.status = Status.IN_FORCE;
        return t;
    }

    /** Called once the id is known: TCO-2026-000042. */
    public void assignNumber() {
        if (number == null) {
            number = "TCO-" + issued.on().getYear() + "-" + String.format("%06d", id);
        }
    }

    /** 108.11.3: renewed for {@code days} more days after the later of its last day and {@code on}. */
    public void renew(LocalDate on, int days) {
        requireNotEnded("renewed");
        requirePositive(days);
        LocalDate from = on.isAfter(validThrough) ? on : validThrough;
        this.validThrough = from.plusDays(days);
        this.renewals++;
        this.lastRenewedOn = on;
    }

    /** 108.11.3: revoked: the building, or the part named, may no longer be occupied under it. */
    public void revoke(Act ended, String reason) {
        requireNotEnded("revoked");
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason", "required", "Say why the temporary certificate is revoked");
        }
        this.status = Status.REVOKED;
        this.ended = ended;
        this.endedReason = reason.trim();
    }

    /** 108.11.4: the certificate of occupancy takes its place. */
    public void supersede(Act ended, String certificateNumber) {
        if (status == Status.IN_FORCE) {
            this.status = Status.SUPERSEDED;
            this.ended = ended;
            this.endedReason = "Superseded by certificate " + certificateNumber;
        }
    }

    public Standing standingOn(LocalDate day) {
        return switch (status) {
            case REVOKED -> Standing.REVOKED;
            case SUPERSEDED -> Standing.SUPERSEDED;
            case IN_FORCE -> day.isAfter(validThrough) ? Standing.EXPIRED : Standing.IN_FORCE;
        };
    }

    private void requireNotEnded(String what) {
        if (status != Status.IN_FORCE) {
            throw new RuleViolationException(
                    "id",
                    "108.11.3 ended",
                    "Temporary certificate " + number + " is " + status.name().toLowerCase() + "; it cannot be "
                            + what);
        }
    }

    private static void requirePositive(int days) {
        if (days < 1) {
            throw new RuleViolationException(
                    "days", "108.11.3 period", "108.11.3: the period of a temporary certificate is at least one day");
        }
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getPortion() {
        return portion;
    }

    public String getConditions() {
        return conditions;
    }

    public Act getIssued() {
        return issued;
    }

    public LocalDate getValidThrough() {
        return validThrough;
    }

    public int getRenewals() {
        return renewals;
    }

    public LocalDate getLastRenewedOn() {
        return lastRenewedOn;
    }

    public Status getStatus() {
        return status;
    }

    /** Who ended it, when; {@code null} while in force. */
    public Act getEnded() {
        return ended;
    }

    public String getEndedReason() {
        return endedReason;
    }
}
