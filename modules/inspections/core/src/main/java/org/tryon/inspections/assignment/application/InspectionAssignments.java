package org.tryon.inspections.assignment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tryon.inspections.assignment.domain.InspectionAssignment;
import org.tryon.inspections.assignment.domain.InspectionDistrict;
import org.tryon.inspections.assignment.domain.Inspector;
import org.tryon.inspections.assignment.domain.InspectorChoice;
import org.tryon.inspections.assignment.domain.Reassignment;
import org.tryon.inspections.register.domain.InspectablePermit;
import org.tryon.inspections.requests.application.InspectionRequestView;
import org.tryon.inspections.requests.application.MarkUrgent;
import org.tryon.inspections.requests.domain.InspectionRequest;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.Trade;

/**
 * Who inspects what ("Assignment"): the automatic assignment of each new request
 * ({@link InspectorChoice}), a supervisor's reassignment ({@link Reassignment}), urgent requests
 * (outage notice of December 2017), and the log of every change.
 *
 * <p>Assignments to the same trade and district are serialized: the eligible inspectors' rows are
 * locked while their loads are counted, and the loads are read as committed (a locking read, not the
 * transaction's snapshot), so two requests made at the same moment never both take the last place of
 * one inspector's day (ADR 0024).
 */
@ApplicationScoped
@Transactional
public class InspectionAssignments {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    Supervision supervision;

    /** A request just made: its district from the permit's address, then the inspector by the rule. */
    public void assignNew(InspectionRequest request, InspectablePermit permit) {
        request.locatedIn(districtOf(permit.getAddress()));
        assignByRule(request, permit.getTrade());
    }

    /** The district of an address: the one whose ZIP codes include the ZIP code at its end; null when none. */
    public String districtOf(String address) {
        return InspectionDistrict.zipOf(address)
                .flatMap(zip -> em.createQuery(
                                "select d.code from InspectionDistrict d join d.zipCodes z where z = :zip",
                                String.class)
                        .setParameter("zip", zip)
                        .getResultStream()
                        .findFirst())
                .orElse(null);
    }

    private void assignByRule(InspectionRequest request, Trade trade) {
        List<Long> ids = request.getDistrictCode() == null
                ? List.of()
                : em.createQuery(
                                "select distinct i.id from Inspector i join i.trades t "
                                        + "join i.districts d where i.active = true and t = :trade and d = :district",
                                Long.class)
                        .setParameter("trade", trade)
                        .setParameter("district", request.getDistrictCode())
                        .getResultList();
        List<Inspector> eligible = ids.isEmpty()
                ? List.of()
                : em.createQuery("select i from Inspector i where i.id in :ids order by i.id", Inspector.class)
                        .setParameter("ids", ids)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList();
        Map<Long, Integer> loads = loads(request.getScheduledFor(), ids);
        InspectorChoice.Choice choice = InspectorChoice.choose(
                eligible.stream()
                        .map(i -> InspectorChoice.candidate(i, loads.getOrDefault(i.getId(), 0)))
                        .toList(),
                trade,
                request.getDistrictCode(),
                request.isUrgent());
        request.assignTo(choice.inspectorId());
        em.persist(new InspectionAssignment(
                request.getId(),
                choice.assigned() ? InspectionAssignment.Kind.AUTOMATIC : InspectionAssignment.Kind.UNASSIGNED,
                choice.inspectorId(),
                null,
                choice.overCapacity(),
                choice.explanation(),
                clock.instant(),
                supervision.userName()));
    }

    /**
     * Requests (not cancelled) assigned to each of {@code inspectorIds} on {@code day}, as committed now:
     * a locking read (ADR 0024). The caller holds the inspectors' rows locked, so no other assignment to
     * them can be under way; but a plain read would answer from this transaction's REPEATABLE READ
     * snapshot, taken at its first read, before the lock was obtained, and miss the requests assigned
     * and committed meanwhile. A locking read reads the latest committed rows.
     */
    Map<Long, Integer> loads(LocalDate day, Collection<Long> inspectorIds) {
        Map<Long, Integer> loads = new HashMap<>();
        if (inspectorIds.isEmpty()) {
            return loads;
        }
        // FORCE INDEX: read through (inspector_id, scheduled_for) only. Through the day's index the locking read would
        // also lock the
        // uncommitted rows of requests just made for other inspectors (inspector still null), which wait for these
        // inspectors: a deadlock.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select inspector_id, count(*) from insp_request force index (ix_insp_request_inspector_day) "
                                + "where scheduled_for = :day "
                                + "and inspector_id in (:ids) and status <> 'CANCELLED' group by inspector_id lock in share mode")
                .setParameter("day", day)
                .setParameter("ids", inspectorIds)
                .getResultList();
        rows.forEach(row -> loads.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue()));
        return loads;
    }

    /**
     * A supervisor gives the request to another inspector: refused when the request is not open, or
     * the inspector is inactive or not of the permit's trade; over capacity and outside the
     * inspector's districts are allowed with a warning.
     */
    public AssignmentView.Reassigned reassign(long requestId, ReassignRequest command) {
        supervision.requireSupervisor(
                "Only a supervisor (trade code administrator, administrator) reassigns a request");
        Inputs.valid(validator, command);
        InspectionRequest request = em.find(InspectionRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new RecordNotFoundException("inspection request", requestId);
        }
        Inspector to = em.find(Inspector.class, command.inspectorId(), LockModeType.PESSIMISTIC_WRITE);
        if (to == null) {
            throw new RuleViolationException(
                    "inspectorId", "exists", "There is no inspector with id " + command.inspectorId());
        }
        Trade trade = em.find(InspectablePermit.class, request.getPermitId()).getTrade();
        int load = loads(request.getScheduledFor(), List.of(to.getId())).getOrDefault(to.getId(), 0);
        List<String> warnings = Reassignment.check(
                request.getStatus(),
                request.getInspectorId(),
                trade,
                request.getDistrictCode(),
                InspectorChoice.candidate(to, load));
        Long previous = request.getInspectorId();
        request.assignTo(to.getId());
        String reason = command.reason() == null || command.reason().isBlank()
                ? null
                : command.reason().trim();
        StringBuilder note = new StringBuilder(reason == null ? "Reassigned by a supervisor" : reason);
        warnings.forEach(w -> note.append(". ").append(w));
        InspectionAssignment entry = new InspectionAssignment(
                requestId,
                InspectionAssignment.Kind.REASSIGNED,
                to.getId(),
                previous,
                load >= to.getDailyCapacity(),
                note.toString(),
                clock.instant(),
                supervision.userName());
        em.persist(entry);
        em.flush();
        return new AssignmentView.Reassigned(
                view(entry, names(List.of(entry))), InspectionRequestView.of(request), warnings);
    }

    /**
     * Outage notice of December 2017: a supervisor flags an open request urgent. It goes first in its inspector's day list;
     * an unassigned one is assigned by the rule, beyond capacity if need be.
     */
    public InspectionRequestView markUrgent(long requestId, MarkUrgent command) {
        supervision.requireSupervisor(
                "Only a supervisor (trade code administrator, administrator) flags a request urgent after it is made");
        Inputs.valid(validator, command);
        InspectionRequest request = em.find(InspectionRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new RecordNotFoundException("inspection request", requestId);
        }
        request.markUrgent(command.urgentReason(), command.urgentNote());
        if (request.getInspectorId() == null) {
            assignByRule(
                    request,
                    em.find(InspectablePermit.class, request.getPermitId()).getTrade());
        }
        em.flush();
        return InspectionRequestView.of(request);
    }

    /** Every change of a request's assignment, oldest first. */
    public List<AssignmentView> log(long requestId) {
        if (em.find(InspectionRequest.class, requestId) == null) {
            throw new RecordNotFoundException("inspection request", requestId);
        }
        List<InspectionAssignment> entries = em.createQuery(
                        "select a from InspectionAssignment a where a.requestId = :r order by a.id",
                        InspectionAssignment.class)
                .setParameter("r", requestId)
                .getResultList();
        Map<Long, String> names = names(entries);
        return entries.stream().map(a -> view(a, names)).toList();
    }

    private Map<Long, String> names(List<InspectionAssignment> entries) {
        Map<Long, String> names = new HashMap<>();
        for (InspectionAssignment a : entries) {
            for (Long id : new Long[] {a.getInspectorId(), a.getPreviousInspectorId()}) {
                if (id != null && !names.containsKey(id)) {
                    names.put(id, em.find(Inspector.class, id).getDisplayName());
                }
            }
        }
        return names;
    }

    private static AssignmentView view(InspectionAssignment a, Map<Long, String> names) {
        return new AssignmentView(
                a.getId(),
                a.getRequestId(),
                a.getKind(),
                a.getInspectorId(),
                names.get(a.getInspectorId()),
                a.getPreviousInspectorId(),
                names.get(a.getPreviousInspectorId()),
                a.isOverCapacity(),
                a.getNote(),
                a.getAssignedAt(),
                a.getAssignedBy());
    }
}
