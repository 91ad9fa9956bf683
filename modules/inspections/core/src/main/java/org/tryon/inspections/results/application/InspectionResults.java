package org.tryon.inspections.results.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.tryon.inspections.api.FinalInspectionPassed;
import org.tryon.inspections.api.InspectionBeyondAllocation;
import org.tryon.inspections.api.InspectionOutcome;
import org.tryon.inspections.api.InspectionRequestId;
import org.tryon.inspections.api.InspectionResultId;
import org.tryon.inspections.api.InspectionResultRecorded;
import org.tryon.inspections.api.WorkRecordedLate;
import org.tryon.inspections.hifr.domain.ReinspectionHours;
import org.tryon.inspections.module.domain.InspectionSettings;
import org.tryon.inspections.register.domain.InspectablePermit;
import org.tryon.inspections.requests.domain.InspectionRequest;
import org.tryon.inspections.requests.domain.InspectionType;
import org.tryon.inspections.results.domain.InspectionResult;
import org.tryon.inspections.results.domain.PermitInspectionRecord;
import org.tryon.inspections.thirdparties.domain.InspectionAllocation;
import org.tryon.inspections.thirdparties.domain.ThirdPartyInspector;
import org.tryon.platform.audit.AuditHistory;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.errors.RuleViolationException.Violation;
import org.tryon.platform.events.EventPublisher;
import org.tryon.platform.kernel.ContractorId;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;
import org.tryon.platform.settings.Settings;
import org.tryon.platform.text.UsFormat;

/**
 * Use cases of inspection results (108.3, 108.10): recording a result with its defects, linking a
 * re-inspection to the inspection it follows, passing corrected defects (108.10 D), and telling
 * permitting durably (its clocks, 108.8.1 and 108.10 E, and its finals, 108.11.4).
 */
@ApplicationScoped
@Transactional
public class InspectionResults {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    EventPublisher events;

    @Inject
    CurrentUser user;

    @Inject
    AuditHistory audit;

    @Inject
    Settings settings;

    @Inject
    org.tryon.inspections.defects.application.DefectLibrary library;

    @Inject
    ResultPhotos photos;

    /**
     * 108.10: a result recorded with the photos the inspector took (ADR 0051), in one transaction: nothing is kept
     * when a photo is refused.
     */
    public InspectionResultView record(RecordResult command, List<ResultPhotos.NewPhoto> taken) {
        List<ResultPhotos.NewPhoto> checked = taken == null
                ? List.of()
                : taken.stream().map(ResultPhotos::check).toList();
        InspectionResultView recorded = record(command);
        for (ResultPhotos.NewPhoto p : checked) {
            photos.add(recorded.id(), p);
        }
        return recorded;
    }

    /**
     * The defects as the result keeps them: one picked from the defect library takes the code section and the
     * standard wording of the entry in force on the inspection's day for the permit's trade (108.3: the record of each
     * defect found; ADR 0051); one written out keeps what was written.
     */
    private List<InspectionResult.NewDefect> defects(
            RecordResult command, InspectablePermit permit, java.time.LocalDate day) {
        if (command.defects() == null) {
            return List.of();
        }
        List<InspectionResult.NewDefect> list = new java.util.ArrayList<>();
        for (int i = 0; i < command.defects().size(); i++) {
            RecordResult.DefectInput d = command.defects().get(i);
            if (d.libraryEntryId() != null) {
                var entry = library.inForceFor(
                        d.libraryEntryId(), permit.getTrade(), day, "defects[" + i + "].libraryEntryId");
                list.add(new InspectionResult.NewDefect(
                        entry.codeSection(), entry.wording(), d.location(), entry.id(), d.note()));
            } else {
                list.add(
                        new InspectionResult.NewDefect(d.codeSection(), d.description(), d.location(), null, d.note()));
            }
        }
        return list;
    }

    /** 108.10: an inspector (or a trade code administrator, the administrator) records what an inspection found. */
    public InspectionResultView record(RecordResult command) {
        user.requireAnyRole(
                "108.10: only an inspector, a trade code administrator or the administrator records an inspection result",
                Roles.INSPECTOR,
                Roles.TRADE_CODE_ADMINISTRATOR,
                Roles.ADMINISTRATOR);
        Inputs.valid(validator, command);
        InspectionRequest request = null;
        long permitId;
        String typeCode;
        if (command.requestId() != null) {
            request = em.find(InspectionRequest.class, command.requestId(), LockModeType.PESSIMISTIC_WRITE);
            if (request == null) {
                throw new RuleViolationException(
                        "requestId", "exists", "There is no inspection request with id " + command.requestId());
            }
            permitId = request.getPermitId();
            typeCode = request.getInspectionType();
        } else if (command.permitId() == null
                || command.inspectionType() == null
                || command.inspectionType().isBlank()) {
            throw new RuleViolationException(
                    "requestId",
                    "108.10 what-was-inspected",
                    "Name the request the inspection answers, or the permit and the inspection type of an inspection the department made (108.10.2)");
        } else {
            permitId = command.permitId();
            typeCode = command.inspectionType().trim();
        }
        InspectablePermit permit = em.find(InspectablePermit.class, permitId, LockModeType.PESSIMISTIC_WRITE);
        if (permit == null) {
            throw new RuleViolationException(
                    "permitId",
                    "108.10 A issued-permit",
                    "108.10 A: there is no issued permit with id " + permitId
                            + "; inspections are made only on issued permits");
        }
        InspectionType type = em.find(InspectionType.class, typeCode);
        if (type == null) {
            throw new RuleViolationException(
                    "inspectionType", "exists", "There is no inspection type '" + typeCode + "'");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime inspectedAt = command.inspectedAt() == null ? now : command.inspectedAt();
        InspectionResult.Subject subject =
                new PermitInspectionRecord(em).subject(permit, type, request, inspectedAt.toLocalDate());
        List<InspectionResult.NewDefect> defects = defects(command, permit, inspectedAt.toLocalDate());
        InspectionResult.Finding finding = new InspectionResult.Finding(
                command.outcome(),
                inspectedAt,
                command.inspector() == null || command.inspector().isBlank()
                        ? user.name()
                        : command.inspector().trim(),
                command.notes(),
                defects,
                command.correctedDefectIds() == null ? java.util.Set.of() : new HashSet<>(command.correctedDefectIds()),
                thirdParty(command),
                command.hours());
        java.time.LocalDate day = finding.inspectedAt().toLocalDate();
        InspectionResult result = InspectionResult.record(
                subject,
                finding,
                now,
                user.name(),
                clock.instant(),
                new ReinspectionHours(
                        settings.valueOn(InspectionSettings.HIFR_MAX_REINSPECTION_HOURS, day),
                        settings.valueOn(InspectionSettings.HIFR_HOURS_STEP, day)));
        em.persist(result);
        em.flush();
        events.publishDurably(new InspectionResultRecorded(
                UUID.randomUUID(),
                clock.instant(),
                new InspectionResultId(result.getId()),
                result.getRequestId() == null ? null : new InspectionRequestId(result.getRequestId()),
                new PermitId(permit.getPermitId()),
                permit.getPermitNumber(),
                type.getCode(),
                type.isFinalInspection(),
                result.getOutcome(),
                result.getInspectedAt().toLocalDate(),
                result.getInspector(),
                result.getDefects().size(),
                result.getFollowsResultId() == null ? null : new InspectionResultId(result.getFollowsResultId())));
        if (result.getInspectedAt().toLocalDate().isBefore(now.toLocalDate())) {
            // Outage notice of December 2017: keyed in after the day it was made; a clock that ran out meanwhile may
            // have been wrong
            events.publishDurably(new WorkRecordedLate(
                    UUID.randomUUID(),
                    clock.instant(),
                    new PermitId(permit.getPermitId()),
                    permit.getPermitNumber(),
                    "inspection result " + result.getId() + " (" + type.getCode() + ", "
                            + result.getOutcome().label().toLowerCase() + ")",
                    result.getOutcome().inspectedWork(),
                    false,
                    type.isFinalInspection() && result.getOutcome() == InspectionOutcome.PASSED,
                    result.getInspectedAt().toLocalDate(),
                    user.name()));
        }
        beyondAllocation(result);
        if ("108.10 F.2.1.1".equals(result.getExclusionSection())) {
            events.publishDurably(new org.tryon.inspections.api.HifrReinspectionCharged(
                    UUID.randomUUID(),
                    clock.instant(),
                    new InspectionResultId(result.getId()),
                    new PermitId(permit.getPermitId()),
                    permit.getPermitNumber(),
                    new ContractorId(permit.getHolder().id()),
                    permit.getHolderName(),
                    permit.getTrade().name(),
                    result.getInspectedAt().toLocalDate(),
                    result.getHours()));
        }
        if (type.isFinalInspection() && result.getOutcome() == InspectionOutcome.PASSED) {
            events.publishDurably(new FinalInspectionPassed(
                    UUID.randomUUID(),
                    clock.instant(),
                    new PermitId(permit.getPermitId()),
                    permit.getPermitNumber(),
                    type.getCode(),
                    result.getInspectedAt().toLocalDate(),
                    result.getInspector()));
        }
        return InspectionResultView.of(result);
    }

    /** 108.10 F.2.2.1: the third party named by the command, with its report; none when no third party is named. */
    private InspectionResult.ThirdPartyReport thirdParty(RecordResult command) {
        if (command.thirdPartyId() == null) {
            return null;
        }
        ThirdPartyInspector inspector = em.find(ThirdPartyInspector.class, command.thirdPartyId());
        if (inspector == null) {
            throw new RuleViolationException(
                    "thirdPartyId",
                    "108.10 F.2.2.1",
                    "There is no approved third party with id " + command.thirdPartyId());
        }
        if (command.thirdPartyReportOn() == null) {
            throw new RuleViolationException(
                    "thirdPartyReportOn", "required", "Give the day of the third party's report");
        }
        return new InspectionResult.ThirdPartyReport(
                inspector, command.thirdPartyReportOn(), command.thirdPartyReport());
    }

    /** 108.10.4: tells fees when an inspection is made beyond those the permit's base fee includes. */
    private void beyondAllocation(InspectionResult result) {
        InspectionAllocation allocation = em.find(InspectionAllocation.class, result.getPermitId());
        if (allocation == null || !result.getOutcome().countsAsInspection()) {
            return;
        }
        long count = new PermitInspectionRecord(em).inspectionsMade(result.getPermitId());
        if (allocation.beyond(count)) {
            events.publishDurably(new InspectionBeyondAllocation(
                    UUID.randomUUID(),
                    clock.instant(),
                    new InspectionResultId(result.getId()),
                    new PermitId(result.getPermitId()),
                    result.getPermitNumber(),
                    allocation.getBasis().name(),
                    count,
                    allocation.getIncludedInspections(),
                    result.getInspectedAt().toLocalDate()));
        }
    }

    /**
     * Outage notice of December 2017: results taken on paper while the system was down, entered afterwards as one CSV
     * batch (see {@link PaperResultsCsv}) with their real moments and inspectors; the record keeps
     * both when each inspection happened and when and by whom it was entered. Every line is checked
     * by the same rules as one result; a line that repeats a result already recorded (in the system
     * or earlier in the batch) is refused as a duplicate; if any line is refused, nothing is recorded,
     * and every refused line is named.
     */
    public List<InspectionResultView> recordPaperBatch(java.io.Reader csv) {
        user.requireAnyRole(
                "108.10: only an inspector, a trade code administrator or the administrator records inspection results",
                Roles.INSPECTOR,
                Roles.TRADE_CODE_ADMINISTRATOR,
                Roles.ADMINISTRATOR);
        List<Violation> errors = new java.util.ArrayList<>();
        List<InspectionResultView> recorded = new java.util.ArrayList<>();
        for (PaperResultsCsv.Line line : PaperResultsCsv.read(csv, clock.getZone())) {
            try {
                recorded.add(record(resolved(line)));
            } catch (RuleViolationException e) {
                e.violations()
                        .forEach(v -> errors.add(new Violation(
                                PaperResultsCsv.field(line.number(), v.field()),
                                v.rule(),
                                "Line " + line.number() + ": " + v.message())));
            } catch (jakarta.validation.ConstraintViolationException e) {
                e.getConstraintViolations()
                        .forEach(v -> errors.add(new Violation(
                                PaperResultsCsv.field(
                                        line.number(), v.getPropertyPath().toString()),
                                "valid",
                                "Line " + line.number() + ": " + v.getPropertyPath() + " " + v.getMessage())));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        return recorded;
    }

    /** A paper line without a request names its permit by number; the same inspection already recorded is a duplicate. */
    private RecordResult resolved(PaperResultsCsv.Line line) {
        RecordResult r = line.result();
        if (r.requestId() != null) {
            return r;
        }
        Long permitId = em.createQuery(
                        "select p.permitId from InspectablePermit p where p.permitNumber = :n", Long.class)
                .setParameter("n", line.permitNumber())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        "permitNumber",
                        "108.10 A issued-permit",
                        "There is no issued permit numbered " + line.permitNumber()));
        long same = em.createQuery(
                        "select count(r) from InspectionResult r where r.permitId = :p and r.inspectionType = :t and r.inspectedAt = :at",
                        Long.class)
                .setParameter("p", permitId)
                .setParameter("t", r.inspectionType())
                .setParameter("at", r.inspectedAt())
                .getSingleResult();
        if (same > 0) {
            throw new RuleViolationException(
                    "inspectedAt",
                    "duplicate",
                    "The " + r.inspectionType() + " inspection of " + line.permitNumber() + " at "
                            + UsFormat.dateTime(r.inspectedAt()) + " is already recorded");
        }
        return RecordResult.of(
                null,
                permitId,
                r.inspectionType(),
                r.outcome(),
                r.inspectedAt(),
                r.inspector(),
                r.notes(),
                r.defects(),
                r.correctedDefectIds());
    }

    /**
     * 108.10, 108.11.4: the final inspection of a permit passed. It answers the permit's open request
     * for that final when there is one; otherwise it is recorded as an inspection the department made.
     */
    public FinalInspectionView recordPassedFinal(RecordFinalInspection command) {
        Inputs.valid(validator, command);
        InspectionType type = em.find(InspectionType.class, command.inspectionType());
        if (type != null && !type.isFinalInspection()) {
            throw new RuleViolationException(
                    "inspectionType",
                    "108.11.4 final-inspection",
                    "108.11.4: " + type.getName() + " is not a final inspection");
        }
        Long requestId = em.createQuery(
                        "select r.id from InspectionRequest r where r.permitId = :p and r.inspectionType = :t and r.status = :s "
                                + "order by r.id",
                        Long.class)
                .setParameter("p", command.permitId())
                .setParameter("t", command.inspectionType())
                .setParameter("s", InspectionRequest.Status.REQUESTED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        InspectionResultView r = record(RecordResult.of(
                requestId,
                requestId == null ? command.permitId() : null,
                requestId == null ? command.inspectionType() : null,
                InspectionOutcome.PASSED,
                inspectedAt(command.passedOn()),
                null,
                null,
                null,
                null));
        return FinalInspectionView.of(em.find(InspectionResult.class, r.id()));
    }

    /** A day's inspection: today's is now; an earlier day's, at noon of that day. */
    private LocalDateTime inspectedAt(java.time.LocalDate on) {
        LocalDateTime now = LocalDateTime.now(clock);
        return on == null || on.equals(now.toLocalDate()) ? null : on.atTime(12, 0);
    }

    /** The finals that passed, newest first; of one permit when {@code permitId} is given. */
    public List<FinalInspectionView> passedFinals(Long permitId) {
        return em
                .createQuery(
                        "select r from InspectionResult r where r.finalInspection = true and r.outcome = :passed "
                                + "and (:id is null or r.permitId = :id) order by r.id desc",
                        InspectionResult.class)
                .setParameter("passed", InspectionOutcome.PASSED)
                .setParameter("id", permitId)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .map(FinalInspectionView::of)
                .toList();
    }

    /** Results, newest first; of one permit when {@code permitId} is given. */
    public List<InspectionResultView> list(Long permitId) {
        return em
                .createQuery(
                        "select distinct r from InspectionResult r left join fetch r.defects where (:id is null or r.permitId = :id) "
                                + "order by r.id desc",
                        InspectionResult.class)
                .setParameter("id", permitId)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .map(InspectionResultView::of)
                .toList();
    }

    /** Every inspection result as a BLDS inspection row, newest first (the open-data export). */
    public List<BldsInspectionExport.Row> bldsRows() {
        return em
                .createQuery(
                        "select r.permitNumber, r.inspectionType, t.name, r.outcome, q.scheduledFor, r.inspectedAt from InspectionResult r "
                                + "join InspectionType t on t.code = r.inspectionType left join InspectionRequest q on q.id = r.requestId order by r.id desc",
                        Object[].class)
                .getResultList()
                .stream()
                .map(o -> new BldsInspectionExport.Row(
                        (String) o[0],
                        (String) o[1],
                        (String) o[2],
                        (InspectionOutcome) o[3],
                        (java.time.LocalDate) o[4],
                        ((LocalDateTime) o[5]).toLocalDate()))
                .toList();
    }

    public InspectionResultView get(long id) {
        return InspectionResultView.of(find(id));
    }

    public List<HistoryEntry> history(long id) {
        find(id);
        return audit.of(InspectionResult.class, id);
    }

    private InspectionResult find(long id) {
        InspectionResult r = em.find(InspectionResult.class, id);
        if (r == null) {
            throw new RecordNotFoundException("inspection result", id);
        }
        return r;
    }
}
