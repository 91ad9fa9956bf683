package org.tryon.licensing.checkin.domain;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * The proctor's check-in rules (107.1.5 C; domain facts "Licensing examinations": "a government photo ID matching
 * the registered name exactly"; late arrival by rule; a retaker gets another form where the bank allows).
 */
public final class CheckInRules {

    private CheckInRules() {}

    /** Only a confirmed (paid) seat is checked in. */
    public static void requireConfirmed(long registrationId, String status) {
        if (!"CONFIRMED".equals(status)) {
            throw new RuleViolationException(
                    "registrationId",
                    "check-in.confirmed",
                    "Only a confirmed registration is checked in: registration " + registrationId + " is " + status);
        }
    }

    /**
     * Whether the name on the identity document is the registered name: the same letters and words in the same order;
     * only letter case and the spacing between words are ignored (documents print names in capitals).
     */
    public static boolean sameName(String registered, String onDocument) {
        return normal(registered).equals(normal(onDocument));
    }

    private static String normal(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /** Refuses a name that does not match and has no approved name change, naming the rule. */
    public static void requireNameMatch(String registered, String onDocument, boolean approvedNameChange) {
        if (!sameName(registered, onDocument) && !approvedNameChange) {
            throw new RuleViolationException(
                    "nameOnDocument",
                    "check-in.name-match",
                    "Licensing examinations: a government photo ID matching the registered name exactly is required; the document reads '"
                            + onDocument + "', the registration '" + registered
                            + "' (an exam administrator records an approved name change first)");
        }
    }

    /**
     * Admits a candidate arriving at {@code arrival} to a session starting at {@code start}: on the session's day, up to
     * {@code lateLimitMinutes} after the start (at the limit itself still admitted).
     *
     * @return the whole minutes late (0 when on time)
     */
    public static int admit(LocalDateTime start, LocalDateTime arrival, int lateLimitMinutes) {
        if (!arrival.toLocalDate().equals(start.toLocalDate())) {
            throw new RuleViolationException(
                    "arrival",
                    "check-in.session-day",
                    "Check-in is on the session's day (" + UsFormat.date(start.toLocalDate()) + "), not on "
                            + UsFormat.date(arrival.toLocalDate()));
        }
        if (arrival.isAfter(start.plusMinutes(lateLimitMinutes))) {
            throw new RuleViolationException(
                    "arrival",
                    "check-in.late-arrival",
                    "Late arrival: a candidate is admitted up to " + lateLimitMinutes + " minutes after the start ("
                            + UsFormat.time(start.toLocalTime()) + "); it is "
                            + UsFormat.time(arrival.toLocalTime().withNano(0))
                            + " (setting licensing.late-arrival-minutes)");
        }
        return arrival.isAfter(start) ? (int) Duration.between(start, arrival).toMinutes() : 0;
    }

    /** Only the last digits of a document's number are kept, never the full number. */
    public static String lastDigits(String text) {
        String t = text == null ? "" : text.trim();
        if (!t.matches("[A-Za-z0-9]{2,4}")) {
            throw new RuleViolationException(
                    "idLastDigits",
                    "check-in.id-last-digits",
                    "Give the last 2 to 4 characters of the document's number only, never the full number");
        }
        return t.toUpperCase(Locale.ROOT);
    }

    /**
     * The form a candidate sits: a locked form of the session's type the candidate has not taken before; where the bank
     * has none, the one taken least often (the earliest in the list among equals).
     *
     * @param lockedForms the locked forms of the type, in a stable order (by code)
     * @param taken       how often the candidate took each form before
     */
    public static long chooseForm(String certificateType, List<Long> lockedForms, Map<Long, Integer> taken) {
        if (lockedForms.isEmpty()) {
            throw new RuleViolationException(
                    "formId",
                    "check-in.locked-form",
                    "There is no locked form for " + certificateType
                            + ": a form is assembled and locked before candidates are checked in");
        }
        long best = lockedForms.get(0);
        int fewest = Integer.MAX_VALUE;
        for (long form : lockedForms) {
            int times = taken.getOrDefault(form, 0);
            if (times < fewest) {
                fewest = times;
                best = form;
            }
        }
        return best;
    }

    /**
     * The form given at check-in holds questions (107.1.5 C.2: the examination is given from the locked form). Locking
     * needs a full form, so a locked form without items is bad data; the check-in refuses it rather than give a candidate
     * an empty exam.
     *
     * @param formCode the chosen form's code, for the message
     * @param items how many questions the form holds
     */
    public static void requireItems(String certificateType, String formCode, int items) {
        if (items < 1) {
            throw new RuleViolationException(
                    "formId",
                    "check-in.form-has-items",
                    "Form " + formCode + " (" + certificateType
                            + ") is locked but holds no questions: a candidate is never given an empty exam. Retire the form or lock a complete one before"
                            + " checking candidates in");
        }
    }
}
