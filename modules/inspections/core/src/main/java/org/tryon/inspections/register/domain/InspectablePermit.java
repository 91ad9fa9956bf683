package org.tryon.inspections.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.Trade;

/**
 * Inspections' own record of a permit it may inspect, kept from permitting's events (no query
 * into permitting's tables): its number, trade, contractor and state. 108.10 A: the Department
 * inspects work for which a permit has been issued; 108.8.1: not under an expired or void one.
 */
@Entity
@Table(name = "insp_permit")
@Audited
public class InspectablePermit {

    /** Permitting's id of the permit. */
    @Id
    @Column(name = "permit_id")
    private Long permitId;

    @Column(name = "permit_number", nullable = false, length = 30)
    private String permitNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Trade trade;

    /** 108.10 C: the firm (or the owner acting as their own contractor, 108.8 C) responsible for the work. */
    @Enumerated(EnumType.STRING)
    @Column(name = "holder_kind", nullable = false, length = 20)
    private PermitHolder.Kind holderKind;

    @Column(name = "holder_id", nullable = false)
    private long holderId;

    @Column(name = "holder_name", nullable = false, length = 200)
    private String holderName;

    @Column(nullable = false, length = 300)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PermitStatus status;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Version
    private long version;

    protected InspectablePermit() {}

    public InspectablePermit(
            long permitId, String permitNumber, Trade trade, PermitHolder holder, String address, LocalDate issuedOn) {
        this.permitId = permitId;
        this.permitNumber = permitNumber;
        this.trade = trade;
        this.holderKind = holder.kind();
        this.holderId = holder.id();
        this.holderName = holder.name();
        this.address = address;
        this.issuedOn = issuedOn;
        this.status = PermitStatus.ISSUED;
    }

    /** 108.8.1: no work may proceed, nor be inspected, on a permit that is not issued or has expired, been voided or revoked. */
    public boolean acceptsRequests() {
        return status.allowsWork();
    }

    /** Follows the permit's state as permitting reports it. */
    public void statusChanged(PermitStatus newStatus) {
        this.status = newStatus;
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

    public PermitHolder getHolder() {
        return new PermitHolder(holderKind, holderId, holderName);
    }

    public String getHolderName() {
        return holderName;
    }

    public String getAddress() {
        return address;
    }

    public PermitStatus getStatus() {
        return status;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }
}
