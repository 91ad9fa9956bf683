package org.tryon.fees.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.tryon.fees.domain.Account;
import org.tryon.permitting.api.Trade;
import org.tryon.fees.domain.FeeSettings;
import org.tryon.fees.domain.PermitFeeSchedule;
import org.tryon.permitting.api.PermitIssued;
import org.tryon.platform.money.Money;
import org.tryon.platform.settings.Settings;

/**
 * 108.9: when a permit is issued, its fee, priced by the schedule in force on the issue date, is
 * charged to the contractor's account. Runs inside the outbox delivery transaction: the posting
 * and the message's "delivered" mark commit together.
 */
@ApplicationScoped
public class PermitFeePosting {

    public static final String FEE_CODE = "PERMIT_FEE";

    @Inject
    Ledger ledger;

    @Inject
    Settings settings;

    /** The permit fee of the schedule in force on {@code on} (108.9). */
    static Money fee(Settings settings, Trade trade, Money constructionValue, LocalDate on) {
        return new PermitFeeSchedule(settings.valueOn(FeeSettings.baseFor(trade), on), settings.valueOn(FeeSettings.PERMIT_PER_THOUSAND, on))
                .feeFor(constructionValue);
    }

    void onPermitIssued(@Observes PermitIssued issued) {
        Money fee = fee(settings, issued.trade(), issued.constructionValue(), issued.issuedOn());
        Account account = ledger.customerAccount(issued.holder());
        ledger.charge(account, fee, FEE_CODE, "Permit fee, " + issued.permitNumber() + " (" + issued.trade().label() + ", "
                + issued.projectAddress() + ")", "permit", String.valueOf(issued.permitId()), issued.issuedOn(), "system");
    }
}
