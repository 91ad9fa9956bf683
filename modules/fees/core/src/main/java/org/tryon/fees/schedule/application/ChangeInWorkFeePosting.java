package org.tryon.fees.schedule.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.tryon.fees.ledger.application.Ledger;
import org.tryon.permitting.api.ChangeInWorkApproved;

/**
 * 108.8.2, 108.9: the additional fee the CEO required for a substantial change in work, charged to
 * the permit holder's account once per change (a redelivered event posts nothing more). Runs inside
 * the outbox delivery transaction.
 */
@ApplicationScoped
public class ChangeInWorkFeePosting {

    public static final String FEE_CODE = "CHANGE_IN_WORK";

    @Inject
    Ledger ledger;

    void onApproved(@Observes ChangeInWorkApproved approved) {
        if (!approved.additionalFee().isPositive()) {
            return;
        }
        ledger.charge(
                ledger.customerAccount(approved.holder()),
                approved.additionalFee(),
                FEE_CODE,
                "Additional fee for a substantial change in work, " + approved.permitNumber() + " (108.8.2, 108.9)",
                "change-in-work",
                String.valueOf(approved.changeId().value()),
                approved.approvedOn(),
                "system");
    }
}
