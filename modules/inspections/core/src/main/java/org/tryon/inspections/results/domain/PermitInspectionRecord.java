package org.tryon.inspections.results.domain;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.tryon.inspections.api.InspectionOutcome;
import org.tryon.inspections.register.domain.InspectablePermit;
import org.tryon.inspections.register.domain.PermitStateOnDay;
import org.tryon.inspections.requests.domain.InspectionRequest;
import org.tryon.inspections.requests.domain.InspectionType;

/**
 * What the record of a permit's inspections says at the moment a new result comes in (108.3,
 * 108.10): the defects still open (108.10 D), the failed or partial inspection that an inspection of
 * the same type re-inspects, and whether the final already passed.
 */
public final class PermitInspectionRecord {

    private final EntityManager em;

    public PermitInspectionRecord(EntityManager em) {
        this.em = em;
    }

    /** The subject of a new result of {@code type} on {@code permit}, answering {@code request} (null for a department inspection). */
    public InspectionResult.Subject subject(InspectablePermit permit, InspectionType type, InspectionRequest request) {
        return new InspectionResult.Subject(
                permit,
                type,
                request,
                reinspected(permit.getPermitId(), type.getCode()),
                openDefects(permit.getPermitId()),
                finalPassed(permit.getPermitId()));
    }

    /** The same, judged by the permit's state on {@code inspectedOn}, the day the inspection was made (108.8.1). */
    public InspectionResult.Subject subject(
            InspectablePermit permit, InspectionType type, InspectionRequest request, java.time.LocalDate inspectedOn) {
        return new InspectionResult.Subject(
                permit,
                type,
                request,
                reinspected(permit.getPermitId(), type.getCode()),
                openDefects(permit.getPermitId()),
                finalPassed(permit.getPermitId()),
                new PermitStateOnDay(em).judge(permit, inspectedOn));
    }

    /** 108.10 D: the defects of the permit that no later inspection has passed, oldest first. */
    public List<InspectionDefect> openDefects(long permitId) {
        return em.createQuery(
                        "select d from InspectionDefect d join fetch d.result where d.permitId = :p and d.correctedBy is null order by d.id",
                        InspectionDefect.class)
                .setParameter("p", permitId)
                .getResultList();
    }

    /**
     * The inspection that a new one of the same type on the same permit re-inspects: the latest
     * inspection of the work of that type, when it failed or was partial; none when it passed.
     */
    public InspectionResult reinspected(long permitId, String type) {
        return em.createQuery(
                        "select r from InspectionResult r where r.permitId = :p and r.inspectionType = :t and r.outcome in :worked "
                                + "order by r.inspectedAt desc, r.id desc",
                        InspectionResult.class)
                .setParameter("p", permitId)
                .setParameter("t", type)
                .setParameter(
                        "worked",
                        List.of(InspectionOutcome.PASSED, InspectionOutcome.FAILED, InspectionOutcome.PARTIAL))
                .setMaxResults(1)
                .getResultStream()
                .filter(r -> r.getOutcome().mayListDefects())
                .findFirst()
                .orElse(null);
    }

    /** 108.10.4: the inspections made under the permit (every result but a cancelled one). */
    public long inspectionsMade(long permitId) {
        return em.createQuery(
                        "select count(r) from InspectionResult r where r.permitId = :p and r.outcome <> :cancelled",
                        Long.class)
                .setParameter("p", permitId)
                .setParameter("cancelled", InspectionOutcome.CANCELLED)
                .getSingleResult();
    }

    private boolean finalPassed(long permitId) {
        return em.createQuery(
                                "select count(r) from InspectionResult r where r.permitId = :p and r.finalInspection = true and r.outcome = :passed",
                                Long.class)
                        .setParameter("p", permitId)
                        .setParameter("passed", InspectionOutcome.PASSED)
                        .getSingleResult()
                > 0;
    }
}
