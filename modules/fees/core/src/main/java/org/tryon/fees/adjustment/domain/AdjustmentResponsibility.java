package org.tryon.fees.adjustment.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tryon.permitting.api.ProjectPermits.PermitOnProject;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.Trade;

/**
 * Re-Inspection Fee Program, "The responsibility or conduit for charges and credits": who receives the project's
 * re-inspection fee adjustment, and for which permits.
 *
 * <ol>
 * <li>The permit applicant (the holder of the project's permits) receives it and answers for the
 * defect rate of all its subcontractors; on a project with a building permit that is the general
 * contractor, the holder of the (oldest) building permit.</li>
 * <li>Projects with multiple trades but no general contractor (no building permit, several
 * holders): the lead contractor named by the Small Project Lead Contractor Schedule (data, ranked
 * trades in force on the day): the holder of the permit of the highest-ranked trade.</li>
 * <li>Commercial projects with multi-primes (a general contractor, the holder of a building permit,
 * and other contractors holding their own permits): "the general contractor and other prime
 * contractors will have individual code defect rate responsibility, unless they agree otherwise":
 * by default each prime answers for its own work (its own permits, its own rate); a recorded
 * agreement is the exception and names the one who receives the whole adjustment.</li>
 * </ol>
 * Cases the seed does not prescribe are for the Director (not automated).
 */
public final class AdjustmentResponsibility {

    /** Who receives an adjustment, for which permits, and why. */
    public record Responsible(PermitHolder holder, List<PermitOnProject> permits, String why) {}

    /** A recorded arrangement of a commercial multi-prime project (Re-Inspection Fee Program), or an agreement naming who answers for the whole project. */
    public enum Arrangement {
        PRIMES_INDIVIDUALLY,
        AGREED
    }

    private AdjustmentResponsibility() {}

    /**
     * @param counted      the project's permits that count (not cancelled), oldest first
     * @param leadSchedule the Small Project Lead Contractor Schedule in force: trades, highest rank first
     * @param arrangement  the recorded arrangement, if any
     * @param agreedHolder for {@link Arrangement#AGREED}, the holder the contractors agreed on
     */
    public static List<Responsible> of(
            List<PermitOnProject> counted,
            boolean residential,
            List<Trade> leadSchedule,
            Optional<Arrangement> arrangement,
            Optional<PermitHolder> agreedHolder) {
        if (counted.isEmpty()) {
            return List.of();
        }
        Map<PermitHolder, List<PermitOnProject>> byHolder = new LinkedHashMap<>();
        counted.forEach(p ->
                byHolder.computeIfAbsent(p.holder(), h -> new ArrayList<>()).add(p));
        if (arrangement.orElse(null) == Arrangement.AGREED
                && agreedHolder.isPresent()
                && byHolder.containsKey(agreedHolder.get())) {
            return List.of(
                    new Responsible(
                            agreedHolder.get(),
                            counted,
                            "Re-Inspection Fee Program: the contractors agreed that "
                                    + agreedHolder.get().name()
                                    + " answers for the whole project (a recorded agreement, the exception to individual responsibility)"));
        }
        Optional<PermitOnProject> building =
                counted.stream().filter(p -> p.trade() == Trade.BUILDING).findFirst();
        boolean recorded = arrangement.orElse(null) == Arrangement.PRIMES_INDIVIDUALLY;
        // Re-Inspection Fee Program: individual responsibility is the default of a commercial project with a general
        // contractor and other primes
        if (!residential && byHolder.size() > 1 && (recorded || building.isPresent())) {
            List<Responsible> primes = new ArrayList<>();
            String basis = recorded ? "as recorded" : "the default, no agreement recorded";
            byHolder.forEach((holder, permits) -> primes.add(new Responsible(
                    holder,
                    List.copyOf(permits),
                    "Re-Inspection Fee Program: commercial project with multi-primes, individual responsibility ("
                            + basis + "): " + holder.name() + " answers for its own work")));
            return primes;
        }
        if (byHolder.size() == 1) {
            PermitHolder holder = byHolder.keySet().iterator().next();
            return List.of(new Responsible(
                    holder,
                    counted,
                    "Re-Inspection Fee Program: " + holder.name() + " applied for and paid for the permits"));
        }
        if (building.isPresent()) {
            return List.of(new Responsible(
                    building.get().holder(),
                    counted,
                    "Re-Inspection Fee Program: " + building.get().holder().name()
                            + ", general contractor (building permit "
                            + building.get().number() + "), answers for all subcontractors"));
        }
        for (Trade trade : leadSchedule) {
            Optional<PermitOnProject> lead =
                    counted.stream().filter(p -> p.trade() == trade).findFirst();
            if (lead.isPresent()) {
                return List.of(new Responsible(
                        lead.get().holder(),
                        counted,
                        "Re-Inspection Fee Program: multiple trades and no general contractor: "
                                + lead.get().holder().name() + " (" + trade.label() + ", "
                                + lead.get().number()
                                + ") is the lead contractor by the Small Project Lead Contractor Schedule"));
            }
        }
        PermitOnProject first = counted.get(0);
        return List.of(new Responsible(
                first.holder(),
                counted,
                "Re-Inspection Fee Program: no trade of the project is on the Small Project Lead Contractor "
                        + "Schedule: the first permit's holder "
                        + first.holder().name() + " answers until the Director decides otherwise"));
    }
}
