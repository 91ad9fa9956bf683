package org.tryon.inspections.results.application;

import java.time.Instant;
import java.time.LocalDate;
import org.tryon.inspections.results.domain.InspectionResult;

/** A final inspection that passed (108.10, 108.11.4). */
public record FinalInspectionView(
        long id,
        long permitId,
        String permitNumber,
        String inspectionType,
        LocalDate passedOn,
        String inspector,
        Instant recordedAt) {

    static FinalInspectionView of(InspectionResult r) {
        return new FinalInspectionView(
                r.getId(),
                r.getPermitId(),
                r.getPermitNumber(),
                r.getInspectionType(),
                r.getInspectedAt().toLocalDate(),
                r.getInspector(),
                r.getRecordedAt());
    }
}
