package org.tryon.inspections.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.tryon.permitting.api.PermitStatus;

/**
 * One state of a permit and the day it took effect, as permitting reported it (issue, commencement,
 * an expiry or void by a clock, a restoration). A result or request keyed in late is judged by the
 * state on the day the work happened (108.8.1; outage notice of December 2017). Never changed.
 */
@Entity
@Immutable
@Table(name = "insp_permit_status")
public class PermitStatusRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "permit_id", nullable = false)
    private Long permitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PermitStatus status;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    /** When inspections learned of it: an entry keyed in after this, about a day before {@link #effectiveOn}, is late. */
    @Column(name = "learned_at", nullable = false)
    private Instant learnedAt;

    protected PermitStatusRecord() {}

    public PermitStatusRecord(long permitId, PermitStatus status, LocalDate effectiveOn, Instant learnedAt) {
        this.permitId = permitId;
        this.status = status;
        this.effectiveOn = effectiveOn;
        this.learnedAt = learnedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getPermitId() {
        return permitId;
    }

    public PermitStatus getStatus() {
        return status;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public Instant getLearnedAt() {
        return learnedAt;
    }
}
