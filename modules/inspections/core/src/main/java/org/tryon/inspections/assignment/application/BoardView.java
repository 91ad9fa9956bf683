package org.tryon.inspections.assignment.application;

import java.time.LocalDate;
import java.util.List;
import org.tryon.inspections.assignment.domain.RouteOrder;
import org.tryon.platform.kernel.Trade;

/**
 * The supervisor's board of a day: each inspector's load against capacity, the requests of the day
 * (unassigned ones first, with why no inspector was chosen).
 */
public record BoardView(LocalDate day, List<InspectorLoad> inspectors, List<Request> requests, int unassigned)
        implements java.io.Serializable {

    /** An inspector's day: requests assigned (not cancelled) against the daily capacity; over capacity when the load exceeds it. */
    public record InspectorLoad(
            long inspectorId,
            String displayName,
            String userName,
            String trades,
            List<String> districts,
            int capacity,
            int load,
            int open,
            int urgent,
            boolean active,
            boolean overCapacity)
            implements java.io.Serializable {}

    /**
     * A request of the day. {@code note}: for an unassigned request, why the rule chose no one; for
     * one assigned to an inactive inspector, that it must move.
     */
    public record Request(
            long requestId,
            String permitNumber,
            String inspectionType,
            Trade trade,
            String districtCode,
            String address,
            boolean urgent,
            String urgentReason,
            String status,
            Long inspectorId,
            String inspectorName,
            String note)
            implements java.io.Serializable, RouteOrder.Stop {

        public boolean assigned() {
            return inspectorId != null;
        }
    }
}
