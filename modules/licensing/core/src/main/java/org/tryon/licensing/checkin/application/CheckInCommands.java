package org.tryon.licensing.checkin.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** What the proctor and the exam administrator send. */
public final class CheckInCommands {

    private CheckInCommands() {}

    /**
     * Check a candidate in: the identity document's kind (DRIVER_LICENCE, STATE_ID, PASSPORT, MILITARY_ID), the last 2 to 4
     * characters of its number (never the full number) and the name as the document prints it.
     */
    public record CheckIn(
            @NotBlank String idKind,
            @NotBlank @Size(max = 4) String idLastDigits,
            @NotBlank @Size(max = 150) String nameOnDocument) {}

    /**
     * Request an accommodation for a registration: kind (EXTRA_TIME, READER, SEPARATE_ROOM, OTHER), minutes for extra time,
     * a description and a document reference or the document itself (PDF, PNG or JPEG, base64, at most 2 MiB).
     */
    public record RequestAccommodation(
            long registrationId,
            @NotBlank String kind,
            Integer extraMinutes,
            @NotBlank @Size(max = 1000) String description,
            @Size(max = 200) String documentReference,
            @Size(max = 200) String documentName,
            String documentBase64) {}

    /** An approved name change of a candidate: the name as the identity document prints it, and the evidence. */
    public record RecordNameChange(
            long candidateId,
            @NotBlank @Size(max = 150) String nameOnDocument,
            @NotBlank @Size(max = 400) String evidence) {}

    /**
     * An irregularity at a sitting: kind (CHEATING, NOTES_IN_REFERENCE_BOOK, DISTURBANCE, TECHNICAL_PROBLEM, LEFT_ROOM,
     * OTHER), when (the county's time; now when left out) and what the proctor saw.
     */
    public record RecordIrregularity(
            long registrationId,
            @NotBlank String kind,
            LocalDateTime occurredAt,
            @NotBlank @Size(max = 2000) String description) {}

    /** The licensing subcommittee's decision on a referral: its day (yyyy-mm-dd), its reference and the outcome. */
    public record DecideReferral(
            @NotBlank String decidedOn,
            @NotBlank @Size(max = 100) String reference,
            @NotBlank @Size(max = 1000) String outcome) {}
}
