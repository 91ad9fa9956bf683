package org.tryon.fees.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tryon.fees.ledger.domain.Account;
import org.tryon.fees.ledger.domain.Aging;
import org.tryon.fees.ledger.domain.LedgerEntry;
import org.tryon.fees.ledger.domain.OpenCharges;
import org.tryon.fees.module.domain.FeeSettings;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.money.Money;
import org.tryon.platform.settings.SettingTimeline;
import org.tryon.platform.settings.Settings;
import org.tryon.platform.text.UsFormat;

/**
 * Ledger: reading a customer's account: its entries with their causes, what is unpaid and
 * how old (aging), whether it is delinquent (108.8 F.3), its payments with their refunds and its
 * statements. Customer-facing reading goes by the postings' effective dates (the billing date of a
 * charge, the day a payment was received).
 */
@ApplicationScoped
@Transactional
public class AccountLedger {

    /** The entries of accounts, as the rules read them. */
    static final String ENTRIES =
            "select new org.tryon.fees.ledger.domain.LedgerEntry(l.account.id, p.id, p.effectiveDate, p.postedAt, p.postedBy, p.feeCode, "
                    + "p.description, p.causeType, p.causeId, p.reversesPostingId, p.refundsPostingId, p.writesOffPostingId, p.reason, l.amount) "
                    + "from PostingLine l join l.posting p where l.account.id in :ids order by p.effectiveDate, p.id";

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Settings settings;

    /** An account's unpaid charges on a day, by days past due, with each unpaid charge. */
    public record AgingView(
            long accountId,
            LocalDate on,
            BigDecimal current,
            BigDecimal days1To30,
            BigDecimal days31To60,
            BigDecimal days61To90,
            BigDecimal over90,
            BigDecimal total,
            BigDecimal pastDue,
            boolean delinquent,
            String delinquency,
            List<OpenChargeView> openCharges)
            implements java.io.Serializable {}

    /** What is left unpaid of one charge. */
    public record OpenChargeView(
            long postingId,
            LocalDate billedOn,
            LocalDate dueOn,
            long daysPastDue,
            String feeCode,
            String description,
            BigDecimal amount,
            BigDecimal open)
            implements java.io.Serializable {}

    /** An account delinquent on a day (108.8 F.3). */
    public record DelinquentAccountView(
            long accountId,
            String code,
            String name,
            Long contractorId,
            BigDecimal balance,
            BigDecimal pastDue,
            LocalDate oldestDueOn,
            long daysPastDue,
            BigDecimal days1To30,
            BigDecimal days31To60,
            BigDecimal days61To90,
            BigDecimal over90,
            String delinquency)
            implements java.io.Serializable {}

    /** A payment received, with what was given back of it. */
    public record PaymentView(
            long postingId,
            long accountId,
            LocalDate receivedOn,
            Instant postedAt,
            String postedBy,
            String method,
            String reference,
            BigDecimal amount,
            BigDecimal refunded,
            BigDecimal refundable,
            boolean reversed,
            Long reversedBy,
            List<RefundView> refunds)
            implements java.io.Serializable {}

    /** A refund of a payment; a reversed refund gives nothing back. */
    public record RefundView(
            long postingId,
            long paymentId,
            LocalDate refundedOn,
            String postedBy,
            String method,
            String reference,
            BigDecimal amount,
            String reason,
            boolean reversed)
            implements java.io.Serializable {}

    /** One line of a statement: the entry, its cause, who posted it, why (for a correction) and the running balance. */
    public record StatementLine(
            long postingId,
            LocalDate effectiveDate,
            Instant postedAt,
            String postedBy,
            String feeCode,
            String description,
            String causeType,
            String causeId,
            Long reversesPostingId,
            Long reversedBy,
            Long refundsPostingId,
            Long writesOffPostingId,
            String reason,
            BigDecimal amount,
            BigDecimal balance)
            implements java.io.Serializable {}

    /** An account's statement for a period: the balance before it, its entries, the balance after. */
    public record StatementView(
            long accountId,
            String code,
            String name,
            Long contractorId,
            LocalDate from,
            LocalDate to,
            BigDecimal opening,
            List<StatementLine> lines,
            BigDecimal closing,
            AgingView aging)
            implements java.io.Serializable {}

    /** The entries of {@code accountIds}, by effective date. */
    public static List<LedgerEntry> entriesOf(EntityManager em, Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(ENTRIES, LedgerEntry.class)
                .setParameter("ids", accountIds)
                .getResultList();
    }

    Account account(long id) {
        Account a = em.find(Account.class, id);
        if (a == null) {
            throw new RecordNotFoundException("account", id);
        }
        return a;
    }

    Function<LocalDate, Integer> dueDays() {
        SettingTimeline<Integer> timeline = settings.timeline(FeeSettings.DUE_DAYS);
        Map<LocalDate, Integer> seen = new HashMap<>();
        return day -> seen.computeIfAbsent(day, timeline::valueOn);
    }

    /** The unpaid charges of an account on {@code on}, oldest first. */
    public List<OpenCharges.Charge> openCharges(long accountId, LocalDate on) {
        return OpenCharges.of(entriesOf(em, List.of(accountId)), on, dueDays());
    }

    public AgingView aging(long accountId, LocalDate on) {
        account(accountId);
        return aging(accountId, entriesOf(em, List.of(accountId)), on, dueDays());
    }

    private static AgingView aging(
            long accountId, List<LedgerEntry> entries, LocalDate on, Function<LocalDate, Integer> dueDays) {
        List<OpenCharges.Charge> open = OpenCharges.of(entries, on, dueDays);
        Aging aging = Aging.of(open, on);
        Optional<String> delinquency = OpenCharges.delinquency(open, on);
        return new AgingView(
                accountId,
                on,
                aging.current().amount(),
                aging.days1To30().amount(),
                aging.days31To60().amount(),
                aging.days61To90().amount(),
                aging.over90().amount(),
                aging.total().amount(),
                aging.pastDue().amount(),
                delinquency.isPresent(),
                delinquency.orElse(null),
                open.stream()
                        .map(c -> new OpenChargeView(
                                c.postingId(),
                                c.billedOn(),
                                c.dueOn(),
                                Math.max(0, c.daysPastDue(on)),
                                c.feeCode(),
                                c.description(),
                                c.amount().amount(),
                                c.open().amount()))
                        .toList());
    }

    /** 108.8 F.3: why the account is delinquent on {@code on}, or empty. */
    public Optional<String> delinquency(Account account, LocalDate on) {
        return OpenCharges.delinquency(openCharges(account.getId(), on), on);
    }

    /**
     * 108.8 F.3: the customer accounts delinquent on {@code on} (a billed charge unpaid after its due
     * date), the longest past due first. Only accounts that owe something are read.
     */
    public List<DelinquentAccountView> delinquent(LocalDate on) {
        @SuppressWarnings("unchecked")
        List<Object[]> owing = em.createNativeQuery(
                        "select l.account_id, sum(l.amount) from fees_posting_line l "
                                + "join fees_posting p on p.id = l.posting_id join fees_account a on a.id = l.account_id "
                                + "where a.kind = 'CUSTOMER' and p.effective_date <= ?1 group by l.account_id having sum(l.amount) > 0")
                .setParameter(1, on)
                .getResultList();
        Map<Long, BigDecimal> balances = new HashMap<>();
        owing.forEach(r -> balances.put(((Number) r[0]).longValue(), new BigDecimal(String.valueOf(r[1]))));
        Map<Long, List<LedgerEntry>> byAccount = new HashMap<>();
        if (!balances.isEmpty()) {
            entriesOf(em, balances.keySet())
                    .forEach(e -> byAccount
                            .computeIfAbsent(e.accountId(), k -> new ArrayList<>())
                            .add(e));
        }
        Function<LocalDate, Integer> dueDays = dueDays();
        List<DelinquentAccountView> list = new ArrayList<>();
        for (Map.Entry<Long, List<LedgerEntry>> e : byAccount.entrySet()) {
            AgingView aging = aging(e.getKey(), e.getValue(), on, dueDays);
            if (!aging.delinquent()) {
                continue;
            }
            Account a = account(e.getKey());
            OpenChargeView oldest = aging.openCharges().get(0);
            list.add(new DelinquentAccountView(
                    a.getId(),
                    a.getCode(),
                    a.getName(),
                    a.getContractorId(),
                    balances.get(a.getId()).setScale(2),
                    aging.pastDue(),
                    oldest.dueOn(),
                    oldest.daysPastDue(),
                    aging.days1To30(),
                    aging.days31To60(),
                    aging.days61To90(),
                    aging.over90(),
                    aging.delinquency()));
        }
        list.sort(Comparator.comparing(DelinquentAccountView::oldestDueOn).thenComparing(DelinquentAccountView::name));
        return list;
    }

    /** The payments received on an account, newest first, each with its refunds. */
    public List<PaymentView> payments(long accountId) {
        account(accountId);
        List<LedgerEntry> entries = entriesOf(em, List.of(accountId));
        return payments(accountId, entries, reversedBy(entries));
    }

    /** The payments among {@code entries}, newest first, each with its refunds: one pass over the entries. */
    private static List<PaymentView> payments(long accountId, List<LedgerEntry> entries, Map<Long, Long> reversedBy) {
        Map<Long, List<LedgerEntry>> refunds = refundsByPayment(entries);
        List<PaymentView> payments = new ArrayList<>();
        for (LedgerEntry p : entries) {
            if (p.isPayment()) {
                payments.add(withRefunds(accountId, p, refunds.getOrDefault(p.postingId(), List.of()), reversedBy));
            }
        }
        payments.sort(Comparator.comparing(PaymentView::postingId).reversed());
        return payments;
    }

    /** The refunds among {@code entries}, by the payment each refunds. */
    private static Map<Long, List<LedgerEntry>> refundsByPayment(List<LedgerEntry> entries) {
        Map<Long, List<LedgerEntry>> refunds = new HashMap<>();
        for (LedgerEntry r : entries) {
            if (r.isRefund() && r.refundsPostingId() != null) {
                refunds.computeIfAbsent(r.refundsPostingId(), k -> new ArrayList<>())
                        .add(r);
            }
        }
        return refunds;
    }

    static PaymentView payment(long accountId, LedgerEntry p, List<LedgerEntry> entries, Map<Long, Long> reversedBy) {
        return withRefunds(accountId, p, refundsByPayment(entries).getOrDefault(p.postingId(), List.of()), reversedBy);
    }

    /** {@code p} with {@code refundsOfP}, the refunds of it. */
    private static PaymentView withRefunds(
            long accountId, LedgerEntry p, List<LedgerEntry> refundsOfP, Map<Long, Long> reversedBy) {
        List<RefundView> refunds = refundsOfP.stream()
                .map(r -> new RefundView(
                        r.postingId(),
                        p.postingId(),
                        r.effectiveDate(),
                        r.postedBy(),
                        r.method(),
                        r.reference(),
                        r.amount().amount(),
                        r.reason(),
                        reversedBy.containsKey(r.postingId())))
                .toList();
        Money paid = p.amount().negate();
        Money refunded = refunds.stream()
                .filter(r -> !r.reversed())
                .map(r -> Money.of(r.amount()))
                .reduce(Money.ZERO, Money::plus);
        boolean reversed = reversedBy.containsKey(p.postingId());
        return new PaymentView(
                p.postingId(),
                accountId,
                p.effectiveDate(),
                p.postedAt(),
                p.postedBy(),
                p.method(),
                p.reference(),
                paid.amount(),
                refunded.amount(),
                reversed ? Money.ZERO.amount() : paid.minus(refunded).amount(),
                reversed,
                reversedBy.get(p.postingId()),
                refunds);
    }

    /** The posting that reversed each reversed posting. */
    static Map<Long, Long> reversedBy(List<LedgerEntry> entries) {
        return entries.stream()
                .filter(LedgerEntry::isReversal)
                .collect(Collectors.toMap(LedgerEntry::reversesPostingId, LedgerEntry::postingId, (a, b) -> a));
    }

    /**
     * The statement of an account for {@code from} to {@code to} (both included): the opening
     * balance (every entry in effect before {@code from}), each entry with its cause and reason and
     * the running balance, the closing balance, and the aging on {@code to}.
     */
    public StatementView statement(long accountId, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new RuleViolationException(
                    from == null ? "from" : "to", "required", "Name the period of the statement (from and to)");
        }
        if (to.isBefore(from)) {
            throw new RuleViolationException(
                    "to",
                    "period",
                    "The period ends (" + UsFormat.date(to) + ") before it starts (" + UsFormat.date(from) + ")");
        }
        Account a = account(accountId);
        List<LedgerEntry> entries = entriesOf(em, List.of(accountId));
        Map<Long, Long> reversedBy = reversedBy(entries);
        Money opening = entries.stream()
                .filter(e -> e.effectiveDate().isBefore(from))
                .map(LedgerEntry::amount)
                .reduce(Money.ZERO, Money::plus);
        Money running = opening;
        List<StatementLine> lines = new ArrayList<>();
        for (LedgerEntry e : entries) {
            if (e.effectiveDate().isBefore(from) || e.effectiveDate().isAfter(to)) {
                continue;
            }
            running = running.plus(e.amount());
            lines.add(line(e, reversedBy.get(e.postingId()), running));
        }
        return new StatementView(
                a.getId(),
                a.getCode(),
                a.getName(),
                a.getContractorId(),
                from,
                to,
                opening.amount(),
                lines,
                running.amount(),
                aging(accountId, entries, to, dueDays()));
    }

    /**
     * What the account screen shows beside its page of entries: the aging on {@code on}, the payments with their
     * refunds (newest first), and the entries that carry a correction's explanation (reversals, reversed postings,
     * refunds, write-offs and any entry posted with a reason), oldest first, each with its running balance. One read
     * of the account's entries serves all three, so an account of ten years (thousands of payments) opens in one pass.
     */
    public record Overview(AgingView aging, List<PaymentView> payments, List<StatementLine> explained)
            implements java.io.Serializable {}

    public Overview overview(long accountId, LocalDate on) {
        account(accountId);
        List<LedgerEntry> entries = entriesOf(em, List.of(accountId));
        Map<Long, Long> reversedBy = reversedBy(entries);
        List<StatementLine> explained = new ArrayList<>();
        Money running = Money.ZERO;
        for (LedgerEntry e : entries) {
            running = running.plus(e.amount());
            Long reversal = reversedBy.get(e.postingId());
            if (e.reason() == null
                    && reversal == null
                    && e.reversesPostingId() == null
                    && e.refundsPostingId() == null
                    && e.writesOffPostingId() == null) {
                continue;
            }
            explained.add(line(e, reversal, running));
        }
        return new Overview(
                aging(accountId, entries, on, dueDays()), payments(accountId, entries, reversedBy), explained);
    }

    /** The statement line of {@code e}, reversed by {@code reversedBy} (or null), the balance after it {@code running}. */
    private static StatementLine line(LedgerEntry e, Long reversedBy, Money running) {
        return new StatementLine(
                e.postingId(),
                e.effectiveDate(),
                e.postedAt(),
                e.postedBy(),
                e.feeCode(),
                e.description(),
                e.causeType(),
                e.causeId(),
                e.reversesPostingId(),
                reversedBy,
                e.refundsPostingId(),
                e.writesOffPostingId(),
                e.reason(),
                e.amount().amount(),
                running.amount());
    }

    /** Whether {@code postingId} has a line on the account (a screen of one account acts on its own postings only). */
    public boolean isOnAccount(long accountId, long postingId) {
        return !em.createQuery(
                        "select l.id from PostingLine l where l.account.id = :a and l.posting.id = :p", Long.class)
                .setParameter("a", accountId)
                .setParameter("p", postingId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Every entry of an account with its cause and reason, oldest first (the whole history as one statement). */
    public List<StatementLine> lines(long accountId) {
        List<LedgerEntry> entries = entriesOf(em, List.of(accountId));
        if (entries.isEmpty()) {
            account(accountId);
            return List.of();
        }
        return statement(
                        accountId,
                        entries.get(0).effectiveDate(),
                        entries.get(entries.size() - 1).effectiveDate())
                .lines();
    }
}
