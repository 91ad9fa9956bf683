package org.tryon.fees.module.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.tryon.fees.ledger.application.AccountLedger;
import org.tryon.platform.home.HomeCard;
import org.tryon.platform.home.Viewer;
import org.tryon.platform.home.WorkListSection;
import org.tryon.platform.security.Roles;
import org.tryon.platform.text.UsFormat;

/**
 * Fees' card of the home page (ADR 0050), for the permit office (permit technician, director): the customer accounts
 * delinquent today (108.8 F.3: a billed charge unpaid after its due date) and what they owe past due, as the
 * delinquent accounts screen computes them. A read.
 */
@ApplicationScoped
public class FeesWorkList implements WorkListSection {

    @Inject
    AccountLedger ledger;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<HomeCard> cards(Viewer viewer) {
        if (!viewer.has(Roles.PERMIT_TECHNICIAN, Roles.ADMINISTRATOR)) {
            return List.of();
        }
        List<AccountLedger.DelinquentAccountView> accounts = ledger.delinquent(viewer.today());
        BigDecimal pastDue = accounts.stream()
                .map(AccountLedger.DelinquentAccountView::pastDue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return List.of(new HomeCard(
                "fees.delinquent",
                "Delinquent accounts",
                accounts.size(),
                "/fees/delinquent.xhtml",
                accounts.isEmpty()
                        ? "No account owes a billed charge past its due date (108.8 F.3)"
                        : UsFormat.money(pastDue) + " past due; the oldest since "
                                + UsFormat.date(accounts.get(0).oldestDueOn())
                                + " (108.8 F.3)"));
    }
}
