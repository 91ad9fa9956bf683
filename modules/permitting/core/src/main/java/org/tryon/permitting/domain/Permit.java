package org.tryon.permitting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tryon.permitting.api.PermitStatus;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.tryon.permitting.api.Trade;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.money.Money;

/**
 * A permit for one trade's work at a project address (108.8), from application to issue.
 *
 * <p>Invariants: the contractor is licensed for the permit's trade (108.8 G); a permit is issued
 * once, from the applied state only; the permit number is assigned at application and never
 * changes.
 */
@Entity
@Table(name = "perm_permit")
@Audited
public class Permit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "permit_number", unique = true, length = 30)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Trade trade;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contractor_id", nullable = false)
    private ContractorFirm contractor;

    @Embedded
    private ProjectAddress address;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(name = "construction_value", nullable = false, precision = 15, scale = 2)
    private Money constructionValue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PermitStatus status;

    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "issued_by", length = 60)
    private String issuedBy;

    /** 106 "Project Commenced": the day an inspection of completed work, or evidence of work, showed the work had started. */
    @Column(name = "commenced_on")
    private LocalDate commencedOn;

    /** The latest inspection or evidence of work: the 12-month clocks of 108.8.1 and 108.10 E run from it. */
    @Column(name = "latest_activity_on")
    private LocalDate latestActivityOn;

    @Version
    private long version;

    protected Permit() {
    }

    public Permit(Trade trade, ContractorFirm contractor, ProjectAddress address, String description, Money constructionValue,
            LocalDate appliedOn) {
        if (contractor.getTrade() != trade) {
            throw new RuleViolationException("contractorId", "108.8 G",
                    "108.8 G: " + contractor.getName() + " is licensed for " + contractor.getTrade().label()
                            + " work, not " + trade.label() + "; a permit is issued only for work by a contractor licensed for it");
        }
        if (constructionValue.isNegative()) {
            throw new RuleViolationException("constructionValue", "not-negative", "The construction value cannot be negative");
        }
        this.trade = trade;
        this.contractor = contractor;
        this.address = address;
        this.description = description.trim();
        this.constructionValue = constructionValue;
        this.appliedOn = appliedOn;
        this.status = PermitStatus.APPLIED;
    }

    /** Called once the id is known: B-2026-000042 for a building permit. */
    public void assignNumber() {
        if (number == null) {
            number = trade.name().charAt(0) + "-" + appliedOn.getYear() + "-" + String.format("%06d", id);
        }
    }

    /**
     * 108.8: the Administrator issues the permit, from the applied (or, after plan review, approved)
     * state only, and only once.
     */
    public PermitStatusChange issue(LocalDate on, Instant at, String by) {
        if (status != PermitStatus.APPLIED && status != PermitStatus.APPROVED) {
            throw new RuleViolationException("status", "108.8 issue-once",
                    "Permit " + number + " is " + status.label() + "; only an applied or approved permit can be issued");
        }
        PermitStatusChange change = moveTo(PermitStatus.ISSUED, on, at, by, "Permit issued (108.8)");
        this.issuedOn = on;
        this.issuedBy = by;
        return change;
    }

    /** 106 "Project Commenced": evidence submitted that work integral to the permit has started. */
    public PermitStatusChange recordCommencement(LocalDate on, Instant at, String by, String evidence) {
        PermitStatusChange change = moveTo(PermitStatus.WORK_COMMENCED, on, at, by, "Work commenced (106): " + evidence);
        this.commencedOn = on;
        this.latestActivityOn = on;
        return change;
    }

    /** The next clock of the permit's validity and the day it runs out, if one runs. */
    public java.util.Optional<PermitClocks.Deadline> nextDeadline(PermitClocks clocks) {
        return clocks.next(status, issuedOn, commencedOn, latestActivityOn);
    }

    /**
     * Moves the permit to {@code next} when its life allows that move (see {@link PermitStatus}),
     * and returns the record of the change: who, when and why.
     */
    public PermitStatusChange moveTo(PermitStatus next, LocalDate on, Instant at, String by, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason", "required", "Say why the permit becomes " + next.label());
        }
        if (!status.canMoveTo(next)) {
            throw new RuleViolationException("status", "108.8 permit-life",
                    "Permit " + number + " is " + status.label() + (status.isFinal() ? " (final)" : "") + "; it cannot become " + next.label());
        }
        PermitStatusChange change = new PermitStatusChange(id, status, next, on, at, by, reason.trim());
        this.status = next;
        return change;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Trade getTrade() {
        return trade;
    }

    public ContractorFirm getContractor() {
        return contractor;
    }

    public ProjectAddress getAddress() {
        return address;
    }

    public String getDescription() {
        return description;
    }

    public Money getConstructionValue() {
        return constructionValue;
    }

    public PermitStatus getStatus() {
        return status;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getCommencedOn() {
        return commencedOn;
    }

    public LocalDate getLatestActivityOn() {
        return latestActivityOn;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public long getVersion() {
        return version;
    }
}
