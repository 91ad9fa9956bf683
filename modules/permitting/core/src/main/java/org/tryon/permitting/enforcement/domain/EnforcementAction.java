package org.tryon.permitting.enforcement.domain;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hibernate.envers.Audited;
import org.tryon.permitting.api.RevocationGround;
import org.tryon.permitting.module.domain.Act;
import org.tryon.permitting.permits.domain.ProjectAddress;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * One administrative enforcement action (108.12) on a permit's work or on a building, with what its
 * written notice states. What the notice says (addressee, subject, reasons, conditions, dates) is
 * fixed when it is issued and never changes, so its PDF always says the same; afterwards only its
 * standing changes: lifted by the department, or revoked on appeal.
 *
 * <p>Invariants: a stop order states the work to stop, the reasons and the conditions under which
 * work may resume (108.12.1); a notice of defects names the defects (108.12.3); a condemnation names
 * the building and its dangers (108.12.4); a hearing notice follows a condemnation in force and sets
 * the hearing after the notice and not later than the hearing days (108.12.6); a corrective order
 * follows the hearing on a condemnation in force and gives at least the minimum period (108.12.6);
 * a notice of condemnation is removed only by the department, and not while an order to take
 * corrective action on the building is in force (108.12.5).
 */
@Entity
@Audited
@Table(name = "perm_enforcement_action")
public class EnforcementAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reference_number", unique = true, length = 30)
    private String referenceNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EnforcementKind kind;

    @Column(name = "permit_id")
    private Long permitId;

    @Column(name = "permit_number", length = 30)
    private String permitNumber;

    /** The condemnation a hearing notice or corrective order follows. */
    @Column(name = "related_action_id")
    private Long relatedActionId;

    @Embedded
    private ProjectAddress building;

    @Column(name = "addressee_name", nullable = false, length = 200)
    private String addresseeName;

    @Column(name = "addressee_address", nullable = false, length = 400)
    private String addresseeAddress;

    /** The work to stop, the defects, the dangers, the ground of revocation, or the action required. */
    @Column(nullable = false, length = 2000)
    private String subject;

    @Column(nullable = false, length = 2000)
    private String reasons;

    /** The conditions under which work may resume (108.12.1), or what the owner must do. */
    @Column(length = 2000)
    private String conditions;

    @Enumerated(EnumType.STRING)
    @Column(name = "revocation_ground", length = 60)
    private RevocationGround revocationGround;

    @Enumerated(EnumType.STRING)
    @Column(name = "corrective_action", length = 20)
    private CorrectiveAction correctiveAction;

    @Column(name = "comply_by")
    private LocalDate complyBy;

    @Column(name = "hearing_at")
    private LocalDateTime hearingAt;

    @Column(name = "hearing_place", length = 200)
    private String hearingPlace;

    @Embedded
    private Act issued;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionStatus status;

    /**
     * Who lifted it, when, in which office: lifted_on, lifted_at, lifted_by, lifted_as; none while
     * in force. Lifted before ADR 0044's amendment: no instant, no office.
     */
    @Embedded
    private Act lifted;

    @Column(name = "lifted_reason", length = 1000)
    private String liftedReason;

    @Version
    private long version;

    protected EnforcementAction() {}

    private EnforcementAction(
            EnforcementKind kind,
            Act issue,
            ProjectAddress building,
            String addresseeName,
            String addresseeAddress,
            String subject,
            String reasons,
            String conditions) {
        this.kind = kind;
        this.building = building;
        this.addresseeName = addresseeName.trim();
        this.addresseeAddress = addresseeAddress.trim();
        this.subject = subject.trim();
        this.reasons = reasons.trim();
        this.conditions = conditions == null || conditions.isBlank() ? null : conditions.trim();
        this.issued = issue;
        this.status = kind.isStanding() ? ActionStatus.IN_FORCE : ActionStatus.NOTICE;
    }

    /** The permit whose work an action concerns. */
    public record PermitRef(long id, String number, ProjectAddress address) {}

    /** 108.12.1: a stop order, in writing, directed to the person doing the work. */
    public static EnforcementAction stopOrder(
            PermitRef permit,
            Act issue,
            String personDoingWork,
            String address,
            String workToStop,
            String reasons,
            String conditionsToResume) {
        requireText(
                conditionsToResume,
                "conditionsToResume",
                "108.12.1 conditions",
                "108.12.1: a stop order states the conditions under which the work may be resumed");
        return onPermit(
                new EnforcementAction(
                        EnforcementKind.STOP_ORDER,
                        issue,
                        permit.address(),
                        personDoingWork,
                        address,
                        workToStop,
                        reasons,
                        conditionsToResume),
                permit);
    }

    /** 108.12.2: the written notice to the holder that the permit is revoked, with the reason; its return is required. */
    public static EnforcementAction revocationNotice(
            PermitRef permit, Act issue, String holder, String address, RevocationGround ground, String facts) {
        EnforcementAction a = new EnforcementAction(
                EnforcementKind.REVOCATION_NOTICE,
                issue,
                permit.address(),
                holder,
                address,
                ground.label(),
                facts,
                "Return the permit to the Department. No work may proceed under it.");
        a.revocationGround = ground;
        return onPermit(a, permit);
    }

    /** 108.12.3: the owner or occupant is told of the defects and shall remedy them immediately (or by the day given). */
    public static EnforcementAction defectNotice(
            PermitRef permit,
            Act issue,
            String ownerOrOccupant,
            String address,
            String defects,
            String reasons,
            String remedy,
            LocalDate correctBy) {
        if (correctBy != null && correctBy.isBefore(issue.on())) {
            throw new RuleViolationException(
                    "correctBy",
                    "108.12.3 remedy-immediately",
                    "108.12.3: defects are remedied immediately; a day to correct them by cannot be in the past");
        }
        EnforcementAction a = onPermit(
                new EnforcementAction(
                        EnforcementKind.DEFECT_NOTICE,
                        issue,
                        permit.address(),
                        ownerOrOccupant,
                        address,
                        defects,
                        reasons,
                        remedy),
                permit);
        a.complyBy = correctBy;
        return a;
    }

    /** 108.12.4: a building especially dangerous to life is condemned as unsafe; a notice is posted on it. */
    public static EnforcementAction condemnation(
            PermitRef permit,
            ProjectAddress building,
            Act issue,
            String owner,
            String address,
            String dangers,
            String reasons,
            String conditions) {
        EnforcementAction a = new EnforcementAction(
                EnforcementKind.CONDEMNATION, issue, building, owner, address, dangers, reasons, conditions);
        return permit == null ? a : onPermit(a, permit);
    }

    /**
     * 108.12.6: the owner of a condemned building who fails to take prompt corrective action is given
     * notice of a hearing, after the notice and not later than {@code hearingWithinDays} after it.
     */
    public static EnforcementAction hearingNotice(
            EnforcementAction condemnation, Act issue, LocalDateTime hearingAt, String place, int hearingWithinDays) {
        condemnation.requireCondemnationInForce("108.12.6 hearing");
        LocalDate latest = issue.on().plusDays(hearingWithinDays);
        if (!hearingAt.toLocalDate().isAfter(issue.on())
                || hearingAt.toLocalDate().isAfter(latest)) {
            throw new RuleViolationException(
                    "hearingAt",
                    "108.12.6 hearing-within-days",
                    "108.12.6: the hearing is held after the notice and not later than " + hearingWithinDays
                            + " days after its date: between "
                            + UsFormat.date(issue.on().plusDays(1)) + " and " + UsFormat.date(latest));
        }
        EnforcementAction a = new EnforcementAction(
                EnforcementKind.HEARING_NOTICE,
                issue,
                condemnation.building,
                condemnation.addresseeName,
                condemnation.addresseeAddress,
                "The building at " + condemnation.building + " has been condemned as unsafe ("
                        + condemnation.referenceNumber + ") and no prompt corrective action has been taken.",
                "A hearing will be held before the Department at the place and time below. The owner is entitled to be heard in person "
                        + "or by counsel and to present arguments and evidence. Following the hearing, the Department may order the "
                        + "building repaired, closed, vacated or demolished.",
                null);
        a.hearingAt = hearingAt;
        a.hearingPlace = place.trim();
        return a.following(condemnation);
    }

    /**
     * 108.12.6: after the hearing, the order directed to the owner to remedy the condition by
     * repairing, closing, vacating or demolishing the building, within a period not shorter than
     * {@code minimumDays}; appealable under 108.12.7.
     */
    public static EnforcementAction correctiveOrder(
            EnforcementAction condemnation,
            EnforcementAction hearing,
            Act issue,
            CorrectiveAction action,
            String findings,
            String requirements,
            LocalDate complyBy,
            int minimumDays) {
        condemnation.requireCondemnationInForce("108.12.6 corrective-order");
        if (hearing == null || hearing.hearingAt.toLocalDate().isAfter(issue.on())) {
            throw new RuleViolationException(
                    "hearing",
                    "108.12.6 after-hearing",
                    "108.12.6: an order to take corrective action is made upon a hearing"
                            + (hearing == null
                                    ? "; give the owner notice of a hearing first"
                                    : ", held on " + UsFormat.date(hearing.hearingAt.toLocalDate())));
        }
        LocalDate earliest = issue.on().plusDays(minimumDays);
        if (complyBy.isBefore(earliest)) {
            throw new RuleViolationException(
                    "complyBy",
                    "108.12.6 corrective-period",
                    "108.12.6: the owner has not less than " + minimumDays + " days to comply: on or after "
                            + UsFormat.date(earliest));
        }
        EnforcementAction a = new EnforcementAction(
                EnforcementKind.CORRECTIVE_ORDER,
                issue,
                condemnation.building,
                condemnation.addresseeName,
                condemnation.addresseeAddress,
                action.label(),
                findings,
                requirements);
        a.correctiveAction = action;
        a.complyBy = complyBy;
        return a.following(condemnation);
    }

    /** 106: records how the written notice (or, for a condemnation, its posting) was delivered. */
    public NoticeDelivery deliver(Delivery delivery, Act recorded) {
        if (status == ActionStatus.LIFTED) {
            throw new RuleViolationException(
                    "status",
                    kind.section() + " lifted",
                    referenceNumber + " was lifted on " + UsFormat.date(lifted.on())
                            + "; there is nothing left to deliver");
        }
        return new NoticeDelivery(this, delivery, recorded);
    }

    /**
     * 108.12.7 (108.12.1 for stop orders): records the written notice of appeal. Only an appealable
     * order in force, once, and within the window that runs from the day its written notice was given.
     */
    public EnforcementAppeal appeal(
            AppealWindow window,
            LocalDate noticeGivenOn,
            boolean alreadyAppealed,
            LocalDate filedOn,
            String appellant,
            String grounds,
            LocalDate today,
            String recordedBy,
            Instant recordedAt) {
        if (!kind.isAppealable()) {
            throw new RuleViolationException(
                    "kind",
                    "108.12.7 appealable",
                    "A " + kind.title().toLowerCase() + " (" + kind.section()
                            + ") is not an order appealed under 108.12.1 or 108.12.7");
        }
        if (status != ActionStatus.IN_FORCE) {
            throw new RuleViolationException(
                    "status",
                    "108.12.7 in-force",
                    referenceNumber + " is no longer in force; there is nothing to appeal");
        }
        if (alreadyAppealed) {
            throw new RuleViolationException(
                    "actionId", "108.12.7 one-appeal", referenceNumber + " has already been appealed");
        }
        if (filedOn.isBefore(issued.on()) || filedOn.isAfter(today)) {
            throw new RuleViolationException(
                    "filedOn",
                    "108.12.7 filing-date",
                    "An appeal is filed between the order (" + UsFormat.date(issued.on()) + ") and today ("
                            + UsFormat.date(today) + ")");
        }
        if (!window.isTimely(noticeGivenOn, filedOn)) {
            throw new RuleViolationException(
                    "filedOn",
                    kind.appealWindow().orElseThrow().section() + " appeal-window",
                    kind.appealWindow().orElseThrow().section() + ": an appeal of " + referenceNumber
                            + " was due within " + window.days()
                            + " days of the written notice given on " + UsFormat.date(noticeGivenOn) + ", by "
                            + UsFormat.date(window.lastDay(noticeGivenOn))
                            + "; not appealed in time, the order is final");
        }
        return new EnforcementAppeal(id, filedOn, appellant, grounds, new Act(today, recordedAt, recordedBy, null));
    }

    /**
     * 108.12.7: records the decision on the appeal; an order revoked on appeal is lifted, on the day
     * of the decision, by whoever {@code recorded} it.
     */
    public void decideAppeal(
            EnforcementAppeal appeal,
            AppealOutcome outcome,
            LocalDate decidedOn,
            String decidedBy,
            String reasons,
            Act recorded) {
        appeal.decide(outcome, decidedOn, decidedBy, reasons, recorded.on(), recorded.by());
        if (outcome == AppealOutcome.REVOKED) {
            liftAs(
                    new Act(decidedOn, recorded.at(), recorded.by(), recorded.as()),
                    "Revoked on appeal (108.12.7) by " + decidedBy.trim() + ": " + reasons.trim());
        }
    }

    /**
     * The department lifts an order in force: a stop order when the work may resume (108.12.1), a
     * notice of defects when they are corrected (108.12.3), a notice of condemnation when the
     * department removes it (108.12.5), a corrective order when it is complied with (108.12.6).
     */
    public void lift(Act lifting, String reason, boolean correctiveOrderInForce) {
        if (status != ActionStatus.IN_FORCE) {
            throw new RuleViolationException(
                    "status",
                    kind.section() + " in-force",
                    status == ActionStatus.NOTICE
                            ? "A " + kind.title().toLowerCase() + " has nothing to lift"
                            : referenceNumber + " was already lifted on " + UsFormat.date(lifted.on()));
        }
        if (kind == EnforcementKind.CONDEMNATION && correctiveOrderInForce) {
            throw new RuleViolationException(
                    "status",
                    "108.12.5 corrective-order-in-force",
                    "108.12.5: the notice of condemnation stays on the building while an order to take corrective action on it is in force");
        }
        liftAs(lifting, kind.liftedAs() + ": " + reason.trim());
    }

    private void liftAs(Act lifting, String reason) {
        this.status = ActionStatus.LIFTED;
        this.lifted = lifting;
        this.liftedReason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }

    /** Called once the id is known: SO-2026-000012 for a stop order. */
    public void assignNumber() {
        if (referenceNumber == null) {
            referenceNumber = kind.prefix() + "-" + issued.on().getYear() + "-" + String.format("%06d", id);
        }
    }

    private void requireCondemnationInForce(String rule) {
        if (kind != EnforcementKind.CONDEMNATION || status != ActionStatus.IN_FORCE) {
            throw new RuleViolationException(
                    "actionId",
                    rule,
                    "108.12.6 follows a condemnation in force (108.12.4); " + referenceNumber + " is a "
                            + kind.title().toLowerCase() + (status == ActionStatus.LIFTED ? ", lifted" : ""));
        }
    }

    private EnforcementAction following(EnforcementAction condemnation) {
        this.relatedActionId = condemnation.id;
        this.permitId = condemnation.permitId;
        this.permitNumber = condemnation.permitNumber;
        return this;
    }

    private static EnforcementAction onPermit(EnforcementAction a, PermitRef permit) {
        a.permitId = permit.id();
        a.permitNumber = permit.number();
        return a;
    }

    private static void requireText(String value, String field, String rule, String message) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException(field, rule, message);
        }
    }

    public Long getId() {
        return id;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    public EnforcementKind getKind() {
        return kind;
    }

    public Long getPermitId() {
        return permitId;
    }

    public String getPermitNumber() {
        return permitNumber;
    }

    public Long getRelatedActionId() {
        return relatedActionId;
    }

    public ProjectAddress getBuilding() {
        return building;
    }

    public String getAddresseeName() {
        return addresseeName;
    }

    public String getAddresseeAddress() {
        return addresseeAddress;
    }

    public String getSubject() {
        return subject;
    }

    public String getReasons() {
        return reasons;
    }

    public String getConditions() {
        return conditions;
    }

    public RevocationGround getRevocationGround() {
        return revocationGround;
    }

    public CorrectiveAction getCorrectiveAction() {
        return correctiveAction;
    }

    public LocalDate getComplyBy() {
        return complyBy;
    }

    public LocalDateTime getHearingAt() {
        return hearingAt;
    }

    public String getHearingPlace() {
        return hearingPlace;
    }

    public Act getIssued() {
        return issued;
    }

    public ActionStatus getStatus() {
        return status;
    }

    /** Who lifted it, when; {@code null} while it stands. */
    public Act getLifted() {
        return lifted;
    }

    public String getLiftedReason() {
        return liftedReason;
    }

    public long getVersion() {
        return version;
    }
}
