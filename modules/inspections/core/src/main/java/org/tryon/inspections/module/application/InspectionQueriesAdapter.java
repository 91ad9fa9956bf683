package org.tryon.inspections.module.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.tryon.inspections.api.CountedResults;
import org.tryon.inspections.api.DefectId;
import org.tryon.inspections.api.InspectionOutcome;
import org.tryon.inspections.api.InspectionQueries;
import org.tryon.inspections.api.InspectionResultId;
import org.tryon.inspections.requests.application.InspectionTypeNames;
import org.tryon.inspections.results.application.InspectionResultView;
import org.tryon.inspections.results.domain.InspectionResult;
import org.tryon.inspections.results.domain.PermitInspectionRecord;
import org.tryon.platform.kernel.PermitId;

/**
 * Inspections' answers to the other modules' {@link InspectionQueries} (permitting's Inspections tab, fees' code defect
 * rate of the Re-Inspection Fee Program): reads only (ADR 0040). It records nothing and fires no event;
 * {@code QueriesNeverWriteTest} (modules/app) checks it. In a transaction as inspections' reads are (the views read the
 * results' defects), in which nothing is written.
 */
@ApplicationScoped
@Transactional
public class InspectionQueriesAdapter implements InspectionQueries {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Override
    public List<InspectionLine> inspections(PermitId permitId) {
        Map<String, String> names = InspectionTypeNames.byCode(em);
        return results(permitId.value()).stream()
                .map(r -> new InspectionLine(
                        new InspectionResultId(r.id()),
                        r.inspectionType(),
                        names.getOrDefault(r.inspectionType(), r.inspectionType()),
                        r.outcome(),
                        r.inspectedAt(),
                        r.inspector(),
                        r.defects().size(),
                        r.followsResultId() == null ? null : new InspectionResultId(r.followsResultId())))
                .toList();
    }

    @Override
    public ProjectDefectCount projectDefectCount(List<PermitId> permitIds, CountedResults counted) {
        if (permitIds == null || permitIds.isEmpty()) {
            return new ProjectDefectCount(0, 0, 0, List.of(), counted);
        }
        List<Object[]> rows = em.createQuery(
                        "select p.trade, r.outcome, r.excludedFromProjectFee, count(r) from InspectionResult r "
                                + "join InspectablePermit p on p.permitId = r.permitId where r.permitId in :ids and r.outcome <> :cancelled "
                                + "group by p.trade, r.outcome, r.excludedFromProjectFee",
                        Object[].class)
                .setParameter("ids", permitIds.stream().map(PermitId::value).toList())
                .setParameter("cancelled", InspectionOutcome.CANCELLED)
                .getResultList();
        Map<String, int[]> byTrade = new java.util.TreeMap<>();
        int inspections = 0;
        int failures = 0;
        int excluded = 0;
        for (Object[] r : rows) {
            int n = ((Number) r[3]).intValue();
            InspectionOutcome outcome = (InspectionOutcome) r[1];
            if (!counted.inspection(outcome)) {
                continue;
            }
            if (Boolean.TRUE.equals(r[2])) {
                excluded += n;
                continue;
            }
            int[] t = byTrade.computeIfAbsent(((org.tryon.platform.kernel.Trade) r[0]).name(), k -> new int[2]);
            t[0] += n;
            inspections += n;
            if (counted.failure(outcome)) {
                t[1] += n;
                failures += n;
            }
        }
        return new ProjectDefectCount(
                inspections,
                failures,
                excluded,
                byTrade.entrySet().stream()
                        .map(e -> new TradeCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                        .toList(),
                counted);
    }

    @Override
    public List<OpenDefect> openDefects(PermitId permitId) {
        Map<String, String> names = InspectionTypeNames.byCode(em);
        return new PermitInspectionRecord(em)
                .openDefects(permitId.value()).stream()
                        .map(d -> new OpenDefect(
                                new DefectId(d.getId()),
                                new InspectionResultId(d.getResult().getId()),
                                d.getInspectionType(),
                                names.getOrDefault(d.getInspectionType(), d.getInspectionType()),
                                d.getCodeSection(),
                                d.getDescription(),
                                d.getLocation(),
                                d.getFoundOn()))
                        .toList();
    }

    @jakarta.inject.Inject
    org.tryon.inspections.results.application.ResultPhotos resultPhotos;

    @jakarta.inject.Inject
    java.time.Clock clock;

    @Override
    public List<InspectionPhoto> photos(PermitId permitId) {
        return resultPhotos.ofPermit(permitId.value()).stream()
                .map(p -> new InspectionPhoto(
                        new InspectionResultId(p.resultId()),
                        p.fileName(),
                        "/api/v1/inspection-results/" + p.resultId() + "/photos/" + p.id(),
                        java.time.LocalDateTime.ofInstant(p.uploadedAt(), clock.getZone())))
                .toList();
    }

    private List<InspectionResultView> results(long permitId) {
        return em
                .createQuery(
                        "select distinct r from InspectionResult r left join fetch r.defects where r.permitId = :id order by r.id desc",
                        InspectionResult.class)
                .setParameter("id", permitId)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .map(InspectionResultView::of)
                .toList();
    }
}
