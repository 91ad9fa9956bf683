package org.tryon.licensing.module.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A certificate the county examines for (106 "Journeyman Electrician", "Mechanic", "Journeyman
 * Plumber"): its trade, the supervised experience required, and the dates between which the
 * county examines for it (the county stopped examining journeyman plumbers and mechanics on
 * 2013-01-01).
 */
@Entity
@Table(name = "lic_certificate_type")
@Audited
public class CertificateType {

    @Id
    @Column(length = 40)
    private String code;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "trade_code", nullable = false)
    private LicensingTrade trade;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(name = "experience_years", nullable = false)
    private int experienceYears;

    @Column(name = "section_ref", nullable = false, length = 40)
    private String section;

    @Column(name = "examined_from", nullable = false)
    private LocalDate examinedFrom;

    @Column(name = "examined_until")
    private LocalDate examinedUntil;

    @Column(name = "issuing_board", length = 200)
    private String issuingBoard;

    @Version
    private long version;

    /** What the type is from which day on (EXAMINED, RENEWAL_ONLY, STATE_CREDENTIAL), oldest first. */
    @OneToMany(fetch = FetchType.LAZY)
    @JoinColumn(name = "certificate_type", referencedColumnName = "code", insertable = false, updatable = false)
    @OrderBy("effectiveFrom")
    @NotAudited
    private List<CertificateKindPeriod> kinds = new ArrayList<>();

    protected CertificateType() {}

    /**
     * Whether the county examines for this type on {@code day}: by its effective-dated kind (ADR 0033) where one is
     * recorded, else by the dates between which it examined.
     */
    public boolean isExaminedOn(LocalDate day) {
        if (!kinds.isEmpty()) {
            return kindOn(day).filter(k -> k == CertificateKind.EXAMINED).isPresent();
        }
        return !day.isBefore(examinedFrom) && (examinedUntil == null || day.isBefore(examinedUntil));
    }

    /** What the type is on {@code day}: the kind with the latest effective day on or before it; empty before the first. */
    public Optional<CertificateKind> kindOn(LocalDate day) {
        CertificateKind kind = null;
        for (CertificateKindPeriod p : kinds) {
            if (!p.getEffectiveFrom().isAfter(day)) {
                kind = p.getKind();
            }
        }
        return Optional.ofNullable(kind);
    }

    /**
     * Records a new kind from a day on and keeps the examined dates shown on the lists in step: the last day examined
     * ends where a later kind that is not EXAMINED begins.
     */
    public void recordKind(CertificateKindPeriod period) {
        kinds.add(period);
        kinds.sort(java.util.Comparator.comparing(CertificateKindPeriod::getEffectiveFrom));
        LocalDate from = null;
        LocalDate until = null;
        for (CertificateKindPeriod p : kinds) {
            if (p.getKind() == CertificateKind.EXAMINED) {
                from = from == null ? p.getEffectiveFrom() : from;
                until = null;
            } else if (from != null && until == null) {
                until = p.getEffectiveFrom();
            }
        }
        if (from != null) {
            this.examinedFrom = from;
            this.examinedUntil = until;
        }
    }

    public List<CertificateKindPeriod> getKinds() {
        return kinds;
    }

    public String getIssuingBoard() {
        return issuingBoard;
    }

    public String getCode() {
        return code;
    }

    public LicensingTrade getTrade() {
        return trade;
    }

    public String getName() {
        return name;
    }

    public int getExperienceYears() {
        return experienceYears;
    }

    public String getSection() {
        return section;
    }

    public LocalDate getExaminedFrom() {
        return examinedFrom;
    }

    public LocalDate getExaminedUntil() {
        return examinedUntil;
    }
}
