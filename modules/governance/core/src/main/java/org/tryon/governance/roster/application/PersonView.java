package org.tryon.governance.roster.application;

import java.util.List;

/** A person with the terms they served or serve, on every body. */
public record PersonView(
        long id,
        String fullName,
        String email,
        String phone,
        String address,
        boolean countyResident,
        long version,
        List<Term> terms)
        implements java.io.Serializable {

    /** A term of the person: body, seat, dates, and why it ended early if it did. */
    public record Term(
            long appointmentId,
            String commission,
            int seatNumber,
            String seatTitle,
            java.time.LocalDate termStart,
            java.time.LocalDate termEnd,
            java.time.LocalDate endedOn,
            String endReason)
            implements java.io.Serializable {}
}
