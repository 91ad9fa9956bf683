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

    /** Entries the account page shows at a time, the newest first page. */
    static final int ENTRIES_PER_PAGE = 100;

    private Long id;
    private int entriesPage = 1;
    private AccountView account;
    private List<EntryView> entries;
    private long entryCount;
    private List<AccountView> list;

    public void load() {
        if (id != null) {
            try {
                account = accounts.get(id);
                var page = accounts.entries(id, (entriesPage - 1) * ENTRIES_PER_PAGE, ENTRIES_PER_PAGE);
                entries = page.rows();
                entryCount = page.total();
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

    /** Which page of entries: 1 the newest {@value #ENTRIES_PER_PAGE}, 2 the ones before, ... */
    public int getEntriesPage() {
        return entriesPage;
    }

    public void setEntriesPage(int entriesPage) {
        this.entriesPage = Math.max(1, entriesPage);
    }

    public int getEntriesPerPage() {
        return ENTRIES_PER_PAGE;
    }

    public long getEntryCount() {
        return entryCount;
    }

    /** True when older entries than this page's exist. */
    public boolean isOlderEntries() {
        return (long) entriesPage * ENTRIES_PER_PAGE < entryCount;
    }

    public AccountView getAccount() {
        return account;
    }

    public List<EntryView> getEntries() {
        return entries;
    }
}
