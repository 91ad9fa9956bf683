package org.tryon.governance.participation.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An application for a seat as the clerk sees it: the applicant, what is sought, and what became of it: reviewed,
 * forwarded in a packet (when, by whom, to which body), appointed (the body's action and date).
 */
public record ApplicationView(
        long id,
        String reference,
        String commission,
        Integer seatNumber,
        String seatTitle,
        String organisation,
        String fullName,
        String address,
        boolean countyResident,
        String email,
        String phone,
        String qualifications,
        LocalDateTime receivedAt,
        String receivedVia,
        String enteredBy,
        String status,
        LocalDateTime reviewedAt,
        String reviewedBy,
        String reviewNote,
        Long personId,
        Long packetId,
        String forwardedTo,
        LocalDateTime forwardedAt,
        String forwardedBy,
        Long appointmentId,
        String appointedBy,
        LocalDate appointedOn,
        String actionNote,
        LocalDate termStart,
        LocalDateTime withdrawnAt)
        implements java.io.Serializable {

    /** What an applicant is told: the reference number, nothing of the record. */
    public record Receipt(String reference, String message) implements java.io.Serializable {}

    /** A seat one may apply for: the body, the seat's number and title, its recommending organisations. */
    public record SeatChoice(String commission, String commissionName, int number, String title, String organisations)
            implements java.io.Serializable {

        /** The value a form sends: BDC:3. */
        public String key() {
            return commission + ":" + number;
        }
    }

    /** A packet of applications for one seat, forwarded to the appointing body. */
    public record Packet(
            long id,
            String commission,
            int seatNumber,
            String seatTitle,
            List<String> organisations,
            String forwardedTo,
            LocalDateTime forwardedAt,
            String forwardedBy,
            String note,
            List<ApplicationView> applications)
            implements java.io.Serializable {}
}
