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
import java.util.List;
import org.hibernate.envers.Audited;
import org.tryon.permitting.module.domain.Act;
import org.tryon.platform.errors.RuleViolationException;

/**
 * The certificate of compliance or of occupancy of a project (108.11.4; 108.3: the Department keeps
 * a record of each certificate of compliance granted), issued once every permit on the structure
 * has passed its final inspection and the fees are settled (see {@link CertificateRules}).
 *
 * <p>Invariants: one per project; its number is assigned once and never changes; the permits it
 * covers are those finaled on the day it was issued, kept as they were; it is never edited.
 */
@Entity
@Audited
@Table(name = "perm_certificate")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "certificate_number", unique = true, length = 30)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CertificateKind kind;

    @Column(name = "project_id", nullable = false, unique = true)
    private long projectId;

    /** The permit numbers the certificate covers, comma-separated, as on the day of issue. */
    @Column(name = "permit_numbers", nullable = false, length = 2000)
    private String permitNumbers;

    /** Who issued it, when; kept in issued_on, issued_at, issued_by, issued_as (none: signed "for the Administrator"). */
    @Embedded
    private Act issued;

    @Version
    private long version;

    protected Certificate() {}

    /** 108.11.4: call only once {@link CertificateRules#certificateRefusals} gives no reason. */
    public static Certificate issue(long projectId, CertificateKind kind, List<String> permitNumbers, Act issued) {
        if (permitNumbers.isEmpty()) {
            throw new RuleViolationException(
                    "permits", "108.11.4 permits", "108.11.4: a certificate covers the permits of the structure");
        }
        Certificate c = new Certificate();
        c.projectId = projectId;
        c.kind = kind;
        c.permitNumbers = String.join(", ", permitNumbers);
        c.issued = issued;
        return c;
    }

    /** Called once the id is known: CO-2026-000042, CC-2026-000043. */
    public void assignNumber() {
        if (number == null) {
            number = kind.prefix() + "-" + issued.on().getYear() + "-" + String.format("%06d", id);
        }
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public CertificateKind getKind() {
        return kind;
    }

    public long getProjectId() {
        return projectId;
    }

    public List<String> getPermitNumbers() {
        return List.of(permitNumbers.split(",\\s*"));
    }

    public Act getIssued() {
        return issued;
    }
}
