package org.tryon.inspections.assignment.application;

import java.time.LocalDate;
import java.util.List;
import org.tryon.inspections.assignment.domain.RouteOrder;

/**
 * An inspector's day: the requests assigned for the day in route order (urgent first, then by
 * district and address), with their load against capacity.
 */
public record DayListView(
        long inspectorId, String inspectorName, LocalDate day, int capacity, int load, List<Stop> stops)
        implements java.io.Serializable {

    /** One request of the day, numbered in route order. */
    public record Stop(
            int position,
            long requestId,
            long permitId,
            String permitNumber,
            String inspectionType,
            String inspectionName,
            String address,
            String districtCode,
            boolean urgent,
            String urgentReason,
            String urgentNote,
            String requestedBy,
            String contactPhone,
            String status)
            implements java.io.Serializable, RouteOrder.Stop {

        Stop at(int newPosition) {
            return new Stop(
                    newPosition,
                    requestId,
                    permitId,
                    permitNumber,
                    inspectionType,
                    inspectionName,
                    address,
                    districtCode,
                    urgent,
                    urgentReason,
                    urgentNote,
                    requestedBy,
                    contactPhone,
                    status);
        }

        /** Still to be inspected: the result entry records it. */
        public boolean open() {
            return "REQUESTED".equals(status);
        }
    }
}
