package org.tryon.fees.hifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tryon.fees.ledger.application.Ledger;
import org.tryon.fees.schedule.application.FeeSchedules;
import org.tryon.fees.schedule.domain.BilledPermit;
import org.tryon.fees.schedule.domain.ScheduledFee;
import org.tryon.inspections.api.HifrReinspectionCharged;
import org.tryon.inspections.api.HifrSpecialFeeDue;
import org.tryon.inspections.api.InspectionBeyondAllocation;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.text.UsFormat;

/**
 * The charges inspections tells fees about, each priced by the fee schedule on the date its rule
 * names and posted once per cause (a redelivered event posts nothing more). Each runs inside the
 * outbox delivery transaction.
 */
@ApplicationScoped
public class InspectionChargePosting {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    FeeSchedules schedules;

    /**
     * 108.10 F.2.1, F.2.2.2, F.4: the department's re-inspection of a HIFR contractor by the hour,
     * priced on the inspection day for the hours the inspector recorded, charged to the contractor whose work it is: under a master permit,
     * the MEP contractor's account, not the general contractor's (F.4).
     */
    void onHifrReinspection(@Observes HifrReinspectionCharged charged) {
        Trade trade = Trade.valueOf(charged.discipline());
        // F.2.1 "on an hourly basis": the hours the inspector recorded (the line's minimum hours when more)
        FeeSchedules.Priced fee =
                schedules.price(ScheduledFee.HIFR_HOURLY, trade, null, charged.hours(), charged.inspectedOn());
        BilledPermit permit = em.find(BilledPermit.class, charged.permitId().value());
        String master = permit == null || permit.masterHolder() == null
                ? ""
                : "; under the master permit of " + permit.masterHolder().name() + " (108.10 F.4)";
        ledger.charge(
                ledger.customerAccount(
                        PermitHolder.contractor(charged.contractorId().value(), charged.contractorName())),
                fee.amount(),
                ScheduledFee.HIFR_HOURLY.name(),
                "HIFR re-inspection by the hour, " + charged.permitNumber() + " on "
                        + UsFormat.words(charged.inspectedOn())
                        + (charged.hours() == null
                                ? ", hours not recorded"
                                : ", " + charged.hours().stripTrailingZeros().toPlainString() + " h recorded")
                        + " (108.10 F.2.1, F.2.2.2): " + fee.explanation() + master,
                "inspection-result",
                String.valueOf(charged.resultId().value()),
                charged.inspectedOn(),
                "system",
                charged.permitId().value());
    }

    /** 108.10 F.3: the special permit fee, once per contractor, discipline and quarter, priced on the quarter's last day. */
    void onSpecialFee(@Observes HifrSpecialFeeDue due) {
        LocalDate on = lastDayOf(due.quarter());
        Trade trade = Trade.valueOf(due.discipline());
        FeeSchedules.Priced fee = schedules.price(ScheduledFee.HIFR_SPECIAL, trade, null, null, on);
        ledger.charge(
                ledger.customerAccount(
                        PermitHolder.contractor(due.contractorId().value(), due.contractorName())),
                fee.amount(),
                ScheduledFee.HIFR_SPECIAL.name(),
                "HIFR special permit fee, " + trade.label() + " " + due.quarter() + " (108.10 F.3: " + due.failures()
                        + " of " + due.inspections() + " inspections failed, " + due.ratePercent() + " %): "
                        + fee.explanation(),
                "hifr-special",
                due.contractorId().value() + ":" + due.discipline() + ":" + due.quarter(),
                on,
                "system");
    }

    /** 108.10.4: an inspection beyond those the base fee includes, charged to the permit's holder, priced on the inspection day. */
    void onBeyondAllocation(@Observes InspectionBeyondAllocation beyond) {
        BilledPermit permit = em.find(BilledPermit.class, beyond.permitId().value());
        if (permit == null) {
            // the permit's PermitIssued is delivered first; until then the outbox delivers this again
            throw new IllegalStateException("fees does not know permit " + beyond.permitNumber() + " yet");
        }
        FeeSchedules.Priced fee =
                schedules.price(ScheduledFee.BEYOND_ALLOCATION, permit.getTrade(), null, null, beyond.inspectedOn());
        ledger.charge(
                ledger.customerAccount(permit.holder()),
                fee.amount(),
                ScheduledFee.BEYOND_ALLOCATION.name(),
                "Inspection " + beyond.count() + " of " + beyond.permitNumber() + ", beyond the " + beyond.included()
                        + " its base fee includes (" + beyond.basis() + ", 108.10.4): " + fee.explanation(),
                "inspection-result",
                String.valueOf(beyond.resultId().value()),
                beyond.inspectedOn(),
                "system",
                beyond.permitId().value());
    }

    static LocalDate lastDayOf(String quarter) {
        Matcher m = QUARTER.matcher(quarter);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a quarter: " + quarter);
        }
        return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) * 3)
                .atEndOfMonth();
    }
}
