package org.tryon.governance.application;

import java.time.LocalDate;
import java.util.List;

public record CommissionView(long id, String code, String name, List<SeatView> seats) {

    public record SeatView(int number, String title, String currentMember, LocalDate termStart, LocalDate termEnd,
            List<AppointmentView> appointments) {
    }

    public record AppointmentView(long id, String memberName, LocalDate termStart, LocalDate termEnd, LocalDate appointedOn) {
    }
}
