package org.tryon.inspections.thirdparties.domain;

import jakarta.persistence.Column;
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
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * A third party the department approved to inspect before its re-inspection (108.10 F.2.2.1: "a
 * Department approved NC licensed professional or other Department approved entity"), from the
 * day of approval until the approval is withdrawn.
 */
@Entity
@Table(name = "insp_third_party")
@Audited
public class ThirdPartyInspector {

    public enum Kind {
        NC_LICENSED_PROFESSIONAL("NC licensed professional"),
        APPROVED_ENTITY("Department approved entity");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    /** The NC license or registration number (a professional's), or the approval reference (an entity's). */
    @Column(name = "license_number", nullable = false, length = 60)
    private String licenseNumber;

    @Column(length = 30)
    private String phone;

    @Column(name = "approved_on", nullable = false)
    private LocalDate approvedOn;

    @Column(name = "approved_by", nullable = false, length = 60)
    private String approvedBy;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawal_reason", length = 500)
    private String withdrawalReason;

    @Version
    private long version;

    protected ThirdPartyInspector() {}

    public ThirdPartyInspector(
            String name, Kind kind, String licenseNumber, String phone, LocalDate approvedOn, String approvedBy) {
        this.name = name.trim();
        this.kind = kind;
        this.licenseNumber = licenseNumber.trim();
        this.phone = phone == null || phone.isBlank() ? null : phone.trim();
        this.approvedOn = approvedOn;
        this.approvedBy = approvedBy;
    }

    /** Whether the approval was in force on {@code day}. */
    public boolean approvedOn(LocalDate day) {
        return !day.isBefore(approvedOn) && (withdrawnOn == null || day.isBefore(withdrawnOn));
    }

    public void withdraw(LocalDate on, String reason) {
        if (withdrawnOn != null) {
            throw new RuleViolationException(
                    "withdrawnOn",
                    "108.10 F.2.2.1",
                    name + "'s approval was withdrawn on " + UsFormat.date(withdrawnOn));
        }
        if (on.isBefore(approvedOn)) {
            throw new RuleViolationException(
                    "withdrawnOn",
                    "108.10 F.2.2.1",
                    "An approval is withdrawn after it was given (" + UsFormat.date(approvedOn) + ")");
        }
        this.withdrawnOn = on;
        this.withdrawalReason = reason;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Kind getKind() {
        return kind;
    }

    public String getLicenseNumber() {
        return licenseNumber;
    }

    public String getPhone() {
        return phone;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }
}
