package org.tryon.fees.schedule.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.tryon.permitting.api.PermitIssued;
import org.tryon.platform.kernel.Identity;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;

/**
 * Fees' own record of a permit it billed, kept from permitting's {@link PermitIssued} (no query into
 * permitting's tables): the holder billed, the project, and for an MEP permit the general
 * contractor's master permit (108.10 F.4), and the ended permit it replaces (108.8.1). Written once.
 */
@Entity
@Immutable
@Table(name = "fees_permit")
public class BilledPermit {

    @Id
    @Column(name = "permit_id")
    private Long permitId;

    @Column(name = "permit_number", nullable = false, length = 30)
    private String permitNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Trade trade;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_kind", nullable = false, length = 20)
    private PermitHolder.Kind holderKind;

    @Column(name = "holder_id", nullable = false)
    private long holderId;

    @Column(name = "holder_name", nullable = false, length = 200)
    private String holderName;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "project_address", nullable = false, length = 300)
    private String projectAddress;

    @Column(name = "construction_value", nullable = false)
    private BigDecimal constructionValue;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "master_permit_id")
    private Long masterPermitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "master_holder_kind", length = 20)
    private PermitHolder.Kind masterHolderKind;

    @Column(name = "master_holder_id")
    private Long masterHolderId;

    @Column(name = "master_holder_name", length = 200)
    private String masterHolderName;

    /** 108.8.1: the revoked, expired or void permit this one was issued in place of, or null. */
    @Column(name = "replaces_permit_id")
    private Long replacesPermitId;

    protected BilledPermit() {}

    public static BilledPermit of(PermitIssued issued) {
        BilledPermit p = new BilledPermit();
        p.permitId = issued.permitId().value();
        p.permitNumber = issued.permitNumber();
        p.trade = issued.trade();
        p.holderKind = issued.holder().kind();
        p.holderId = issued.holder().id();
        p.holderName = issued.holder().name();
        p.projectId = Identity.valueOrNull(issued.projectId());
        p.projectAddress = issued.projectAddress();
        p.constructionValue = issued.constructionValue().amount();
        p.issuedOn = issued.issuedOn();
        p.masterPermitId = Identity.valueOrNull(issued.masterPermitId());
        p.replacesPermitId = Identity.valueOrNull(issued.replacesPermitId());
        if (issued.masterHolder() != null) {
            p.masterHolderKind = issued.masterHolder().kind();
            p.masterHolderId = issued.masterHolder().id();
            p.masterHolderName = issued.masterHolder().name();
        }
        return p;
    }

    public PermitHolder holder() {
        return new PermitHolder(holderKind, holderId, holderName);
    }

    /** 108.10 F.4: the general contractor holding the master permit this MEP permit was issued under, or null. */
    public PermitHolder masterHolder() {
        return masterHolderKind == null ? null : new PermitHolder(masterHolderKind, masterHolderId, masterHolderName);
    }

    public Long getPermitId() {
        return permitId;
    }

    public String getPermitNumber() {
        return permitNumber;
    }

    public Trade getTrade() {
        return trade;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getProjectAddress() {
        return projectAddress;
    }

    public Money getConstructionValue() {
        return Money.of(constructionValue);
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public Long getMasterPermitId() {
        return masterPermitId;
    }

    public Long getReplacesPermitId() {
        return replacesPermitId;
    }
}
