package org.tryon.inspections.assignment.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.text.UsFormat;

/**
 * The automatic assignment of a request (108.10 C: the inspection is requested for the permit's
 * work; the department's requirements "Assignment"). Eligible are the active inspectors of the permit's trade who cover
 * the permit's district. Among them the least loaded on the scheduled day takes the request:
 * fewest requests that day, then the most capacity left, then by name. An inspector at capacity
 * takes no more, and the request stays unassigned for the supervisor's board, except an urgent
 * one (outage notice of December 2017), which goes to the least loaded eligible inspector even beyond capacity: it is
 * worked first, and the supervisor sees the inspector over capacity on the board.
 */
public final class InspectorChoice {

    private InspectorChoice() {}

    /** An inspector as the choice sees them, with the number of requests already assigned for the day. */
    public record Candidate(
            long inspectorId,
            String name,
            boolean active,
            Set<Trade> trades,
            Set<String> districts,
            int capacity,
            int load) {

        public boolean eligibleFor(Trade trade, String district) {
            return active && trades.contains(trade) && district != null && districts.contains(district);
        }

        public int left() {
            return capacity - load;
        }

        static Candidate of(Inspector i, int load) {
            return new Candidate(
                    i.getId(),
                    i.getDisplayName(),
                    i.isActive(),
                    i.getTrades(),
                    i.getDistricts(),
                    i.getDailyCapacity(),
                    load);
        }
    }

    /**
     * The outcome: the inspector chosen (null: none, the request stays unassigned), whether the
     * choice puts them over capacity (urgent only), and why, in words for the assignment log.
     */
    public record Choice(Long inspectorId, boolean overCapacity, String explanation) {

        public boolean assigned() {
            return inspectorId != null;
        }
    }

    /** Least loaded first; ties: most capacity left, then name, then id (so the choice is always the same). */
    static final Comparator<Candidate> LEAST_LOADED = Comparator.comparingInt(Candidate::load)
            .thenComparing(Comparator.comparingInt(Candidate::left).reversed())
            .thenComparing(Candidate::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(Candidate::inspectorId);

    /** Builds the candidate of a stored inspector. */
    public static Candidate candidate(Inspector inspector, int load) {
        return Candidate.of(inspector, load);
    }

    public static Choice choose(List<Candidate> candidates, Trade trade, String district, boolean urgent) {
        String work = trade.label() + " work in district " + (district == null ? "(unknown)" : UsFormat.code(district));
        if (district == null) {
            return new Choice(
                    null, false, "The permit's address has no ZIP code of a known district; the supervisor assigns it");
        }
        List<Candidate> eligible = candidates.stream()
                .filter(c -> c.eligibleFor(trade, district))
                .sorted(LEAST_LOADED)
                .toList();
        if (eligible.isEmpty()) {
            return new Choice(null, false, "No active inspector of " + work);
        }
        for (Candidate c : eligible) {
            if (c.left() > 0) {
                return new Choice(
                        c.inspectorId(),
                        false,
                        "Least loaded of " + eligible.size() + " inspector(s) of " + work + ": " + c.load() + " of "
                                + c.capacity() + " before this one" + (urgent ? "; urgent" : ""));
            }
        }
        if (urgent) {
            Candidate c = eligible.get(0);
            return new Choice(
                    c.inspectorId(),
                    true,
                    "Urgent (outage notice): every inspector of " + work + " is at capacity; assigned beyond it to "
                            + "the least loaded (" + c.load() + " of " + c.capacity() + " before this one)");
        }
        return new Choice(
                null, false, "Every inspector of " + work + " is at capacity (" + eligible.size() + " inspector(s))");
    }
}
