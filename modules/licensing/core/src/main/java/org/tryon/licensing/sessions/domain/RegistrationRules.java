package org.tryon.licensing.sessions.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.OptionalInt;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * The rules of registering for, moving and leaving an exam session (106; 107.1.5 C; the domain facts "Licensing
 * examinations"). Every number comes from the examination rule in force on the session day (fee, retake waiting
 * period, attempt limit) or from a licensing setting (payment hold, change deadline). Each refusal names the field
 * and the rule.
 */
public final class RegistrationRules {

    private RegistrationRules() {}

    /** What registration reads of a candidate's application (owned by eligibility). */
    public record ApplicationFacts(
            long id, long candidateId, String certificateType, String status, LocalDate eligibleUntil) {}

    /** What registration reads of a candidate's results for the type: attempts with a current result, the latest day taken. */
    public record AttemptFacts(int attempts, LocalDate lastTakenOn) {}

    /**
     * 106: only an eligible application registers, for its own certificate type, and its eligibility must still stand on
     * the session day ({@code eligible_until} on or after it).
     */
    public static void requireEligible(ApplicationFacts app, String sessionType, LocalDate sessionDay) {
        if (!"ELIGIBLE".equals(app.status())) {
            throw new RuleViolationException(
                    "applicationId",
                    "106 eligible",
                    "Application " + app.id() + " is " + app.status()
                            + ": only an application decided ELIGIBLE registers for an examination (106)");
        }
        if (!app.certificateType().equals(sessionType)) {
            throw new RuleViolationException(
                    "sessionId",
                    "certificate-type",
                    "Application " + app.id() + " is for " + app.certificateType() + "; the session examines "
                            + sessionType);
        }
        if (app.eligibleUntil() == null || app.eligibleUntil().isBefore(sessionDay)) {
            throw new RuleViolationException(
                    "applicationId",
                    "106 eligibility-lapsed",
                    "The eligibility of application " + app.id()
                            + " lapses " + UsFormat.date(app.eligibleUntil()) + ", before the session day "
                            + UsFormat.date(sessionDay)
                            + ": eligibility must stand on the day of the examination (106)");
        }
    }

    /**
     * Licensing examinations (the homeowner electrical test may be taken once; a waiting period before a retake): refused
     * when the attempts made reach the rule's limit, or when the session day is before the last exam day plus the
     * waiting period. The retake is accepted on the day the waiting period ends, refused the day before.
     */
    public static void requireRetakeAllowed(
            AttemptFacts attempts,
            OptionalInt maxAttempts,
            int retakeWaitDays,
            LocalDate sessionDay,
            String certificateType) {
        if (maxAttempts.isPresent() && attempts.attempts() >= maxAttempts.getAsInt()) {
            throw new RuleViolationException(
                    "applicationId",
                    "attempt-limit",
                    "The candidate has made " + attempts.attempts() + " attempt"
                            + (attempts.attempts() == 1 ? "" : "s") + " at " + certificateType
                            + "; the rule in force on " + UsFormat.date(sessionDay) + " allows "
                            + maxAttempts.getAsInt() + " (Licensing examinations: attempt limit)");
        }
        if (attempts.lastTakenOn() != null) {
            LocalDate earliest = earliestRetake(attempts.lastTakenOn(), retakeWaitDays);
            if (sessionDay.isBefore(earliest)) {
                throw new RuleViolationException(
                        "sessionId",
                        "retake-wait",
                        "The candidate last took " + certificateType + " on "
                                + UsFormat.date(attempts.lastTakenOn()) + "; the waiting period of " + retakeWaitDays
                                + " days in force on " + UsFormat.date(sessionDay)
                                + " ends " + UsFormat.date(earliest)
                                + ": choose a session on or after that day (Licensing examinations: retake waiting period)");
            }
        }
    }

    /** The first day a retake may be sat: the last exam day plus the waiting period. */
    public static LocalDate earliestRetake(LocalDate lastTakenOn, int retakeWaitDays) {
        return lastTakenOn.plusDays(retakeWaitDays);
    }

    /** Never more registrations holding seats than seats (counted under the session's lock). */
    public static void requireSeat(long sessionId, int seats, long holding) {
        if (holding >= seats) {
            throw new RuleViolationException(
                    "sessionId",
                    "seats",
                    "Session " + sessionId + " is full: " + holding + " of " + seats + " seats are taken");
        }
    }

    /**
     * When an unpaid registration's hold ends, judged by the hold in force when it was made (107.1.5 C; ADR 0035): its
     * recorded hold; for a row without one (inserted by another part), the time it was made plus the hours of
     * {@code licensing.payment-hold-hours} in force that day; null when neither is known (such a row keeps its seat).
     */
    public static Instant holdEnds(Instant holdUntil, Instant registeredAt, int hoursWhenMade) {
        if (holdUntil != null) {
            return holdUntil;
        }
        return registeredAt == null ? null : registeredAt.plus(java.time.Duration.ofHours(hoursWhenMade));
    }

    /**
     * Whether the payment hold of a registration has lapsed at {@code now}, so the seat is released: only a registration
     * still awaiting payment, from the moment its hold ends (the moment it stops counting against the seats).
     */
    public static boolean holdLapsed(Registration.Status status, Instant holdEnds, Instant now) {
        return status == Registration.Status.AWAITING_PAYMENT && holdEnds != null && !now.isBefore(holdEnds);
    }

    /**
     * Whether a registration holds a seat at {@code now}: a confirmed, checked-in or completed one always; one awaiting
     * payment until its hold ends (one without a recorded hold, inserted by another part, holds: never oversell).
     */
    public static boolean holdsSeat(Registration.Status status, Instant holdUntil, Instant now) {
        return switch (status) {
            case CONFIRMED, CHECKED_IN, COMPLETED -> true;
            case AWAITING_PAYMENT -> holdUntil == null || now.isBefore(holdUntil);
            default -> false;
        };
    }

    /** A session takes registrations until it starts. */
    public static void requireNotStarted(long sessionId, LocalDateTime startsAt, LocalDateTime now) {
        if (!now.isBefore(startsAt)) {
            throw new RuleViolationException(
                    "sessionId",
                    "session-started",
                    "Session " + sessionId + " started " + UsFormat.dateTime(startsAt)
                            + ": choose a session that has not begun");
        }
    }

    /** The last day a registration in a session on {@code sessionDay} may be rescheduled or cancelled without forfeiting the fee. */
    public static LocalDate changeDeadline(LocalDate sessionDay, int deadlineDays) {
        return sessionDay.minusDays(deadlineDays);
    }

    /** Rescheduling: allowed on or before the deadline, refused the day after (licensing.change-deadline-days). */
    public static void requireBeforeDeadline(String field, LocalDate sessionDay, int deadlineDays, LocalDate today) {
        LocalDate deadline = changeDeadline(sessionDay, deadlineDays);
        if (today.isAfter(deadline)) {
            throw new RuleViolationException(
                    field,
                    "change-deadline",
                    "The session is on " + UsFormat.date(sessionDay) + "; a registration is moved no later than "
                            + deadlineDays + " days before it (" + UsFormat.date(deadline) + "); today is "
                            + UsFormat.date(today));
        }
    }

    /**
     * What happens to the fee when a registration is cancelled: an unpaid charge is always credited (the seat was never
     * confirmed); a paid one is credited when cancelled on or before the deadline, forfeited after it.
     */
    public static boolean creditOnCancel(
            Registration.Status from, LocalDate sessionDay, int deadlineDays, LocalDate today) {
        return from == Registration.Status.AWAITING_PAYMENT || !today.isAfter(changeDeadline(sessionDay, deadlineDays));
    }
}
