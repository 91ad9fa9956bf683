package org.tryon.fees.ledger.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.tryon.fees.ledger.application.AccountLedger;
import org.tryon.platform.web.FacesErrors;

/** 108.8 F.3: the accounts delinquent on a day (today by default), with their aging. */
@Named
@ViewScoped
public class DelinquentAccountsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountLedger ledger;

    @Inject
    Clock clock;

    private LocalDate on;
    private List<AccountLedger.DelinquentAccountView> accounts;

    @PostConstruct
    void init() {
        on = LocalDate.now(clock);
        load();
    }

    public void load() {
        try {
            accounts = ledger.delinquent(on == null ? LocalDate.now(clock) : on);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public List<AccountLedger.DelinquentAccountView> getAccounts() {
        return accounts;
    }
}
