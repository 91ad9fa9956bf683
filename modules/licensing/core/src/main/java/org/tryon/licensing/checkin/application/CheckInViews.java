package org.tryon.licensing.checkin.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.tryon.platform.text.UsFormat;

/** What the check-in screens and API show. */
public final class CheckInViews {

    private CheckInViews() {}

    /** An exam session as the proctor chooses it. */
    public record SessionView(
            long id,
            String certificateType,
            String certificateName,
            LocalDate sessionDate,
            LocalTime startsAt,
            String site,
            String room,
            int seats,
            String proctor,
            String delegate,
            String status,
            int registered)
            implements java.io.Serializable {

        public String label() {
            return UsFormat.date(sessionDate) + " " + UsFormat.time(startsAt) + " " + certificateName + ", " + site
                    + " " + room;
        }
    }

    /** One accommodation as the roster shows it. */
    public record AccommodationLine(long id, String kind, String label, Integer extraMinutes, String status)
            implements java.io.Serializable {

        public String text() {
            return label
                    + (extraMinutes == null ? "" : " +" + extraMinutes + " min")
                    + ("APPROVED".equals(status) ? "" : " (" + status.toLowerCase() + ")");
        }
    }

    /** A registration on the roster. */
    public record RosterLine(
            long registrationId,
            long candidateId,
            String candidateName,
            String status,
            int extraMinutes,
            List<AccommodationLine> accommodations,
            String accessCode,
            LocalDateTime checkedInAt,
            String formCode,
            String idKind,
            String idLastDigits,
            Integer minutesLate)
            implements java.io.Serializable {

        public String accommodationText() {
            return String.join(
                    "; ", accommodations.stream().map(AccommodationLine::text).toList());
        }

        public boolean checkInOpen() {
            return "CONFIRMED".equals(status);
        }
    }

    /** The proctor's roster of a session, ordered by name. */
    public record RosterView(
            SessionView session, int lateArrivalMinutes, LocalDateTime admittedUntil, List<RosterLine> lines)
            implements java.io.Serializable {}

    /** A check-in as recorded; the access code is what the candidate types at the kiosk. */
    public record CheckInView(
            long registrationId,
            long sessionId,
            String candidateName,
            String status,
            LocalDateTime checkedInAt,
            long formId,
            String formCode,
            String accessCode,
            String idKind,
            String idLastDigits,
            String nameOnDocument,
            Long nameChangeId,
            int minutesLate,
            String checkedInBy)
            implements java.io.Serializable {}

    public record NameChangeView(
            long id, long candidateId, String nameOnDocument, String evidence, String recordedBy, Instant recordedAt)
            implements java.io.Serializable {}

    public record AccommodationView(
            long id,
            long registrationId,
            long sessionId,
            String candidateName,
            LocalDate sessionDate,
            LocalTime startsAt,
            String kind,
            String kindLabel,
            Integer extraMinutes,
            String description,
            String documentReference,
            String documentName,
            String documentType,
            String status,
            String requestedBy,
            Instant requestedAt,
            String decidedBy,
            Instant decidedAt,
            String decisionReason)
            implements java.io.Serializable {

        public boolean hasDocument() {
            return documentType != null;
        }
    }

    public record ReferralView(
            long id,
            LocalDate referredOn,
            LocalDate decidedOn,
            String decisionReference,
            String outcome,
            String decidedBy)
            implements java.io.Serializable {}

    public record IrregularityView(
            long id,
            long registrationId,
            long sessionId,
            String candidateName,
            String kind,
            String kindLabel,
            LocalDateTime occurredAt,
            String description,
            boolean invalidates,
            String recordedBy,
            Instant recordedAt,
            ReferralView referral)
            implements java.io.Serializable {}

    /** A document uploaded with an accommodation request. */
    public record Document(String name, String mediaType, byte[] content) implements java.io.Serializable {}
}
