package org.tryon.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

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

    @Version
    private long version;

    protected CertificateType() {
    }

    public boolean isExaminedOn(LocalDate day) {
        return !day.isBefore(examinedFrom) && (examinedUntil == null || day.isBefore(examinedUntil));
    }

    public String getCode() { return code; }
    public LicensingTrade getTrade() { return trade; }
    public String getName() { return name; }
    public int getExperienceYears() { return experienceYears; }
    public String getSection() { return section; }
    public LocalDate getExaminedFrom() { return examinedFrom; }
    public LocalDate getExaminedUntil() { return examinedUntil; }
}
