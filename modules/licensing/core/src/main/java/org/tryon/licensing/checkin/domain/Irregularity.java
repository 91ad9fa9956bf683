package org.tryon.licensing.checkin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * An irregularity the proctor recorded during a sitting: kind, time, description. Examinations are append-only
 * records (107.1.5 C.2): never edited nor deleted. Whether it invalidates the result follows from its kind.
 */
@Entity
@Table(name = "lic_irregularity")
public class Irregularity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id", nullable = false)
    private long registrationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private IrregularityKind kind;

    /** The county's local time it happened. */
    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(nullable = false)
    private boolean invalidates;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Irregularity() {}

    public Irregularity(
            long registrationId,
            IrregularityKind kind,
            LocalDateTime occurredAt,
            LocalDateTime now,
            String description,
            String recordedBy,
            Instant recordedAt) {
        if (kind == null) {
            throw new RuleViolationException("kind", "required", "Say what kind of irregularity happened");
        }
        if (occurredAt == null) {
            throw new RuleViolationException("occurredAt", "required", "Say when it happened");
        }
        if (occurredAt.isAfter(now)) {
            throw new RuleViolationException(
                    "occurredAt",
                    "irregularity.not-future",
                    "An irregularity is recorded after it happened, not for " + UsFormat.dateTime(occurredAt));
        }
        if (description == null || description.isBlank() || description.trim().length() > 2000) {
            throw new RuleViolationException(
                    "description", "required", "Describe what the proctor saw (at most 2000 characters)");
        }
        this.registrationId = registrationId;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.description = description.trim();
        this.invalidates = kind.invalidates();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getRegistrationId() {
        return registrationId;
    }

    public IrregularityKind getKind() {
        return kind;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getDescription() {
        return description;
    }

    public boolean isInvalidates() {
        return invalidates;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
