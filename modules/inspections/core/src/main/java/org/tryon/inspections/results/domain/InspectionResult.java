package org.tryon.inspections.results.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.tryon.inspections.api.InspectionOutcome;
import org.tryon.inspections.hifr.domain.HifrScheduling;
import org.tryon.inspections.hifr.domain.ReinspectionHours;
import org.tryon.inspections.register.domain.InspectablePermit;
import org.tryon.inspections.register.domain.PermitStateOnDay;
import org.tryon.inspections.requests.domain.InspectionRequest;
import org.tryon.inspections.requests.domain.InspectionType;
import org.tryon.inspections.thirdparties.domain.ThirdPartyInspector;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.errors.RuleViolationException.Violation;
import org.tryon.platform.text.UsFormat;

/**
 * The result of an inspection (108.3: the Department keeps a record of each inspection; 108.10):
 * passed, failed, partial, not ready or cancelled, with the defects a failure lists (code section,
 * description, location). A re-inspection is linked to the failed or partial inspection it follows.
 *
 * <p>Invariants, each refusal naming its section:
 * <ul>
 * <li>only under an issued permit that still allows work (108.8.1), for an inspection of its trade (108.10 C);</li>
 * <li>a request gets one result (108.10 one-result); made not before the permit's issue (108.10 A) and not in the future;</li>
 * <li>a failure lists at least one defect; a pass, not-ready or cancelled result lists none;</li>
 * <li>108.10 D: a defect stays open until a later inspection passes it; a passed re-inspection of the same
 * inspection type passes all its open defects, and a partial or failed one the defects it names; the
 * final inspection does not pass while anything on the permit is open; the final passes once.</li>
 * </ul>
 */
@Entity
@Table(name = "insp_result")
@Audited
public class InspectionResult {

    /** A defect as the inspector writes it down. */
    public record NewDefect(String codeSection, String description, String location, Long libraryEntryId, String note) {

        /** A defect written out, without a library entry or a note. */
        public NewDefect(String codeSection, String description, String location) {
            this(codeSection, description, location, null, null);
        }
    }

    /**
     * What the inspection is of: the permit, the inspection type, the request it answers (none for an
     * inspection the department makes of its own accord, 108.10.2), the result it re-inspects, the
     * defects open on the permit, whether the permit's final already passed, and the permit's state on
     * the day of the inspection (108.8.1: by that state, not by the state on the day it is keyed in).
     */
    public record Subject(
            InspectablePermit permit,
            InspectionType type,
            InspectionRequest request,
            InspectionResult follows,
            List<InspectionDefect> openOnPermit,
            boolean finalAlreadyPassed,
            PermitStateOnDay.Judgment stateThatDay) {

        /** Judged by the permit's present state (an inspection made today). */
        public Subject(
                InspectablePermit permit,
                InspectionType type,
                InspectionRequest request,
                InspectionResult follows,
                List<InspectionDefect> openOnPermit,
                boolean finalAlreadyPassed) {
            this(
                    permit,
                    type,
                    request,
                    follows,
                    openOnPermit,
                    finalAlreadyPassed,
                    new PermitStateOnDay.Judgment(permit.getStatus(), permit.acceptsRequests(), false));
        }
    }

    /**
     * What the inspector found. {@code corrected}: ids of open defects that this inspection passes;
     * {@code thirdParty}: the report of a department-approved third party posted before this
     * re-inspection (108.10 F.2.2.1), or null; {@code hours}: the hours of the department's re-inspection
     * charged by the hour (108.10 F.2.1), or null.
     */
    public record Finding(
            InspectionOutcome outcome,
            LocalDateTime inspectedAt,
            String inspector,
            String notes,
            List<NewDefect> defects,
            Set<Long> corrected,
            ThirdPartyReport thirdParty,
            java.math.BigDecimal hours) {

        public Finding(
                InspectionOutcome outcome,
                LocalDateTime inspectedAt,
                String inspector,
                String notes,
                List<NewDefect> defects,
                Set<Long> corrected) {
            this(outcome, inspectedAt, inspector, notes, defects, corrected, null, null);
        }

        public Finding(
                InspectionOutcome outcome,
                LocalDateTime inspectedAt,
                String inspector,
                String notes,
                List<NewDefect> defects,
                Set<Long> corrected,
                ThirdPartyReport thirdParty) {
            this(outcome, inspectedAt, inspector, notes, defects, corrected, thirdParty, null);
        }
    }

    /** 108.10 F.2.2.1: a third party's inspection report, "verifying the job is ready, posted on the site at the inspector's arrival". */
    public record ThirdPartyReport(ThirdPartyInspector inspector, java.time.LocalDate reportedOn, String summary) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", unique = true)
    private Long requestId;

    @Column(name = "permit_id", nullable = false)
    private long permitId;

    @Column(name = "permit_number", nullable = false, length = 30)
    private String permitNumber;

    @Column(name = "inspection_type", nullable = false, length = 40)
    private String inspectionType;

    @Column(name = "is_final", nullable = false)
    private boolean finalInspection;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InspectionOutcome outcome;

    @Column(name = "inspected_at", nullable = false)
    private LocalDateTime inspectedAt;

    @Column(nullable = false, length = 60)
    private String inspector;

    @Column(length = 2000)
    private String notes;

    @Column(name = "follows_result_id")
    private Long followsResultId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "third_party_id")
    private Long thirdPartyId;

    @Column(name = "third_party_report_on")
    private java.time.LocalDate thirdPartyReportOn;

    @Column(name = "third_party_report", length = 1000)
    private String thirdPartyReport;

    /** F.2.1.1, F.2.2.1: removed from the project's re-inspection fee calculation, but kept in the contractor's failure rate. */
    @Column(name = "excluded_from_project_fee", nullable = false)
    private boolean excludedFromProjectFee;

    @Column(name = "exclusion_section", length = 30)
    private String exclusionSection;

    /** 108.10 F.2.1: the hours of the department's re-inspection charged by the hour; null on any other result. */
    @Column(precision = 5, scale = 2)
    private java.math.BigDecimal hours;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @OneToMany(mappedBy = "result", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<InspectionDefect> defects = new ArrayList<>();

    @Version
    private long version;

    protected InspectionResult() {}

    /**
     * Records {@code finding} on {@code subject}: refused, with every reason and its section, unless
     * the rules of the class hold. Open defects that the inspection passes are marked corrected by it.
     *
     * @param now the county's present moment: no result is recorded for a moment to come
     */
    public static InspectionResult record(
            Subject subject, Finding finding, LocalDateTime now, String recordedBy, Instant recordedAt) {
        return record(subject, finding, now, recordedBy, recordedAt, ReinspectionHours.DEFAULTS);
    }

    /** As {@link #record(Subject, Finding, LocalDateTime, String, Instant)}, with the hour rules in force (108.10 F.2.1). */
    public static InspectionResult record(
            Subject subject,
            Finding finding,
            LocalDateTime now,
            String recordedBy,
            Instant recordedAt,
            ReinspectionHours hourRules) {
        List<Violation> refusals = new ArrayList<>();
        InspectablePermit permit = subject.permit();
        InspectionType type = subject.type();
        InspectionOutcome outcome = finding.outcome();
        if (subject.request() != null && subject.request().getStatus() != InspectionRequest.Status.REQUESTED) {
            refusals.add(new Violation(
                    "requestId",
                    "108.10 one-result",
                    "Request " + subject.request().getId() + " already has its result ("
                            + subject.request().getStatus().name().toLowerCase() + ")"));
        }
        if (!subject.stateThatDay().allowsWork()) {
            refusals.add(new Violation(
                    "permitId",
                    "108.8.1",
                    "108.8.1: permit " + permit.getPermitNumber() + " was "
                            + subject.stateThatDay().status().label() + " on "
                            + UsFormat.date(finding.inspectedAt().toLocalDate())
                            + "; no work may proceed, and no inspection is made, under it"));
        }
        if (type.getTrade() != permit.getTrade()) {
            refusals.add(new Violation(
                    "inspectionType",
                    "108.10 C permit-trade",
                    "108.10 C: " + type.getName() + " is a " + type.getTrade().label() + " inspection; permit "
                            + permit.getPermitNumber() + " is for "
                            + permit.getTrade().label() + " work"));
        }
        if (finding.inspectedAt().isAfter(now)) {
            refusals.add(new Violation(
                    "inspectedAt",
                    "not-future",
                    "An inspection cannot be made at a moment to come (" + UsFormat.dateTime(finding.inspectedAt())
                            + ")"));
        } else if (finding.inspectedAt().toLocalDate().isBefore(permit.getIssuedOn())) {
            refusals.add(new Violation(
                    "inspectedAt",
                    "108.10 A",
                    "108.10 A: the permit was issued on " + UsFormat.date(permit.getIssuedOn())
                            + "; no inspection under it was made before"));
        }
        List<NewDefect> defects = finding.defects() == null ? List.of() : finding.defects();
        if (outcome == InspectionOutcome.FAILED && defects.isEmpty()) {
            refusals.add(new Violation(
                    "defects",
                    "108.10 defects",
                    "108.10: a failed inspection lists its defects (code section, description, location)"));
        }
        if (!outcome.mayListDefects() && !defects.isEmpty()) {
            refusals.add(new Violation(
                    "defects",
                    "108.10 defects",
                    "A result that is " + outcome.label().toLowerCase() + " lists no defects"));
        }
        for (int i = 0; i < defects.size(); i++) {
            NewDefect d = defects.get(i);
            if (blank(d.codeSection()) || blank(d.description()) || blank(d.location())) {
                refusals.add(new Violation(
                        "defects[" + i + "]",
                        "108.10 defects",
                        "Defect " + (i + 1) + " needs its code section, description and location"));
            }
        }
        Set<Long> corrected = finding.corrected() == null ? Set.of() : finding.corrected();
        Set<Long> openIds =
                subject.openOnPermit().stream().map(InspectionDefect::getId).collect(Collectors.toSet());
        if (!corrected.isEmpty() && !outcome.inspectedWork()) {
            refusals.add(new Violation(
                    "correctedDefectIds",
                    "108.10 D",
                    "108.10 D: only an inspection of the work (passed, partial or failed) passes corrected defects"));
        }
        corrected.stream()
                .filter(id -> !openIds.contains(id))
                .forEach(id -> refusals.add(new Violation(
                        "correctedDefectIds",
                        "108.10 D",
                        "108.10 D: defect " + id + " is not open on permit " + permit.getPermitNumber())));
        List<InspectionDefect> passes = subject.openOnPermit().stream()
                .filter(d -> corrected.contains(d.getId())
                        || outcome == InspectionOutcome.PASSED
                                && d.getInspectionType().equals(type.getCode()))
                .toList();
        if (type.isFinalInspection() && outcome == InspectionOutcome.PASSED) {
            if (subject.finalAlreadyPassed()) {
                refusals.add(new Violation(
                        "permitId",
                        "108.10 one-final",
                        "108.10: the final inspection of permit " + permit.getPermitNumber() + " has already passed"));
            }
            List<InspectionDefect> stillOpen = subject.openOnPermit().stream()
                    .filter(d -> !passes.contains(d))
                    .toList();
            if (!stillOpen.isEmpty()) {
                refusals.add(new Violation(
                        "outcome",
                        "108.10 D open-defects",
                        "108.10 D: the final inspection cannot pass while " + stillOpen.size()
                                + " defect(s) found by earlier inspections are open: " + describe(stillOpen)));
            }
        }
        ThirdPartyReport third = finding.thirdParty();
        if (third != null) {
            if (subject.follows() == null) {
                refusals.add(new Violation(
                        "thirdPartyId",
                        "108.10 F.2.2.1",
                        "108.10 F.2.2.1: a third-party inspection comes before the "
                                + "department's re-inspection of a failed inspection; this is no re-inspection"));
            }
            if (third.reportedOn().isAfter(finding.inspectedAt().toLocalDate())) {
                refusals.add(
                        new Violation(
                                "thirdPartyReportOn",
                                "108.10 F.2.2.1",
                                "108.10 F.2.2.1: the third party's report is posted before the department's re-inspection, not after it"));
            } else if (!third.inspector().approvedOn(third.reportedOn())) {
                refusals.add(new Violation(
                        "thirdPartyId",
                        "108.10 F.2.2.1",
                        "108.10 F.2.2.1: " + third.inspector().getName() + " was not approved by the department on "
                                + UsFormat.date(third.reportedOn())));
            }
        }
        HifrScheduling.Option chosen =
                subject.request() == null ? null : subject.request().getHifrOption();
        // F.2.1, F.2.2.2: the department's re-inspection chosen by a HIFR contractor is charged by the hour, for the
        // hours recorded
        boolean hourly = chosen == HifrScheduling.Option.DEPARTMENT_HOURLY && outcome.countsAsInspection();
        refusals.addAll(hourRules.check(finding.hours(), hourly));
        if (!refusals.isEmpty()) {
            throw new RuleViolationException(refusals);
        }
        InspectionResult r = new InspectionResult();
        if (third != null) {
            r.thirdPartyId = third.inspector().getId();
            r.thirdPartyReportOn = third.reportedOn();
            r.thirdPartyReport = blank(third.summary()) ? null : third.summary().trim();
        }
        if (third != null && chosen == HifrScheduling.Option.THIRD_PARTY) {
            // F.2.2.1: only a listed contractor that chose the third party at the request leaves the project's
            // calculation so
            r.excludedFromProjectFee = true;
            r.exclusionSection = "108.10 F.2.2.1";
        } else if (hourly) {
            // F.2.1.1: the re-inspection charged by the hour leaves the project's re-inspection fee calculation
            r.excludedFromProjectFee = true;
            r.exclusionSection = "108.10 F.2.1.1";
            r.hours = finding.hours();
        }
        r.requestId = subject.request() == null ? null : subject.request().getId();
        r.permitId = permit.getPermitId();
        r.permitNumber = permit.getPermitNumber();
        r.inspectionType = type.getCode();
        r.finalInspection = type.isFinalInspection();
        r.outcome = outcome;
        r.inspectedAt = finding.inspectedAt();
        r.inspector = finding.inspector();
        r.notes = blank(finding.notes()) ? null : finding.notes().trim();
        r.followsResultId = subject.follows() == null ? null : subject.follows().getId();
        r.recordedAt = recordedAt;
        r.recordedBy = recordedBy;
        defects.forEach(d -> r.defects.add(new InspectionDefect(r, d)));
        passes.forEach(d -> d.correctedBy(r));
        if (subject.request() != null) {
            subject.request().resulted(outcome);
        }
        return r;
    }

    private static String describe(Collection<InspectionDefect> defects) {
        return defects.stream()
                .map(d -> d.getCodeSection() + " " + d.getDescription() + " (" + d.getLocation() + ")")
                .collect(Collectors.joining("; "));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public long getPermitId() {
        return permitId;
    }

    public String getPermitNumber() {
        return permitNumber;
    }

    public String getInspectionType() {
        return inspectionType;
    }

    public boolean isFinalInspection() {
        return finalInspection;
    }

    public InspectionOutcome getOutcome() {
        return outcome;
    }

    public LocalDateTime getInspectedAt() {
        return inspectedAt;
    }

    public String getInspector() {
        return inspector;
    }

    public String getNotes() {
        return notes;
    }

    public Long getFollowsResultId() {
        return followsResultId;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public List<InspectionDefect> getDefects() {
        return defects;
    }

    public Long getThirdPartyId() {
        return thirdPartyId;
    }

    public java.time.LocalDate getThirdPartyReportOn() {
        return thirdPartyReportOn;
    }

    public String getThirdPartyReport() {
        return thirdPartyReport;
    }

    public boolean isExcludedFromProjectFee() {
        return excludedFromProjectFee;
    }

    public String getExclusionSection() {
        return exclusionSection;
    }

    public java.math.BigDecimal getHours() {
        return hours;
    }
}
