package org.tryon.inspections.requests.application;

import java.time.Instant;
import java.time.LocalDate;
import org.tryon.inspections.requests.domain.InspectionRequest;
import org.tryon.inspections.requests.domain.UrgentReason;

/**
 * A request for an inspection.
 *
 * @param urgent       outage notice of December 2017: urgent, for {@code urgentReason}
 * @param districtCode the district of the permit's address (null when its ZIP code is not in a district)
 * @param inspectorId  the inspector it is assigned to; null while unassigned
 * @param hifrOption   108.10 F.2: what a HIFR contractor chose (INITIAL, THIRD_PARTY, DEPARTMENT_HOURLY); null off the list
 * @param madeOn       the day the request was made: the day it was keyed in, or the earlier day staff gave (outage notice of December 2017)
 * @param duplicateOf  a request stored twice before a request was made once per permit, type and day: the earliest of its group
 *                     (ADR 0024); null otherwise
 */
public record InspectionRequestView(
        long id,
        long permitId,
        String permitNumber,
        String inspectionType,
        LocalDate scheduledFor,
        String requestedBy,
        String contactPhone,
        String status,
        Instant createdAt,
        boolean urgent,
        UrgentReason urgentReason,
        String urgentNote,
        String districtCode,
        Long inspectorId,
        String hifrOption,
        LocalDate madeOn,
        Long duplicateOf)
        implements java.io.Serializable {

    public static InspectionRequestView of(InspectionRequest r) {
        return new InspectionRequestView(
                r.getId(),
                r.getPermitId(),
                r.getPermitNumber(),
                r.getInspectionType(),
                r.getScheduledFor(),
                r.getRequestedBy(),
                r.getContactPhone(),
                r.getStatus().name(),
                r.getCreatedAt(),
                r.isUrgent(),
                r.getUrgentReason(),
                r.getUrgentNote(),
                r.getDistrictCode(),
                r.getInspectorId(),
                r.getHifrOption() == null ? null : r.getHifrOption().name(),
                r.getMadeOn() != null
                        ? r.getMadeOn()
                        : r.getCreatedAt()
                                .atZone(java.time.ZoneId.of("America/New_York"))
                                .toLocalDate(),
                r.getDuplicateOf());
    }
}
