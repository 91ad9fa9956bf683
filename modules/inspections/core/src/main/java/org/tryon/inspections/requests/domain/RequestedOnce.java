package org.tryon.inspections.requests.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * A call for an inspection is made once (108.10.1, calls for inspections; hardening "Concurrency"):
 * a permit has at most one open request (not yet inspected or cancelled) for an inspection type on a
 * scheduled day. A second one, however it comes (a double click, a retry, two staff keying in the same
 * phone call), is refused naming the request already made. Once that request is answered (a result
 * recorded: inspected, or cancelled) the inspection may be requested again for the day: a
 * re-inspection after a failed result is a new call, not a duplicate. The database holds the same rule as a unique index (ADR 0024), which
 * also refuses a twin made at the same moment that this check could not see yet.
 */
public final class RequestedOnce {

    /** The field the refusal names: the inspection type is what is requested twice. */
    public static final String FIELD = "inspectionType";

    /** The rule's name in a refusal. */
    public static final String RULE = "108.10.1 requested-once";

    /** The unique index of the database that holds the rule (V18). */
    public static final String INDEX = "uk_insp_request_once";

    private RequestedOnce() {}

    /** A request already stored for the same permit, inspection type and day. */
    public record Earlier(long id, InspectionRequest.Status status) {}

    /** The earlier request that stands in the way of a new one: the first still open; empty when there is none. */
    public static Optional<Earlier> standingIn(Collection<Earlier> sameDay) {
        return sameDay.stream()
                .filter(e -> e.status() == InspectionRequest.Status.REQUESTED)
                .min(Comparator.comparingLong(Earlier::id));
    }

    /** Refuses a new request when an earlier one for the same permit, type and day is still open. */
    public static void check(String permitNumber, String typeName, LocalDate day, Collection<Earlier> sameDay) {
        Optional<Earlier> earlier = standingIn(sameDay);
        if (earlier.isPresent()) {
            throw refusal(permitNumber, typeName, day, earlier.get().id());
        }
    }

    /**
     * The refusal; {@code earlierId} null when the earlier request is not known by its id (a twin made
     * at the same moment, refused by the database's index).
     */
    public static RuleViolationException refusal(String permitNumber, String typeName, LocalDate day, Long earlierId) {
        return new RuleViolationException(
                FIELD,
                RULE,
                "108.10.1: " + typeName + " on permit " + permitNumber + " is already requested for "
                        + UsFormat.date(day) + (earlierId == null ? "" : " (request " + earlierId + ")")
                        + " and not yet inspected; an inspection is requested "
                        + "once per day. Ask for another day, or request it again once that request has its result");
    }
}
