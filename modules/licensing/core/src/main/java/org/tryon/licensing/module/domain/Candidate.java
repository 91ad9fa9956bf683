package org.tryon.licensing.module.domain;

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
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * A person who seeks a certificate by examination (109).
 *
 * <p>Invariant: the county examines for the certificate on the day the candidate is entered.
 */
@Entity
@Table(name = "lic_candidate")
@Audited
public class Candidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name", nullable = false, length = 150)
    private String name;

    @Column(nullable = false, length = 200)
    private String email;

    @Column(length = 30)
    private String phone;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "certificate_type", nullable = false)
    private CertificateType certificateType;

    @Column(name = "entered_on", nullable = false)
    private LocalDate enteredOn;

    @Version
    private long version;

    protected Candidate() {}

    public Candidate(String name, String email, String phone, CertificateType certificateType, LocalDate enteredOn) {
        if (!certificateType.isExaminedOn(enteredOn)) {
            throw new RuleViolationException(
                    "certificateType",
                    "109 examined-by-county",
                    "109: the county does not examine for " + certificateType.getName() + " on "
                            + UsFormat.date(enteredOn)
                            + (certificateType.getExaminedUntil() == null
                                    ? ""
                                    : " (examinations ended " + UsFormat.date(certificateType.getExaminedUntil())
                                            + ")"));
        }
        this.name = name.trim();
        this.email = email.trim().toLowerCase();
        this.phone = phone == null || phone.isBlank() ? null : phone.trim();
        this.certificateType = certificateType;
        this.enteredOn = enteredOn;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public CertificateType getCertificateType() {
        return certificateType;
    }

    public LocalDate getEnteredOn() {
        return enteredOn;
    }
}
