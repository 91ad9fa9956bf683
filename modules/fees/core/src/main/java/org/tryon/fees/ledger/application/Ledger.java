package org.tryon.fees.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.tryon.fees.ledger.domain.Account;
import org.tryon.fees.ledger.domain.Posting;
import org.tryon.platform.audit.chain.AuditChains;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.money.Money;

/**
 * Posts to the ledger: each cause at most once. Every posting is written by {@link #post}, which links it into the
 * ledger's audit chain in the same transaction (ADR 0055).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Ledger {

    public static final String PAYMENT = "PAYMENT";

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountOpening opening;

    @Inject
    AuditChains chains;

    @Inject
    LedgerChain chain;

    /** The holder's account, opened on its first posting. */
    public Account customerAccount(PermitHolder holder) {
        return account(Account.codeOf(holder), () -> Account.forHolder(holder, clock.instant()));
    }

    /** Licensing examinations: an exam candidate's account, opened on its first posting. */
    public Account candidateAccount(long candidateId, String name) {
        return account(
                Account.codeOfCandidate(candidateId), () -> Account.forCandidate(candidateId, name, clock.instant()));
    }

    public Account revenueAccount(String feeCode) {
        return account("REVENUE-" + feeCode, () -> Account.revenue(feeCode, clock.instant()));
    }

    public Account cashAccount() {
        return account("CASH", () -> Account.cash(clock.instant()));
    }

    public Optional<Account> existing(String code) {
        return em.createQuery("select a from Account a where a.code = :c", Account.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst();
    }

    /**
     * The account of that code, opened on its first use. Two first uses at the same moment (two payments of a new
     * holder, two charges of a new fee) must neither fail on the unique code nor open two accounts: the account is
     * opened in a transaction of its own ({@link AccountOpening}), which commits at once; the loser of the race finds the
     * code taken there and reads the winner's account. The read after opening is a locking read, which sees what other
     * transactions committed since this one began (a plain read sees this transaction's snapshot). An account so
     * opened stays open if this transaction rolls back: an empty account, opened again by nobody.
     */
    private Account account(String code, java.util.function.Supplier<Account> opening) {
        Optional<Account> known = existing(code);
        if (known.isPresent()) {
            return known.get();
        }
        Account a = opening.get();
        if (this.opening == null) { // wired by hand (tests of one transaction): open it here
            em.persist(a);
            return a;
        }
        try {
            this.opening.open(a);
        } catch (RuntimeException taken) {
            // another transaction opened it first (the unique code): read that one below
        }
        return em.createQuery("select a from Account a where a.code = :c", Account.class)
                .setParameter("c", code)
                .setLockMode(LockModeType.PESSIMISTIC_READ)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("account " + code + " was opened but cannot be read"));
    }

    /**
     * Posts a payment received from {@code customer}; the payment's method and reference are its
     * cause, so the same payment is never applied twice. A reference is the payer's (a check number, a receipt): it is
     * unique per payer, not across the county, so another payer's check with the same number is accepted (ADR 0025).
     */
    public Posting pay(
            Account customer, Money amount, String method, String reference, LocalDate receivedOn, String by) {
        String cause = method + ":" + reference;
        if (paid(customer, cause).isPresent()) {
            throw new org.tryon.platform.errors.RuleViolationException(
                    "reference",
                    "payment-once",
                    "Payment " + reference + " by " + method.toLowerCase()
                            + " was already applied; a payment cannot be applied twice");
        }
        Posting p = Posting.payment(
                customer,
                cashAccount(),
                amount,
                PAYMENT,
                "Payment by " + method.toLowerCase() + ", " + reference,
                "payment",
                cause,
                receivedOn,
                clock.instant(),
                by);
        return post(p);
    }

    /** The payment of that cause ("CHECK:1001") already received from this payer, if any. */
    public Optional<Posting> paid(Account customer, String cause) {
        return em.createQuery(
                        "select p from Posting p where p.causeType = 'payment' and p.causeId = :i and p.feeCode = :f "
                                + "and p.causeScope = :s",
                        Posting.class)
                .setParameter("i", cause)
                .setParameter("f", PAYMENT)
                .setParameter("s", customer.getId())
                .getResultStream()
                .findFirst();
    }

    public Optional<Posting> posted(String causeType, String causeId, String feeCode) {
        return em.createQuery(
                        "select p from Posting p where p.causeType = :t and p.causeId = :i and p.feeCode = :f",
                        Posting.class)
                .setParameter("t", causeType)
                .setParameter("i", causeId)
                .setParameter("f", feeCode)
                .getResultStream()
                .findFirst();
    }

    /**
     * Charges {@code amount} to {@code customer} for a cause, unless that cause already posted this
     * fee (a redelivered event): then the earlier posting is returned and nothing changes.
     */
    public Posting charge(
            Account customer,
            Money amount,
            String feeCode,
            String description,
            String causeType,
            String causeId,
            LocalDate effectiveDate,
            String by) {
        return charge(customer, amount, feeCode, description, causeType, causeId, effectiveDate, by, null);
    }

    /** As {@link #charge(Account, Money, String, String, String, String, LocalDate, String)}, for a charge concerning permit {@code permitId}. */
    public Posting charge(
            Account customer,
            Money amount,
            String feeCode,
            String description,
            String causeType,
            String causeId,
            LocalDate effectiveDate,
            String by,
            Long permitId) {
        Optional<Posting> earlier = posted(causeType, causeId, feeCode);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Posting p = Posting.charge(
                        customer,
                        revenueAccount(feeCode),
                        amount,
                        feeCode,
                        description,
                        causeType,
                        causeId,
                        effectiveDate,
                        clock.instant(),
                        by)
                .aboutPermit(permitId);
        return post(p);
    }

    /**
     * Credits {@code amount} to {@code customer} for a cause (the revenue of {@code feeCode} is
     * debited), unless that cause already posted this fee: then the earlier posting is returned and
     * nothing changes, as for {@link #charge}.
     */
    public Posting credit(
            Account customer,
            Money amount,
            String feeCode,
            String description,
            String causeType,
            String causeId,
            LocalDate effectiveDate,
            String by) {
        Optional<Posting> earlier = posted(causeType, causeId, feeCode);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Posting p = Posting.credit(
                customer,
                revenueAccount(feeCode),
                amount,
                feeCode,
                description,
                causeType,
                causeId,
                effectiveDate,
                clock.instant(),
                by);
        return post(p);
    }

    /**
     * Writes a new posting and links it, as the database now holds it, into the ledger's audit chain in this
     * transaction (ADR 0055): the posting and its link commit together or not at all.
     */
    public Posting post(Posting p) {
        em.persist(p);
        em.flush();
        if (chains != null) { // null only when wired by hand without the chain (tests of the rules alone)
            chains.append(chain, p.getId());
        }
        return p;
    }
}
