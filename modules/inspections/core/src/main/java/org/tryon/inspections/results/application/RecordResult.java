package org.tryon.inspections.results.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import org.tryon.inspections.api.InspectionOutcome;

/**
 * The result of an inspection (108.10). With {@code requestId}, the inspection answers that request
 * and its permit and inspection type come from it; without, the department made it of its own
 * accord (108.10.2, 108.10.3) and {@code permitId} and {@code inspectionType} say what it was.
 * Without {@code inspectedAt}, now; without {@code inspector}, the user recording it (a result taken
 * on paper is entered later with its real moment and inspector).
 *
 * @param correctedDefectIds open defects of the permit that this inspection passes (108.10 D); a
 *                           passed re-inspection passes every open defect of its inspection type
 * @param thirdPartyId       the department-approved third party whose report was posted before this
 *                           re-inspection (108.10 F.2.2.1), with the day of its report and a summary
 * @param hours              108.10 F.2.1, F.2.2.2: the hours the department's re-inspection of a HIFR
 *                           contractor took, charged by the hour (required on such a result, refused on others)
 */
public record RecordResult(
        Long requestId,
        Long permitId,
        @Size(max = 40) String inspectionType,
        @NotNull InspectionOutcome outcome,
        LocalDateTime inspectedAt,
        @Size(max = 60) String inspector,
        @Size(max = 2000) String notes,
        @Size(max = 50) List<@Valid @NotNull DefectInput> defects,
        @Size(max = 200) List<@NotNull Long> correctedDefectIds,
        Long thirdPartyId,
        java.time.LocalDate thirdPartyReportOn,
        @Size(max = 1000) String thirdPartyReport,
        java.math.BigDecimal hours) {

    /** A result without a third party's report (a factory: JSON-B needs a record to have one constructor). */
    public static RecordResult of(
            Long requestId,
            Long permitId,
            String inspectionType,
            InspectionOutcome outcome,
            LocalDateTime inspectedAt,
            String inspector,
            String notes,
            List<DefectInput> defects,
            List<Long> correctedDefectIds) {
        return new RecordResult(
                requestId,
                permitId,
                inspectionType,
                outcome,
                inspectedAt,
                inspector,
                notes,
                defects,
                correctedDefectIds,
                null,
                null,
                null,
                null);
    }

    /** The same result with {@code hours} (108.10 F.2.1: a re-inspection charged by the hour). */
    public RecordResult withHours(java.math.BigDecimal hours) {
        return new RecordResult(
                requestId,
                permitId,
                inspectionType,
                outcome,
                inspectedAt,
                inspector,
                notes,
                defects,
                correctedDefectIds,
                thirdPartyId,
                thirdPartyReportOn,
                thirdPartyReport,
                hours);
    }

    /**
     * A defect: the code section, what is wrong, where, and a note. With {@code libraryEntryId}, the code section and
     * the standard wording come from that defect library entry, the one in force on the inspection's day for the
     * permit's trade (ADR 0051); without, {@code codeSection} and {@code description} are written out.
     */
    public record DefectInput(
            Long libraryEntryId,
            @Size(max = 40) String codeSection,
            @Size(max = 500) String description,
            @Size(max = 200) String location,
            @Size(max = 500) String note) {

        /** A defect written out (code section, description, location), without a note. */
        public static DefectInput written(String codeSection, String description, String location) {
            return new DefectInput(null, codeSection, description, location, null);
        }
    }
}
