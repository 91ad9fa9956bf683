package org.tryon.fees.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tryon.fees.ledger.domain.Account;
import org.tryon.fees.ledger.domain.PostingLine;
import org.tryon.fees.module.application.FeeQueriesAdapter;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.money.Money;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.settings.Settings;

/** Reading accounts: balances and statements; receiving payments. Other modules' questions are answered by {@link FeeQueriesAdapter}. */
@ApplicationScoped
@Transactional
public class Accounts {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Ledger ledger;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    public List<AccountView> list() {
        java.util.Map<Long, Money> balances = new java.util.HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> sums = em.createNativeQuery(
                        "select account_id, sum(amount) from fees_posting_line group by account_id")
                .getResultList();
        for (Object[] row : sums) {
            balances.put(((Number) row[0]).longValue(), amount(row[1]));
        }
        return em.createQuery("select a from Account a order by a.kind, a.name", Account.class).getResultList().stream()
                .map(a -> view(a, balances.getOrDefault(a.getId(), Money.ZERO)))
                .toList();
    }

    public AccountView get(long id) {
        Account a = find(id);
        return view(a, balance(a));
    }

    /**
     * A window of the account's entries counted from the newest: {@code skip} newest entries left out, then at most
     * {@code size} entries, answered oldest first, each with the balance after it, and how many entries the account has.
     * Read through the index of the account's lines (by posting) from its newest end, so an account with ten years of
     * entries answers its latest page as fast as a new one; the running balance starts from the balance less the entries
     * after the window.
     */
    public org.tryon.platform.lists.ListPage<EntryView> entries(long id, int skip, int size) {
        Account a = find(id);
        long total = em.createQuery("select count(l) from PostingLine l where l.account = :a", Long.class)
                .setParameter("a", a)
                .getSingleResult();
        List<PostingLine> lines = new ArrayList<>(em.createQuery(
                        "select l from PostingLine l join fetch l.posting where l.account = :a "
                                + "order by l.posting.id desc, l.id desc",
                        PostingLine.class)
                .setParameter("a", a)
                .setFirstResult(skip)
                .setMaxResults(size)
                .getResultList());
        java.util.Collections.reverse(lines);
        Money after = Money.ZERO;
        if (skip > 0) {
            after = amount(em.createNativeQuery("select coalesce(sum(t.amount), 0) from (select l.amount from "
                            + "fees_posting_line l where l.account_id = ?1 order by l.posting_id desc, l.id desc "
                            + "limit ?2) t")
                    .setParameter(1, a.getId())
                    .setParameter(2, skip)
                    .getSingleResult());
        }
        Money running = balance(a).minus(after);
        for (PostingLine l : lines) {
            running = running.minus(l.getAmount());
        }
        List<EntryView> entries = new ArrayList<>();
        for (PostingLine l : lines) {
            running = running.plus(l.getAmount());
            var p = l.getPosting();
            entries.add(new EntryView(
                    p.getId(),
                    p.getPostedAt(),
                    p.getEffectiveDate(),
                    p.getFeeCode(),
                    p.getDescription(),
                    p.getCauseType(),
                    p.getCauseId(),
                    l.getAmount().amount(),
                    running.amount()));
        }
        return new org.tryon.platform.lists.ListPage<>(entries, total, skip, size);
    }

    /** Applies a payment received from the account's holder; the same payment (method and reference) is never applied twice. */
    public AccountView recordPayment(long id, RecordPayment command) {
        Inputs.valid(validator, command);
        Account a = find(id);
        if (a.getKind() != Account.Kind.CUSTOMER) {
            throw new RuleViolationException(
                    "accountId", "customer-account", "Payments are received on customer accounts only");
        }
        ledger.pay(
                a,
                Money.of(command.amount()),
                command.method().name(),
                command.reference().trim().toUpperCase(),
                LocalDate.now(clock),
                user.name());
        em.flush();
        return get(id);
    }

    private Money balance(Account a) {
        Object sum = em.createNativeQuery(
                        "select coalesce(sum(amount), 0) from fees_posting_line where account_id = ?1")
                .setParameter(1, a.getId())
                .getSingleResult();
        return amount(sum);
    }

    private static Money amount(Object sum) {
        return Money.of(new BigDecimal(String.valueOf(sum)).setScale(2, java.math.RoundingMode.UNNECESSARY));
    }

    private static AccountView view(Account a, Money balance) {
        return new AccountView(
                a.getId(), a.getCode(), a.getKind().name(), a.getName(), a.getContractorId(), balance.amount());
    }

    private Account find(long id) {
        Account a = em.find(Account.class, id);
        if (a == null) {
            throw new RecordNotFoundException("account", id);
        }
        return a;
    }
}
