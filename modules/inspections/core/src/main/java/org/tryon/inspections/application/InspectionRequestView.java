package org.tryon.inspections.application;

import java.time.Instant;
import java.time.LocalDate;
import org.tryon.inspections.domain.InspectionRequest;

public record InspectionRequestView(long id, long permitId, String permitNumber, String inspectionType, LocalDate scheduledFor,
        String requestedBy, String contactPhone, String status, Instant createdAt) {

    static InspectionRequestView of(InspectionRequest r) {
        return new InspectionRequestView(r.getId(), r.getPermitId(), r.getPermitNumber(), r.getInspectionType(), r.getScheduledFor(),
                r.getRequestedBy(), r.getContactPhone(), r.getStatus().name(), r.getCreatedAt());
    }
}
