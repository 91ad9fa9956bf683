package org.tryon.governance.roster.application;

import java.time.LocalDate;
import java.util.List;

/** A body with its seats: each seat's organisations, dates, current member and every term. */
public record CommissionView(long id, String code, String name, List<SeatView> seats) implements java.io.Serializable {

    public record SeatView(
            int number,
            String title,
            List<String> organisations,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            boolean chairSeat,
            boolean inEffect,
            Long currentPersonId,
            String currentMember,
            LocalDate termStart,
            LocalDate termEnd,
            List<AppointmentView> appointments)
            implements java.io.Serializable {

        /** A seat in effect today with no member. */
        public boolean vacant() {
            return inEffect && currentMember == null;
        }
    }

    public record AppointmentView(
            long id,
            long personId,
            String memberName,
            LocalDate termStart,
            LocalDate termEnd,
            LocalDate appointedOn,
            String appointedBy,
            String actionNote,
            LocalDate endedOn,
            String endReason)
            implements java.io.Serializable {}
}
