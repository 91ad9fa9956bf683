package org.tryon.inspections.register.domain;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tryon.inspections.api.InspectionOutcome;
import org.tryon.permitting.api.PermitStatus;

/**
 * The state of a permit on the day work under it happened (108.8.1, 108.10 E; outage notice of
 * December 2017: inspections made on paper and requests made by phone are keyed in afterwards). A
 * result, a request and a final are judged by that state, never by the state on the day they are
 * keyed in: an inspection made before the permit's clock ran out is not refused because it was
 * entered after.
 * <p>
 * An expiry or a void is made only by a clock, and a clock can be proved wrong by work keyed in
 * late (permitting then restores the permit, ADR 0016). Such an end is therefore provisional for
 * later work while late work that may prove it wrong is on record: an inspection of completed work
 * (expired: the work had commenced; void: it was inspected), or for a void permit a request, whose
 * true day is before the end and which was keyed in after inspections learned of the end. Ends by a
 * person (revoked, cancelled) are never provisional.
 */
public final class PermitStateOnDay {

    private final EntityManager em;

    public PermitStateOnDay(EntityManager em) {
        this.em = em;
    }

    /**
     * The state in force on {@code day}: of the states that took effect on or before it, the one that
     * took effect last; of several on the same day (an end and its restoration), the one learned last.
     *
     * @param history the permit's states in the order they were learned
     */
    public static Optional<PermitStatusRecord> inForce(List<PermitStatusRecord> history, LocalDate day) {
        PermitStatusRecord inForce = null;
        for (PermitStatusRecord r : history) {
            if (!r.getEffectiveOn().isAfter(day)
                    && (inForce == null || !r.getEffectiveOn().isBefore(inForce.getEffectiveOn()))) {
                inForce = r;
            }
        }
        return Optional.ofNullable(inForce);
    }

    /** Whether work under {@code permit} on {@code day} may be recorded (108.8.1), with the state that decided it. */
    public Judgment judge(InspectablePermit permit, LocalDate day) {
        List<PermitStatusRecord> history = em.createQuery(
                        "select r from PermitStatusRecord r where r.permitId = :p order by r.id",
                        PermitStatusRecord.class)
                .setParameter("p", permit.getPermitId())
                .getResultList();
        if (history.isEmpty()) {
            return new Judgment(permit.getStatus(), permit.getStatus().allowsWork(), false);
        }
        PermitStatusRecord state = inForce(history, day).orElse(null);
        if (state == null) {
            // before its issue: the rule of 108.10 A (no inspection before issue) speaks for it
            return new Judgment(PermitStatus.ISSUED, true, false);
        }
        if (state.getStatus().allowsWork()) {
            return new Judgment(state.getStatus(), true, false);
        }
        boolean provisional = (state.getStatus() == PermitStatus.EXPIRED || state.getStatus() == PermitStatus.VOID)
                && lateWorkBefore(state);
        return new Judgment(state.getStatus(), provisional, provisional);
    }

    private boolean lateWorkBefore(PermitStatusRecord end) {
        long results = em.createQuery(
                        "select count(r) from InspectionResult r where r.permitId = :p and r.inspectedAt < :end "
                                + "and r.recordedAt > :learned and r.outcome in :work",
                        Long.class)
                .setParameter("p", end.getPermitId())
                .setParameter("end", end.getEffectiveOn().atStartOfDay())
                .setParameter("learned", end.getLearnedAt())
                .setParameter(
                        "work", List.of(InspectionOutcome.PASSED, InspectionOutcome.FAILED, InspectionOutcome.PARTIAL))
                .getSingleResult();
        if (results > 0 || end.getStatus() != PermitStatus.VOID) {
            return results > 0;
        }
        return em.createQuery(
                                "select count(r) from InspectionRequest r where r.permitId = :p and r.madeOn < :end and r.createdAt > :learned",
                                Long.class)
                        .setParameter("p", end.getPermitId())
                        .setParameter("end", end.getEffectiveOn())
                        .setParameter("learned", end.getLearnedAt())
                        .getSingleResult()
                > 0;
    }

    /**
     * @param status      the permit's state on the day
     * @param allowsWork  whether work on that day may be recorded
     * @param provisional whether it is allowed only because late work may prove a clock's end wrong
     */
    public record Judgment(PermitStatus status, boolean allowsWork, boolean provisional) {}
}
