package org.tryon.inspections.assignment.application;

import java.time.Instant;
import java.util.List;
import org.tryon.inspections.assignment.domain.InspectionAssignment;
import org.tryon.inspections.requests.application.InspectionRequestView;

/** One change of a request's assignment, from the log: automatic, none possible, or a supervisor's reassignment. */
public record AssignmentView(
        long id,
        long requestId,
        InspectionAssignment.Kind kind,
        Long inspectorId,
        String inspectorName,
        Long previousInspectorId,
        String previousInspectorName,
        boolean overCapacity,
        String note,
        Instant assignedAt,
        String assignedBy) {

    /** A reassignment as the supervisor sees it at once: the log entry, the request now, and the warnings (over capacity, outside district). */
    public record Reassigned(AssignmentView assignment, InspectionRequestView request, List<String> warnings) {}
}
