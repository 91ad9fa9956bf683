package org.tryon.inspections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.tryon.permitting.api.Trade;

/**
 * Inspections' own record of a permit it may inspect, kept from permitting's events (no query
 * into permitting's tables). 108.10 A: the Department inspects work for which a permit has been
 * issued.
 */
@Entity
@Table(name = "insp_permit")
@Audited
public class InspectablePermit {

    public enum Status { ISSUED }

    /** Permitting's id of the permit. */
    @Id
    @Column(name = "permit_id")
    private Long permitId;

    @Column(name = "permit_number", nullable = false, length = 30)
    private String permitNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Trade trade;

    @Column(name = "contractor_id", nullable = false)
    private long contractorId;

    @Column(name = "contractor_name", nullable = false, length = 200)
    private String contractorName;

    @Column(nullable = false, length = 300)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Version
    private long version;

    protected InspectablePermit() {
    }

    public InspectablePermit(long permitId, String permitNumber, Trade trade, long contractorId, String contractorName, String address,
            LocalDate issuedOn) {
        this.permitId = permitId;
        this.permitNumber = permitNumber;
        this.trade = trade;
        this.contractorId = contractorId;
        this.contractorName = contractorName;
        this.address = address;
        this.issuedOn = issuedOn;
        this.status = Status.ISSUED;
    }

    public boolean acceptsRequests() {
        return status == Status.ISSUED;
    }

    public Long getPermitId() { return permitId; }
    public String getPermitNumber() { return permitNumber; }
    public Trade getTrade() { return trade; }
    public long getContractorId() { return contractorId; }
    public String getContractorName() { return contractorName; }
    public String getAddress() { return address; }
    public Status getStatus() { return status; }
    public LocalDate getIssuedOn() { return issuedOn; }
}
