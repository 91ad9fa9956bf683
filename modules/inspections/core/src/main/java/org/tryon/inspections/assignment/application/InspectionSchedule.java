package org.tryon.inspections.assignment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tryon.inspections.assignment.domain.InspectionAssignment;
import org.tryon.inspections.assignment.domain.Inspector;
import org.tryon.inspections.assignment.domain.RouteOrder;
import org.tryon.inspections.register.domain.InspectablePermit;
import org.tryon.inspections.requests.application.InspectionTypeNames;
import org.tryon.inspections.requests.domain.InspectionRequest;
import org.tryon.platform.errors.NotAllowedException;
import org.tryon.platform.errors.RuleViolationException;

/**
 * The inspectors' days: an inspector's day list in route order, and the supervisor's
 * board of a day with each inspector's load against capacity and the requests no one has.
 * Cancelled requests are not on either: there is nothing to inspect.
 */
@ApplicationScoped
@Transactional
public class InspectionSchedule {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Supervision supervision;

    /**
     * The day list of an inspector for a day (today when {@code day} is null). Without
     * {@code inspectorId}, the signed-in user's own; an inspector sees only their own, a supervisor
     * any inspector's.
     */
    public DayListView dayList(Long inspectorId, LocalDate day) {
        LocalDate on = day == null ? LocalDate.now(clock) : day;
        Inspector inspector = inspectorId == null ? own() : em.find(Inspector.class, inspectorId);
        if (inspector == null) {
            throw new RuleViolationException("inspectorId", "exists", "There is no inspector with id " + inspectorId);
        }
        if (!supervision.isSupervisor() && !supervision.userName().equals(inspector.getUserName())) {
            throw new NotAllowedException(
                    "An inspector sees their own day list; supervisors (trade code administrator, administrator) see any");
        }
        return dayListOf(inspector, on);
    }

    /** The day list of {@code inspector} on {@code on}, without asking who wants it: the caller decides (the outage kit, outage notice of December 2017). */
    public DayListView dayListOf(Inspector inspector, LocalDate on) {
        Map<String, String> typeNames = InspectionTypeNames.byCode(em);
        List<DayListView.Stop> stops = rows(on, inspector.getId()).stream()
                .map(row -> stop(row, typeNames))
                .sorted(RouteOrder.ORDER)
                .toList();
        List<DayListView.Stop> numbered = new ArrayList<>();
        for (int i = 0; i < stops.size(); i++) {
            numbered.add(stops.get(i).at(i + 1));
        }
        return new DayListView(
                inspector.getId(),
                inspector.getDisplayName(),
                on,
                inspector.getDailyCapacity(),
                stops.size(),
                numbered);
    }

    private Inspector own() {
        return em.createQuery("select i from Inspector i where i.userName = :u", Inspector.class)
                .setParameter("u", supervision.userName())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        "inspectorId",
                        "day-list.inspector",
                        "There is no inspector record for " + supervision.userName() + "; name the inspector"));
    }

    /** The board of a day (today when null): supervisors only. */
    public BoardView board(LocalDate day) {
        supervision.requireSupervisor("The board is the supervisors' (trade code administrator, administrator)");
        LocalDate on = day == null ? LocalDate.now(clock) : day;
        Map<Long, Inspector> inspectors =
                em.createQuery("select i from Inspector i", Inspector.class).getResultList().stream()
                        .collect(Collectors.toMap(Inspector::getId, i -> i));
        List<Object[]> rows = rows(on, null);
        Map<Long, String> whyUnassigned = whyUnassigned(rows);
        Map<Long, int[]> counts = new HashMap<>();
        List<BoardView.Request> requests = new ArrayList<>();
        for (Object[] row : rows) {
            InspectionRequest r = (InspectionRequest) row[0];
            InspectablePermit p = (InspectablePermit) row[1];
            Inspector i = r.getInspectorId() == null ? null : inspectors.get(r.getInspectorId());
            if (i != null) {
                int[] c = counts.computeIfAbsent(i.getId(), k -> new int[3]);
                c[0]++;
                c[1] += r.getStatus() == InspectionRequest.Status.REQUESTED ? 1 : 0;
                c[2] += r.isUrgent() ? 1 : 0;
            }
            String note = i == null
                    ? whyUnassigned.get(r.getId())
                    : !i.isActive() && r.getStatus() == InspectionRequest.Status.REQUESTED
                            ? i.getDisplayName() + " is inactive: reassign"
                            : null;
            requests.add(new BoardView.Request(
                    r.getId(),
                    r.getPermitNumber(),
                    r.getInspectionType(),
                    p.getTrade(),
                    r.getDistrictCode(),
                    p.getAddress(),
                    r.isUrgent(),
                    r.isUrgent() ? r.getUrgentReason().label() : null,
                    r.getStatus().name(),
                    r.getInspectorId(),
                    i == null ? null : i.getDisplayName(),
                    note));
        }
        requests.sort(Comparator.comparing(BoardView.Request::assigned)
                .thenComparing(q -> q.inspectorName() == null ? "" : q.inspectorName(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(RouteOrder.ORDER));
        List<BoardView.InspectorLoad> loads = inspectors.values().stream()
                .filter(i -> i.isActive() || counts.containsKey(i.getId()))
                .sorted(Comparator.comparing(Inspector::getDisplayName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Inspector::getId))
                .map(i -> {
                    int[] c = counts.getOrDefault(i.getId(), new int[3]);
                    InspectorView v = InspectorView.of(i);
                    return new BoardView.InspectorLoad(
                            i.getId(),
                            i.getDisplayName(),
                            i.getUserName(),
                            v.tradeLabels(),
                            v.districts(),
                            i.getDailyCapacity(),
                            c[0],
                            c[1],
                            c[2],
                            i.isActive(),
                            c[0] > i.getDailyCapacity());
                })
                .toList();
        return new BoardView(on, loads, requests, (int)
                requests.stream().filter(q -> !q.assigned()).count());
    }

    /**
     * Requests of the day (not cancelled), of one inspector or of all, each with its permit; read-only, so the thousands
     * of a busy day's board are neither copied for nor checked at the flush.
     */
    private List<Object[]> rows(LocalDate day, Long inspectorId) {
        return em.createQuery(
                        "select r, p from InspectionRequest r, InspectablePermit p where p.permitId = r.permitId "
                                + "and r.scheduledFor = :day and r.status <> :cancelled and (:inspector is null or r.inspectorId = :inspector)",
                        Object[].class)
                .setParameter("day", day)
                .setParameter("cancelled", InspectionRequest.Status.CANCELLED)
                .setParameter("inspector", inspectorId)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    /** For each unassigned request, the explanation of its latest assignment entry. */
    private Map<Long, String> whyUnassigned(List<Object[]> rows) {
        List<Long> ids = rows.stream()
                .map(row -> (InspectionRequest) row[0])
                .filter(r -> r.getInspectorId() == null)
                .map(InspectionRequest::getId)
                .toList();
        Map<Long, String> notes = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery(
                            "select a from InspectionAssignment a where a.requestId in :ids order by a.id",
                            InspectionAssignment.class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(a -> notes.put(a.getRequestId(), a.getNote()));
        }
        return notes;
    }

    private static DayListView.Stop stop(Object[] row, Map<String, String> typeNames) {
        InspectionRequest r = (InspectionRequest) row[0];
        InspectablePermit p = (InspectablePermit) row[1];
        return new DayListView.Stop(
                0,
                r.getId(),
                r.getPermitId(),
                r.getPermitNumber(),
                r.getInspectionType(),
                typeNames.getOrDefault(r.getInspectionType(), r.getInspectionType()),
                p.getAddress(),
                r.getDistrictCode(),
                r.isUrgent(),
                r.isUrgent() ? r.getUrgentReason().label() : null,
                r.getUrgentNote(),
                r.getRequestedBy(),
                r.getContactPhone(),
                r.getStatus().name());
    }
}
