package org.tryon.fees.ledger.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.tryon.fees.ledger.application.AccountView;
import org.tryon.fees.ledger.application.Accounts;
import org.tryon.fees.ledger.application.EntryView;
import org.tryon.permitting.api.ProjectPermits;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.web.FacesErrors;

/** The accounts list and one account's page (balance and entries with their causes). */
@Named
@RequestScoped
public class AccountsBean {

    @Inject
    Accounts accounts;

    @Inject
    ProjectPermits projectPermits;

    /** The numbers of the permits the page's entries are for (one read, asked of permitting through its api). */
    private Map<PermitId, String> permitNumbers;

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

    /** The number of the permit an entry is for, or null when its cause is not a permit (ADR 0053: a link, not an id). */
    public String permitNumber(EntryView e) {
        Long permit = permitIdOf(e);
        if (permit == null) {
            return null;
        }
        if (permitNumbers == null) {
            permitNumbers = projectPermits.permitNumbers(
                    entries == null
                            ? List.of()
                            : entries.stream()
                                    .map(AccountsBean::permitIdOf)
                                    .filter(java.util.Objects::nonNull)
                                    .map(PermitId::new)
                                    .toList());
        }
        return permitNumbers.get(new PermitId(permit));
    }

    /** The permit's id of an entry caused by a permit, or null. */
    public static Long permitIdOf(EntryView e) {
        if (!"permit".equals(e.causeType())
                || e.causeId() == null
                || !e.causeId().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(e.causeId());
    }

    /** The cause of an entry in words, for the causes that have no page of their own: "Payment #12", "Write off #3". */
    public static String causeLabel(EntryView e) {
        if (e.causeType() == null || e.causeType().isBlank()) {
            return "";
        }
        String words = e.causeType().replace('-', ' ').replace('_', ' ');
        return Character.toUpperCase(words.charAt(0))
                + words.substring(1)
                + (e.causeId() == null ? "" : " #" + e.causeId());
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
