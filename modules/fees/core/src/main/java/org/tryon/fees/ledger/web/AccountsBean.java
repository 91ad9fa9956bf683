package org.tryon.fees.ledger.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tryon.fees.ledger.application.AccountView;
import org.tryon.fees.ledger.application.Accounts;
import org.tryon.fees.ledger.application.EntryView;
import org.tryon.platform.web.FacesErrors;

/** The accounts list and one account's page (balance and entries with their causes). */
@Named
@RequestScoped
public class AccountsBean {

    @Inject
    Accounts accounts;

    private Long id;
    private AccountView account;
    private List<EntryView> entries;
    private List<AccountView> list;

    public void load() {
        if (id != null) {
            try {
                account = accounts.get(id);
                entries = accounts.entries(id);
            } catch (RuntimeException e) {
                FacesErrors.show(e);
            }
        }
    }

    public List<AccountView> getList() {
        if (list == null) {
            list = accounts.list();
        }
        return list;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AccountView getAccount() {
        return account;
    }

    public List<EntryView> getEntries() {
        return entries;
    }
}
