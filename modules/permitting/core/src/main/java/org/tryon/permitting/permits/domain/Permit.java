package org.tryon.permitting.permits.domain;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.parties.domain.ContractorFirm;
import org.tryon.permitting.parties.domain.HomeownerDeclaration;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;

/**
 * A permit for one trade's work at a project address (108.8), from application to issue.
 *
 * <p>Invariants: the contractor is licensed for the permit's trade (108.8 G) or the owner of a
 * single-family detached dwelling acts as their own contractor (108.8 C); the application carries
 * the statement of compliance (108.8 D); a permit is issued
 * once, from the applied state only; the permit number is assigned at application and never
 * changes; a replacement names a revoked, expired or void permit of the same trade and project,
 * and an ended permit has at most one replacement standing (108.8.1, {@link PermitReplacement}).
 *
 * <p>The days of the latest inspection request and inspection are bookkeeping the inspections module's events keep
 * (108.8.1, 108.10 E): they only move forward and do not count as a change of the permit for optimistic locking, and
 * an update writes only the columns it changed. So a person's action on the permit (a revocation, say) is never
 * refused as a concurrent edit because an inspection was requested meanwhile, and never writes back an older day.
 */
@Entity
@Table(name = "perm_permit")
@Audited
@DynamicUpdate
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
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    /** The licensed firm doing the work (108.8 G); none when the owner acts as their own contractor (108.8 C). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contractor_id")
    private ContractorFirm contractor;

    @Embedded
    private HomeownerDeclaration homeowner;

    /** 108.10 F.4: the master (building) permit a mechanical, electrical or plumbing permit is issued under. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "master_permit_id")
    private Permit masterPermit;

    /** 108.8 D: who made the statement that the work will comply with the Code and all other applicable laws. */
    @Column(name = "compliance_statement_by", nullable = false, length = 200)
    private String complianceStatementBy;

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

    /** The day of the latest inspection request: 106 "Project Discontinued" (108.8.1) counts from it. */
    @Column(name = "latest_request_on")
    @OptimisticLock(excluded = true)
    private LocalDate latestRequestOn;

    /** The day of the most recent inspection of completed work: the twelve months of 108.10 E run from it. */
    @Column(name = "latest_inspection_on")
    @OptimisticLock(excluded = true)
    private LocalDate latestInspectionOn;

    /** 108.8.1: the ended permit (revoked, expired, void) this new permit replaces; none for an ordinary application. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaces_permit_id")
    private Permit replaces;

    /** 108.8.1: the new permit that stands in place of this ended one; none again if that replacement is cancelled. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaced_by_permit_id")
    private Permit replacedBy;

    @Version
    private long version;

    protected Permit() {}

    /**
     * An application (108.8 D) for {@code trade} work on {@code project}, by a licensed contractor
     * (108.8 G) or by the owner acting as their own contractor (108.8 C), with the applicant's
     * statement that the work will comply with the Code and all other applicable laws.
     */
    public Permit(
            Trade trade,
            Project project,
            ContractorFirm contractor,
            HomeownerDeclaration homeowner,
            Permit masterPermit,
            String description,
            Money constructionValue,
            LocalDate appliedOn,
            String complianceStatementBy) {
        List<RuleViolationException.Violation> refusals = new ArrayList<>();
        try {
            project.requireOpen("projectId");
        } catch (RuleViolationException e) {
            refusals.addAll(e.violations());
        }
        if (complianceStatementBy == null || complianceStatementBy.isBlank()) {
            refusals.add(
                    new RuleViolationException.Violation(
                            "complianceStatement",
                            "108.8 D",
                            "108.8 D: the application must state that the work will comply with the Code and all other applicable State and local laws, ordinances and regulations"));
        }
        if (contractor == null && homeowner == null) {
            refusals.add(
                    new RuleViolationException.Violation(
                            "contractorId",
                            "108.8 G",
                            "108.8 G: name the licensed contractor doing the work, or the owner's homeowner declaration (108.8 C)"));
        } else if (contractor != null && homeowner != null) {
            refusals.add(new RuleViolationException.Violation(
                    "homeowner",
                    "108.8 C",
                    "108.8 C: a homeowner acts in place of a licensed contractor; name one or the other, not both"));
        } else if (contractor != null) {
            try {
                contractor.requireLicenseFor(trade, appliedOn, "contractorId");
            } catch (RuleViolationException e) {
                refusals.addAll(e.violations());
            }
        } else if (project.getDwelling() != Dwelling.SINGLE_FAMILY_DETACHED) {
            refusals.add(new RuleViolationException.Violation(
                    "homeowner",
                    "108.8 C",
                    "108.8 C, 106 Homeowner: only the owner of a single-family detached dwelling, used as their primary residence, may act as their own contractor; this project is "
                            + project.getDwelling().label().toLowerCase()));
        }
        if (masterPermit != null) {
            if (trade == Trade.BUILDING || masterPermit.trade != Trade.BUILDING) {
                refusals.add(
                        new RuleViolationException.Violation(
                                "masterPermitId",
                                "108.10 F.4",
                                "108.10 F.4: mechanical, electrical and plumbing permits are issued under a building (master) permit"));
            } else if (masterPermit.project != project
                    && !java.util.Objects.equals(masterPermit.project.getId(), project.getId())) {
                refusals.add(new RuleViolationException.Violation(
                        "masterPermitId",
                        "108.10 F.4",
                        "108.10 F.4: the master permit " + masterPermit.number + " is for another project"));
            }
        }
        if (constructionValue.isNegative()) {
            refusals.add(new RuleViolationException.Violation(
                    "constructionValue", "not-negative", "The construction value cannot be negative"));
        }
        if (!refusals.isEmpty()) {
            throw new RuleViolationException(refusals);
        }
        this.trade = trade;
        this.project = project;
        this.contractor = contractor;
        this.homeowner = homeowner;
        this.masterPermit = masterPermit;
        this.address = project.getAddress().copy();
        this.description = description.trim();
        this.constructionValue = constructionValue;
        this.appliedOn = appliedOn;
        this.complianceStatementBy = complianceStatementBy.trim();
        this.status = PermitStatus.APPLIED;
    }

    /**
     * 108.8.1: records this application as the replacement of {@code ended}, a revoked, expired or
     * void permit for the same trade on the same project not already replaced (see
     * {@link PermitReplacement}); every refusal named at once.
     */
    public void replace(Permit ended) {
        // through the getters: the ended permit may be a lazy proxy
        Permit standing = ended.getReplacedBy();
        List<RuleViolationException.Violation> refusals = PermitReplacement.refusals(
                new PermitReplacement.Ended(
                        ended.getNumber(),
                        ended.getStatus(),
                        ended.getTrade(),
                        standing == null ? null : String.valueOf(standing.getNumber())),
                trade,
                ended.getProject() == project
                        || project.getId() != null
                                && project.getId().equals(ended.getProject().getId()));
        if (!refusals.isEmpty()) {
            throw new RuleViolationException(refusals);
        }
        this.replaces = ended;
        ended.standsReplacedBy(this);
    }

    /** 108.8.1: the replacement standing for this ended permit, or none (its replacement was cancelled). */
    protected void standsReplacedBy(Permit replacement) {
        this.replacedBy = replacement;
    }

    /** Whom the permit is issued to, and whose account its fees are billed to. */
    public PermitHolder holder() {
        return contractor != null
                ? PermitHolder.contractor(idOf(contractor.getId()), contractor.getName())
                : PermitHolder.owner(
                        idOf(project.getOwner().getId()), project.getOwner().getName());
    }

    /** 0 for a party not yet stored. */
    private static long idOf(Long id) {
        return id == null ? 0 : id;
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
            throw new RuleViolationException(
                    "status",
                    "108.8 issue-once",
                    "Permit " + number + " is " + status.label()
                            + "; only an applied or approved permit can be issued");
        }
        PermitStatusChange change = moveTo(PermitStatus.ISSUED, on, at, by, "Permit issued (108.8)");
        this.issuedOn = on;
        this.issuedBy = by;
        return change;
    }

    /** 106 "Project Commenced": evidence submitted that work integral to the permit has started. */
    public PermitStatusChange recordCommencement(LocalDate on, Instant at, String by, String evidence) {
        PermitStatusChange change =
                moveTo(PermitStatus.WORK_COMMENCED, on, at, by, "Work commenced (106): " + evidence);
        this.commencedOn = on;
        return change;
    }

    /** 106 "Project Discontinued": an inspection was requested under the permit on {@code on}. */
    public void inspectionRequested(LocalDate on) {
        if (latestRequestOn == null || on.isAfter(latestRequestOn)) {
            latestRequestOn = on;
        }
    }

    /** 108.10 E: completed work under the permit was inspected on {@code on}. */
    public void inspected(LocalDate on) {
        if (latestInspectionOn == null || on.isAfter(latestInspectionOn)) {
            latestInspectionOn = on;
        }
    }

    /**
     * Puts right an end made by a clock that work keyed in late, or an outage declared afterwards,
     * proves wrong (108.8.1, 108.10 E; outage notice of December 2017; ADR 0016): the permit
     * returns to {@code to} (issued, or work commenced when the late entry shows the work had
     * commenced on {@code commencedOn}) as of the day the wrong end took effect. Only an expired or
     * void permit is restored; a revocation or cancellation by a person stands.
     */
    public PermitStatusChange restoreAfterClock(
            PermitStatus to, LocalDate commencedOn, LocalDate on, Instant at, String by, String reason) {
        if (status != PermitStatus.EXPIRED && status != PermitStatus.VOID) {
            throw new RuleViolationException(
                    "status",
                    "108.8.1 clock-end",
                    "Permit " + number + " is " + status.label()
                            + "; only an end made by a clock (expired, void) is restored");
        }
        if (!to.allowsWork()) {
            throw new RuleViolationException(
                    "status", "108.8.1 clock-end", "A restored permit is issued or has its work commenced");
        }
        PermitStatusChange change = new PermitStatusChange(id, status, to, on, at, by, reason.trim());
        if (to == PermitStatus.WORK_COMMENCED && this.commencedOn == null) {
            this.commencedOn = commencedOn;
        }
        this.status = to;
        return change;
    }

    /** The next clock of the permit's validity and the day it runs out, if one runs. */
    public java.util.Optional<PermitClocks.Deadline> nextDeadline(PermitClocks clocks) {
        return clocks.next(status, issuedOn, commencedOn, latestRequestOn, latestInspectionOn);
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
            throw new RuleViolationException(
                    "status",
                    "108.8 permit-life",
                    "Permit " + number + " is " + status.label() + (status.isFinal() ? " (final)" : "")
                            + "; it cannot become " + next.label());
        }
        PermitStatusChange change = new PermitStatusChange(id, status, next, on, at, by, reason.trim());
        this.status = next;
        Permit standing = replaces == null ? null : replaces.getReplacedBy();
        if (next == PermitStatus.CANCELLED
                && standing != null
                && (standing == this || id != null && id.equals(standing.getId()))) {
            // 108.8.1: a cancelled replacement secures nothing: the ended permit blocks again and may be replaced anew
            replaces.standsReplacedBy(null);
        }
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

    public Project getProject() {
        return project;
    }

    public HomeownerDeclaration getHomeowner() {
        return homeowner;
    }

    public Permit getMasterPermit() {
        return masterPermit;
    }

    public String getComplianceStatementBy() {
        return complianceStatementBy;
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

    public LocalDate getLatestRequestOn() {
        return latestRequestOn;
    }

    public LocalDate getLatestInspectionOn() {
        return latestInspectionOn;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Permit getReplaces() {
        return replaces;
    }

    public Permit getReplacedBy() {
        return replacedBy;
    }

    public long getVersion() {
        return version;
    }
}
