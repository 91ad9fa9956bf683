package org.tryon.licensing.module.domain;

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
import java.util.Objects;

/**
 * What a certificate type is from a day on (106; effective-dated like the exam rules): the row in force on a day is the one
 * with the latest {@code effectiveFrom} on or before it. Rows are never edited: a change is a new row from a day not
 * before the county's today.
 */
@Entity
@Table(name = "lic_certificate_kind")
public class CertificateKindPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "certificate_type", nullable = false, length = 40)
    private String certificateType;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CertificateKind kind;

    @Column(nullable = false, length = 400)
    private String reason;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected CertificateKindPeriod() {}

    public CertificateKindPeriod(
            String certificateType,
            LocalDate effectiveFrom,
            CertificateKind kind,
            String reason,
            String recordedBy,
            Instant recordedAt) {
        this.certificateType = Objects.requireNonNull(certificateType);
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom);
        this.kind = Objects.requireNonNull(kind);
        this.reason = Objects.requireNonNull(reason).trim();
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public Long getId() {
        return id;
    }

    public String getCertificateType() {
        return certificateType;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public CertificateKind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
