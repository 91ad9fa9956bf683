package org.tryon.inspections.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.tryon.platform.kernel.PermitId;

/** What other modules may ask the inspections context. Implemented by inspections; injected by CDI. */
public interface InspectionQueries {

    /** An inspection made under a permit, with its result (108.3: the record of each inspection). */
    record InspectionLine(
            InspectionResultId resultId,
            String inspectionType,
            String inspectionName,
            InspectionOutcome outcome,
            LocalDateTime inspectedAt,
            String inspector,
            int defects,
            InspectionResultId followsResultId)
            implements java.io.Serializable {}

    /** A defect found by an inspection and not yet corrected and passed by a re-inspection (108.10 D). */
    record OpenDefect(
            DefectId defectId,
            InspectionResultId resultId,
            String inspectionType,
            String inspectionName,
            String codeSection,
            String description,
            String location,
            LocalDate foundOn)
            implements java.io.Serializable {}

    /** One trade's line of a project's recap (Re-Inspection Fee Program): its inspections and failures as the code defect rate counts them. */
    record TradeCount(String trade, int inspections, int failures) {}

    /**
     * Re-Inspection Fee Program: the project's code defect rate = failed inspections / total inspections, all trades on the
     * structure, with what counted as a failure and as an inspection ({@code counted}). Cancelled results
     * are no inspections; the re-inspections that 108.10 F.2.1.1 and F.2.2.1 remove from this calculation
     * are left out and counted apart in {@code excluded}.
     */
    record ProjectDefectCount(
            int inspections, int failures, int excluded, List<TradeCount> byTrade, CountedResults counted) {}

    /**
     * Re-Inspection Fee Program: the counts of the project's code defect rate over {@code permitIds} (the project's
     * permits), with {@code counted} saying which results are failures and inspections.
     */
    ProjectDefectCount projectDefectCount(List<PermitId> permitIds, CountedResults counted);

    /** The inspections made under a permit, newest first. */
    List<InspectionLine> inspections(PermitId permitId);

    /** 108.10 D: what is still open on a permit: no part of it may be covered until a re-inspection passes it. */
    List<OpenDefect> openDefects(PermitId permitId);

    /**
     * A photo attached to an inspection result (108.3; ADR 0051); {@code path}: where the image is served, under the
     * application's context path ({@code /api/v1/inspection-results/{resultId}/photos/{photoId}}).
     */
    record InspectionPhoto(InspectionResultId resultId, String fileName, String path, LocalDateTime uploadedAt)
            implements java.io.Serializable {}

    /** The photos attached to the inspections of a permit, oldest first. */
    default List<InspectionPhoto> photos(PermitId permitId) {
        return List.of();
    }
}
