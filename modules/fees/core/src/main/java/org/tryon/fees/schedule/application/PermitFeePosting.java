package org.tryon.fees.schedule.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tryon.fees.ledger.application.Ledger;
import org.tryon.fees.ledger.domain.Account;
import org.tryon.fees.schedule.domain.BilledPermit;
import org.tryon.fees.schedule.domain.ScheduledFee;
import org.tryon.permitting.api.PermitIssued;

/**
 * 108.9: when a permit is issued, its fee, priced by the line of the fee schedule in force on the
 * issue date, is charged to the holder's account, and fees keeps its own record of the permit
 * ({@link BilledPermit}: project, master permit). Runs inside the outbox delivery transaction: the
 * posting and the message's "delivered" mark commit together; a second delivery changes nothing.
 */
@ApplicationScoped
public class PermitFeePosting {

    public static final String FEE_CODE = ScheduledFee.PERMIT_FEE.name();

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    FeeSchedules schedules;

    void onPermitIssued(@Observes PermitIssued issued) {
        if (em.find(BilledPermit.class, issued.permitId().value()) == null) {
            em.persist(BilledPermit.of(issued));
        }
        FeeSchedules.Priced fee = schedules.price(
                ScheduledFee.PERMIT_FEE, issued.trade(), issued.constructionValue(), null, issued.issuedOn());
        Account account = ledger.customerAccount(issued.holder());
        ledger.charge(
                account,
                fee.amount(),
                FEE_CODE,
                "Permit fee, " + issued.permitNumber() + " (" + issued.trade().label() + ", " + issued.projectAddress()
                        + "): " + fee.explanation(),
                "permit",
                String.valueOf(issued.permitId().value()),
                issued.issuedOn(),
                "system",
                issued.permitId().value());
    }
}
