package org.tryon.permitting.machinery.domain;

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
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.tryon.permitting.enforcement.domain.WrittenNotice;
import org.tryon.permitting.module.domain.Act;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * One piece of equipment on the owner's industrial machinery list (108.10 G.1), as declared (its
 * description, size, weight, proposed location and its step in the production process), and where
 * it stands in the department's procedure (G.3).
 *
 * <p>Invariants:
 * <ul>
 * <li>G.3 C: the field inspector makes one initial determination of a declared item: accepted, or
 * excepted with its ground (106 "Industrial Machinery": a general building service, not producing a
 * product, portable by hand, or another stated reason).</li>
 * <li>G.3 D: an item the inspector is unsure of (not yet determined), or whose exception the owner
 * disagrees with, is referred to the trade chief; the final determination is made only after the
 * inspector and the chief have visited the project, and not before that visit.</li>
 * <li>G.2, G.3 E: the owner appeals an exception of the department's final determination, once; the
 * outcome (upheld or reversed) is dated between the appeal and today.</li>
 * <li>G.3 F.4.1: the service point to which the building wiring is inspected is recorded for an
 * item accepted as industrial machinery only.</li>
 * <li>G.1: an item is never deleted; an amendment may revise it by a new item, and the old one is
 * then superseded (not while it is with the trade chief or under appeal).</li>
 * </ul>
 * Each determination is kept as a {@link MachineryDetermination}; the item carries the current one.
 */
@Entity
@Audited
@Table(name = "perm_machinery_item")
public class MachineryItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "declaration_id", nullable = false)
    private Long declarationId;

    @Column(name = "permit_id", nullable = false)
    private Long permitId;

    /** Numbered 1, 2, ... across the permit's declarations. */
    @Column(name = "item_number", nullable = false)
    private int number;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(name = "size_text", nullable = false, length = 200)
    private String size;

    @Column(name = "weight_pounds", nullable = false)
    private int weightPounds;

    @Column(name = "location_building", nullable = false, length = 200)
    private String building;

    @Column(name = "location_space", length = 200)
    private String space;

    @Column(name = "process_step", nullable = false, length = 2000)
    private String processStep;

    @Column(name = "replaces_item_number")
    private Integer replacesNumber;

    @Column(name = "superseded_by_item_number")
    private Integer supersededByNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private DeterminationStage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "exception_ground", length = 40)
    private ExceptionGround ground;

    @Column(name = "exception_details", length = 2000)
    private String groundDetails;

    @Column(name = "determined_on")
    private LocalDate determinedOn;

    @Column(name = "determined_by", length = 200)
    private String determinedBy;

    @Column(name = "escalation_id")
    private Long escalationId;

    @Column(name = "appeal_id")
    private Long appealId;

    @Column(name = "in_place_at_final")
    private Boolean inPlaceAtFinal;

    @Enumerated(EnumType.STRING)
    @Column(name = "connection_point", length = 20)
    private ConnectionPoint connectionPoint;

    @Column(name = "connection_detail", length = 200)
    private String connectionDetail;

    @Column(name = "scope_recorded_on")
    private LocalDate scopeRecordedOn;

    @Column(name = "scope_recorded_by", length = 60)
    private String scopeRecordedBy;

    @Version
    private long version;

    protected MachineryItem() {}

    /** What the owner declares of one piece of equipment (G.1). */
    public record Equipment(
            String description, String size, int weightPounds, String building, String space, String processStep) {}

    /** G.1: an item of a declaration; with {@code replaces}, the revision of an earlier item, which is superseded. */
    public static MachineryItem declared(
            MachineryDeclaration declaration, int number, Equipment equipment, MachineryItem replaces) {
        if (equipment.weightPounds() <= 0) {
            throw new RuleViolationException(
                    "weightPounds",
                    "108.10 G.1 weight",
                    "108.10 G.1: the weight of the equipment is declared in pounds");
        }
        MachineryItem item = new MachineryItem();
        item.declarationId = declaration.getId();
        item.permitId = declaration.getPermitId();
        item.number = number;
        item.description = equipment.description().trim();
        item.size = equipment.size().trim();
        item.weightPounds = equipment.weightPounds();
        item.building = equipment.building().trim();
        item.space = WrittenNotice.optional(equipment.space());
        item.processStep = equipment.processStep().trim();
        item.status = ItemStatus.DECLARED;
        if (replaces != null) {
            replaces.supersededBy(item, declaration);
            item.replacesNumber = replaces.number;
        }
        return item;
    }

    private void supersededBy(MachineryItem revision, MachineryDeclaration amendment) {
        if (!permitId.equals(amendment.getPermitId())) {
            throw new RuleViolationException(
                    "replacesItemId", "108.10 G.1 same-permit", "Item " + number + " is on another permit's list");
        }
        if (status == ItemStatus.SUPERSEDED || status == ItemStatus.REFERRED || status == ItemStatus.UNDER_APPEAL) {
            throw new RuleViolationException(
                    "replacesItemId",
                    "108.10 G.1 revise",
                    "Item " + number + " cannot be revised while " + status.inSentence());
        }
        status = ItemStatus.SUPERSEDED;
        supersededByNumber = revision.number;
    }

    /** G.3 C: the field inspector's initial determination of a declared item. */
    public MachineryDetermination determineInitially(
            DeterminationOutcome outcome, ExceptionGround ground, String details, Act act) {
        if (status != ItemStatus.DECLARED) {
            throw new RuleViolationException(
                    "itemId",
                    "108.10 G.3 C initial-once",
                    switch (status) {
                        case REFERRED ->
                            "Item " + number
                                    + " is referred to the trade chief, who makes the final determination (G.3 D)";
                        case SUPERSEDED -> "Item " + number + " was superseded by item " + supersededByNumber;
                        default ->
                            "The initial determination of item " + number + " was made on "
                                    + UsFormat.date(determinedOn)
                                    + "; if the owner disagrees, refer it to the trade chief (G.3 D)";
                    });
        }
        return determine(
                DeterminationStage.INITIAL, outcome, ground, details, act.on(), act.by(), act.as(), null, null, act);
    }

    /** G.3 D: the item goes to the trade chief: the inspector is unsure of it, or the owner disagrees with its exception. */
    public void refer(long escalationId, EscalationCause cause) {
        boolean referable = cause == EscalationCause.INSPECTOR_UNSURE
                ? status == ItemStatus.DECLARED
                : status == ItemStatus.EXCEPTED && stage == DeterminationStage.INITIAL;
        if (!referable) {
            throw new RuleViolationException(
                    "itemIds",
                    "108.10 G.3 D referable",
                    "Item " + number + " is " + status.inSentence()
                            + (stage == null ? "" : " (" + stage.label() + ")") + "; "
                            + (cause == EscalationCause.INSPECTOR_UNSURE
                                    ? "the inspector refers an item not yet determined"
                                    : "the owner's disagreement is with an exception of the inspector's initial determination"));
        }
        this.status = ItemStatus.REFERRED;
        this.escalationId = escalationId;
    }

    /** G.3 D: the final determination, made after the inspector and the trade chief visited the project ({@code escalation}: the item's referral, if any). */
    public MachineryDetermination determineFinally(
            MachineryEscalation escalation,
            DeterminationOutcome outcome,
            ExceptionGround ground,
            String details,
            Act act) {
        if (status != ItemStatus.REFERRED || escalation == null || !Objects.equals(escalation.getId(), escalationId)) {
            throw new RuleViolationException(
                    "itemId",
                    "108.10 G.3 D referred",
                    "Item " + number
                            + " is not referred to the trade chief; the final determination follows a referral (G.3 D)");
        }
        if (escalation.getVisitedOn() == null) {
            throw new RuleViolationException(
                    "escalationId",
                    "108.10 G.3 D site-visit",
                    "108.10 G.3 D: the inspector and the trade chief or assistant trade chief visit the project to make the final "
                            + "determination; record the visit first");
        }
        if (act.on().isBefore(escalation.getVisitedOn())) {
            throw new RuleViolationException(
                    "itemId",
                    "108.10 G.3 D site-visit",
                    "The final determination follows the visit of " + UsFormat.date(escalation.getVisitedOn()));
        }
        return determine(
                DeterminationStage.FINAL,
                outcome,
                ground,
                details,
                act.on(),
                act.by(),
                act.as(),
                escalation.getId(),
                null,
                act);
    }

    /** G.2, G.3 E: the owner appeals the exception of the department's final determination. */
    public void appeal(long appealId, LocalDate filedOn) {
        if (status != ItemStatus.EXCEPTED || stage != DeterminationStage.FINAL) {
            String why = status == ItemStatus.EXCEPTED && stage == DeterminationStage.INITIAL
                    ? "; the owner's disagreement with the inspector's exception goes first to the trade chief for the final determination (G.3 D)"
                    : status == ItemStatus.EXCEPTED ? "; its appeal was decided" : "";
            throw new RuleViolationException(
                    "itemIds",
                    "108.10 G.2 appealable",
                    "108.10 G.2: an exception taken by the department is appealed; item " + number + " is "
                            + status.inSentence() + why);
        }
        if (filedOn.isBefore(determinedOn)) {
            throw new RuleViolationException(
                    "filedOn",
                    "108.10 G.2 filing-date",
                    "The appeal of item " + number + " cannot be filed before the exception of "
                            + UsFormat.date(determinedOn));
        }
        this.status = ItemStatus.UNDER_APPEAL;
        this.appealId = appealId;
    }

    /** G.2: the outcome of the appeal for this item: the exception upheld or reversed. */
    public MachineryDetermination decideAppeal(
            MachineryAppeal appeal,
            AppealDecision decision,
            LocalDate decidedOn,
            String decidedBy,
            String reasons,
            Act recorded) {
        if (status != ItemStatus.UNDER_APPEAL || !Objects.equals(appeal.getId(), appealId)) {
            throw new RuleViolationException(
                    "itemId",
                    "108.10 G.2 decided-once",
                    "Item " + number + " is not awaiting the outcome of appeal " + appeal.getId() + " ("
                            + status.inSentence() + ")");
        }
        if (decidedOn.isBefore(appeal.getFiledOn()) || decidedOn.isAfter(recorded.on())) {
            throw new RuleViolationException(
                    "decidedOn",
                    "108.10 G.2 decision-date",
                    "The outcome is dated between the appeal (" + UsFormat.date(appeal.getFiledOn()) + ") and today ("
                            + UsFormat.date(recorded.on()) + ")");
        }
        ExceptionGround upheld = decision == AppealDecision.UPHELD ? ground : null;
        String upheldDetails = decision == AppealDecision.UPHELD ? groundDetails : null;
        MachineryDetermination d = new MachineryDetermination(
                this,
                DeterminationStage.APPEAL,
                decision.outcome(),
                upheld,
                reasons.trim(),
                decidedOn,
                decidedBy.trim(),
                DeterminationStage.APPEAL.label(),
                null,
                appeal.getId(),
                recorded);
        becomes(decision.outcome(), DeterminationStage.APPEAL, upheld, upheldDetails, decidedOn, decidedBy.trim());
        return d;
    }

    /**
     * G.3 F.4.1: for machinery accepted, the inspector applies the code to, and inspects, the building
     * system wiring to the machine's service point, whether or not the machine is in place at final
     * inspection (F.4.1.1, F.4.1.2).
     */
    public void recordInspectionScope(boolean inPlace, ConnectionPoint point, String detail, Act act) {
        if (status != ItemStatus.ACCEPTED) {
            throw new RuleViolationException(
                    "itemId",
                    "108.10 G.3 F.4.1 accepted",
                    "108.10 G.3 F.4.1 applies to industrial machinery; item " + number + " is " + status.inSentence()
                            + (status.isExcepted() ? " and is inspected as building work under the Code" : ""));
        }
        if (point == ConnectionPoint.OTHER && (detail == null || detail.isBlank())) {
            throw new RuleViolationException(
                    "connectionDetail",
                    "108.10 G.3 F.4.1.1 connection-point",
                    "Name the similar connection point the building wiring is inspected to");
        }
        this.inPlaceAtFinal = inPlace;
        this.connectionPoint = point;
        this.connectionDetail = WrittenNotice.optional(detail);
        this.scopeRecordedOn = act.on();
        this.scopeRecordedBy = act.by();
    }

    /** G.3 F.4.1: what the final inspection covers, in words; null until recorded. */
    public String inspectionScope() {
        if (connectionPoint == null) {
            return null;
        }
        String point = connectionPoint == ConnectionPoint.OTHER
                ? connectionDetail
                : connectionPoint.label().toLowerCase();
        return Boolean.TRUE.equals(inPlaceAtFinal)
                ? "In place at final (F.4.1.2): building system wiring inspected to the " + point + ", as in F.4.1.1"
                : "Not in place at final (F.4.1.1): building system wiring inspected to the " + point;
    }

    private MachineryDetermination determine(
            DeterminationStage stage,
            DeterminationOutcome outcome,
            ExceptionGround ground,
            String details,
            LocalDate on,
            String by,
            String as,
            Long escalation,
            Long appeal,
            Act recorded) {
        if (outcome == DeterminationOutcome.EXCEPTED && ground == null) {
            throw new RuleViolationException(
                    "ground",
                    "108.10 G.1 exception-ground",
                    "108.10 G.1: an exception says why the equipment does not qualify as industrial machinery (106)");
        }
        if (outcome == DeterminationOutcome.ACCEPTED && ground != null) {
            throw new RuleViolationException(
                    "ground",
                    "108.10 G.1 exception-ground",
                    "An item accepted as industrial machinery has no exception ground");
        }
        if (ground == ExceptionGround.OTHER && (details == null || details.isBlank())) {
            throw new RuleViolationException(
                    "details", "108.10 G.1 exception-ground", "State the other reason the exception is taken");
        }
        becomes(outcome, stage, ground, WrittenNotice.optional(details), on, by);
        return new MachineryDetermination(
                this, stage, outcome, ground, groundDetails, on, by, as, escalation, appeal, recorded);
    }

    private void becomes(
            DeterminationOutcome outcome,
            DeterminationStage stage,
            ExceptionGround ground,
            String details,
            LocalDate on,
            String by) {
        this.status = outcome == DeterminationOutcome.ACCEPTED ? ItemStatus.ACCEPTED : ItemStatus.EXCEPTED;
        this.stage = stage;
        this.ground = ground;
        this.groundDetails = details;
        this.determinedOn = on;
        this.determinedBy = by;
    }

    public Long getId() {
        return id;
    }

    public Long getDeclarationId() {
        return declarationId;
    }

    public Long getPermitId() {
        return permitId;
    }

    public int getNumber() {
        return number;
    }

    public String getDescription() {
        return description;
    }

    public String getSize() {
        return size;
    }

    public int getWeightPounds() {
        return weightPounds;
    }

    public String getBuilding() {
        return building;
    }

    public String getSpace() {
        return space;
    }

    public String getProcessStep() {
        return processStep;
    }

    public Integer getReplacesNumber() {
        return replacesNumber;
    }

    public Integer getSupersededByNumber() {
        return supersededByNumber;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public DeterminationStage getStage() {
        return stage;
    }

    public ExceptionGround getGround() {
        return ground;
    }

    public String getGroundDetails() {
        return groundDetails;
    }

    public LocalDate getDeterminedOn() {
        return determinedOn;
    }

    public String getDeterminedBy() {
        return determinedBy;
    }

    public Long getEscalationId() {
        return escalationId;
    }

    public Long getAppealId() {
        return appealId;
    }

    public Boolean getInPlaceAtFinal() {
        return inPlaceAtFinal;
    }

    public ConnectionPoint getConnectionPoint() {
        return connectionPoint;
    }

    public String getConnectionDetail() {
        return connectionDetail;
    }

    public LocalDate getScopeRecordedOn() {
        return scopeRecordedOn;
    }

    public String getScopeRecordedBy() {
        return scopeRecordedBy;
    }

    public long getVersion() {
        return version;
    }
}
