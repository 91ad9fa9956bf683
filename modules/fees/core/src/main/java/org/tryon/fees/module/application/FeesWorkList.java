package org.tryon.fees.module.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.tryon.fees.ledger.application.AccountLedger;
import org.tryon.platform.home.HomeCard;
import org.tryon.platform.home.Viewer;
import org.tryon.platform.home.WorkListSection;
import org.tryon.platform.security.Roles;

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
                        : money(pastDue) + " past due; the oldest since "
                                + accounts.get(0)
                                        .oldestDueOn()
                                        .format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US))
                                + " (108.8 F.3)"));
    }

    /** Dollars with separators and cents: $1,776.00. */
    static String money(BigDecimal amount) {
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.US);
        return f.format(amount);
    }
}
