package org.tryon.inspections.results.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.tryon.inspections.api.InspectionOutcome;
import org.tryon.inspections.results.domain.InspectionDefect;
import org.tryon.inspections.results.domain.InspectionResult;

/** An inspection's result with its defects (108.3, 108.10); {@code hours}: of a re-inspection charged by the hour (108.10 F.2.1). */
public record InspectionResultView(
        long id,
        Long requestId,
        long permitId,
        String permitNumber,
        String inspectionType,
        boolean finalInspection,
        InspectionOutcome outcome,
        LocalDateTime inspectedAt,
        String inspector,
        String notes,
        Long followsResultId,
        Instant recordedAt,
        String recordedBy,
        List<DefectView> defects,
        Long thirdPartyId,
        LocalDate thirdPartyReportOn,
        String thirdPartyReport,
        boolean excludedFromProjectFee,
        String exclusionSection,
        java.math.BigDecimal hours)
        implements java.io.Serializable {

    /** A defect and, once a later inspection passed it, which one and when (108.10 D). */
    public record DefectView(
            long id,
            String codeSection,
            String description,
            String location,
            LocalDate foundOn,
            Long correctedByResultId,
            LocalDate correctedOn,
            String note,
            Long libraryEntryId)
            implements java.io.Serializable {

        static DefectView of(InspectionDefect d) {
            return new DefectView(
                    d.getId(),
                    d.getCodeSection(),
                    d.getDescription(),
                    d.getLocation(),
                    d.getFoundOn(),
                    d.getCorrectedByResultId(),
                    d.getCorrectedOn(),
                    d.getNote(),
                    d.getLibraryEntryId());
        }
    }

    public static InspectionResultView of(InspectionResult r) {
        return new InspectionResultView(
                r.getId(),
                r.getRequestId(),
                r.getPermitId(),
                r.getPermitNumber(),
                r.getInspectionType(),
                r.isFinalInspection(),
                r.getOutcome(),
                r.getInspectedAt(),
                r.getInspector(),
                r.getNotes(),
                r.getFollowsResultId(),
                r.getRecordedAt(),
                r.getRecordedBy(),
                r.getDefects().stream().map(DefectView::of).toList(),
                r.getThirdPartyId(),
                r.getThirdPartyReportOn(),
                r.getThirdPartyReport(),
                r.isExcludedFromProjectFee(),
                r.getExclusionSection(),
                r.getHours());
    }
}
