package org.tryon.fees.ledger.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.fees.ledger.domain.Account;
import org.tryon.fees.ledger.domain.LedgerEntry;
import org.tryon.fees.ledger.domain.OpenCharges;
import org.tryon.fees.ledger.domain.Posting;
import org.tryon.fees.module.application.FeesTestWiring;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.money.Money;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/**
 * Ledger on a real MariaDB: reversals and refunds are stored and linked to the posting
 * they name, the database keeps them append-only and reverses a posting at most once, and the
 * county's exports add up.
 */
class LedgerPersistenceTest {

    static TestPersistence db;

    /** 2031-03-14 10:00 in Charlotte. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2031-03-14T14:00:00Z"), ZoneId.of("America/New_York"));

    static final LocalDate TODAY = LocalDate.of(2031, 3, 14);
    /** 2031-04-01 23:30 in Charlotte (already the 2nd in UTC): only the exports' test posts on that day. */
    static final Clock EXPORT_CLOCK = Clock.fixed(Instant.parse("2031-04-02T03:30:00Z"), ZoneId.of("America/New_York"));

    static final LocalDate EXPORT_DAY = LocalDate.of(2031, 4, 1);

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("fees"), "META-INF/orm-fees.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static Ledger ledger(EntityManager em) {
        return ledger(em, CLOCK);
    }

    private static Ledger ledger(EntityManager em, Clock clock) {
        Ledger ledger = new Ledger();
        ledger.em = em;
        ledger.clock = clock;
        ledger.chains = new org.tryon.platform.audit.chain.AuditChains(em);
        ledger.chain = new LedgerChain(em);
        return ledger;
    }

    private static LedgerCorrections corrections(EntityManager em) {
        return corrections(em, CLOCK);
    }

    private static LedgerCorrections corrections(EntityManager em, Clock clock) {
        LedgerCorrections c = new LedgerCorrections();
        c.em = em;
        c.ledger = ledger(em, clock);
        c.clock = clock;
        c.user = new CurrentUser();
        c.validator = FeesTestWiring.noValidation();
        return c;
    }

    private static long account(long contractorId) {
        return db.inTransaction(em -> ledger(em)
                .customerAccount(PermitHolder.contractor(contractorId, "Firm " + contractorId))
                .getId());
    }

    private static long charge(long contractorId, String permitId, String amount, LocalDate billedOn) {
        return db.inTransaction(em -> {
            Ledger ledger = ledger(em);
            Account a = ledger.customerAccount(PermitHolder.contractor(contractorId, "Firm " + contractorId));
            return ledger.charge(
                            a,
                            Money.of(amount),
                            "PERMIT_FEE",
                            "Permit fee " + permitId,
                            "permit",
                            permitId,
                            billedOn,
                            "system")
                    .getId();
        });
    }

    private static long pay(long contractorId, String amount, String reference) {
        return db.inTransaction(em -> {
            Ledger ledger = ledger(em);
            Account a = ledger.customerAccount(PermitHolder.contractor(contractorId, "Firm " + contractorId));
            return ledger.pay(a, Money.of(amount), "CHECK", reference, TODAY, "tech")
                    .getId();
        });
    }

    private static List<LedgerEntry> entries(long accountId) {
        return db.inTransaction(em -> AccountLedger.entriesOf(em, List.of(accountId)));
    }

    @Test
    @DisplayName(
            "ledger: a reversal is stored with the opposite lines and linked; the database reverses a posting at most once")
    void reversalStoredLinkedAndOnce() {
        long fee = charge(501, "5001", "250.00", TODAY.minusDays(10));
        long account = account(501);
        LedgerCorrections.CorrectionView reversal = db.inTransaction(em ->
                corrections(em).reverse(fee, new LedgerCorrections.ReversePosting("Permit issued to the wrong firm")));
        assertThat(reversal.amount()).isEqualByComparingTo("-250.00");
        List<LedgerEntry> entries = entries(account);
        assertThat(entries).hasSize(2);
        assertThat(entries.get(1).reversesPostingId()).isEqualTo(fee);
        assertThat(entries.get(1).reason()).isEqualTo("Permit issued to the wrong firm");
        assertThat(entries.stream().map(LedgerEntry::amount).reduce(Money.ZERO, Money::plus))
                .isEqualTo(Money.ZERO);

        assertThatThrownBy(
                        () -> db.run(em -> corrections(em).reverse(fee, new LedgerCorrections.ReversePosting("again"))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("reverse-once"));
        // even a caller that skips the rule cannot store a second reversal: the unique key refuses it
        assertThatThrownBy(() -> db.run(em -> {
                    Posting original = em.find(Posting.class, fee);
                    Posting twice = Posting.reversalOf(original, "bypass", TODAY, CLOCK.instant(), "director");
                    em.persist(twice);
                    em.flush();
                }))
                .isInstanceOf(RuntimeException.class);
        assertThat(entries(account)).hasSize(2);
    }

    @Test
    @DisplayName(
            "ledger: the triggers keep the new columns append-only too: a reason or a link cannot be edited or removed")
    void correctionsAreAppendOnly() {
        charge(502, "5002", "80.00", TODAY.minusDays(3));
        long fee = charge(502, "5003", "20.00", TODAY.minusDays(3));
        long reversal = db.inTransaction(em -> corrections(em)
                .reverse(fee, new LedgerCorrections.ReversePosting("duplicate"))
                .postingId());
        assertThatThrownBy(() -> db.run(em -> em.createNativeQuery(
                                "update fees_posting set reason = 'edited', reverses_posting_id = null "
                                        + "where id = ?1")
                        .setParameter(1, reversal)
                        .executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(
                        () -> db.run(em -> em.createNativeQuery("delete from fees_posting_line where posting_id = ?1")
                                .setParameter(1, reversal)
                                .executeUpdate()))
                .hasStackTraceContaining("append-only");
        String reason = db.inTransaction(em -> em.find(Posting.class, reversal).getReason());
        assertThat(reason).isEqualTo("duplicate");
    }

    @Test
    @DisplayName("ledger: a refund names its payment, is never more than what is left of it, and is never posted twice")
    void refundsLinkedAndBounded() {
        long fee = charge(503, "5004", "300.00", TODAY.minusDays(5));
        long account = account(503);
        long payment = pay(503, "300.00", "CK-503");
        // nothing is owed to the customer until the charge is corrected
        assertThatThrownBy(() -> db.run(em -> corrections(em)
                        .refund(
                                payment,
                                new LedgerCorrections.RecordRefund(
                                        new BigDecimal("50.00"), RecordPayment.Method.CHECK, "RF-1", "overpaid"))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("refund-within-credit"));
        db.run(em ->
                corrections(em).reverse(fee, new LedgerCorrections.ReversePosting("Permit cancelled before work")));

        LedgerCorrections.CorrectionView first = db.inTransaction(em -> corrections(em)
                .refund(
                        payment,
                        new LedgerCorrections.RecordRefund(
                                new BigDecimal("200.00"), RecordPayment.Method.CHECK, "rf-1", "permit cancelled")));
        assertThat(first.amount()).isEqualByComparingTo("200.00");
        assertThat(entries(account))
                .filteredOn(LedgerEntry::isRefund)
                .singleElement()
                .satisfies(r -> assertThat(r.refundsPostingId()).isEqualTo(payment));

        assertThatThrownBy(() -> db.run(em -> corrections(em)
                        .refund(
                                payment,
                                new LedgerCorrections.RecordRefund(
                                        new BigDecimal("200.00"),
                                        RecordPayment.Method.CHECK,
                                        "RF-1",
                                        "clicked again"))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("refund-once"));
        assertThatThrownBy(() -> db.run(em -> corrections(em)
                        .refund(
                                payment,
                                new LedgerCorrections.RecordRefund(
                                        new BigDecimal("100.01"),
                                        RecordPayment.Method.CHECK,
                                        "RF-2",
                                        "the rest and a cent"))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("refund-within-payment"));
        db.run(em -> corrections(em)
                .refund(
                        payment,
                        new LedgerCorrections.RecordRefund(
                                new BigDecimal("100.00"), RecordPayment.Method.CHECK, "RF-2", "the rest")));

        List<LedgerEntry> entries = entries(account);
        AccountLedger.PaymentView view = AccountLedger.payment(
                account,
                entries.stream()
                        .filter(e -> e.postingId() == payment)
                        .findFirst()
                        .orElseThrow(),
                entries,
                AccountLedger.reversedBy(entries));
        assertThat(view.refunded()).isEqualByComparingTo("300.00");
        assertThat(view.refundable()).isEqualByComparingTo("0.00");
        // the account screen's overview: the same payment from one read, and the entries that carry an explanation
        AccountLedger.Overview overview =
                db.inTransaction(em -> accountLedger(em).overview(account, TODAY));
        assertThat(overview.payments()).singleElement().satisfies(p -> {
            assertThat(p.postingId()).isEqualTo(payment);
            assertThat(p.refunded()).isEqualByComparingTo("300.00");
            assertThat(p.refunds()).hasSize(2);
        });
        assertThat(overview.explained())
                .extracting(AccountLedger.StatementLine::postingId)
                .as("the reversed fee, its reversal and the two refunds; not the payment")
                .hasSize(4)
                .contains(fee)
                .doesNotContain(payment);
        assertThat(overview.explained().get(overview.explained().size() - 1).balance())
                .isEqualByComparingTo("0.00");
        assertThat(overview.aging().total()).isEqualByComparingTo("0.00");
        boolean own = db.inTransaction(em -> accountLedger(em).isOnAccount(account, payment));
        long another = account(504);
        boolean others = db.inTransaction(em -> accountLedger(em).isOnAccount(another, payment));
        assertThat(own).isTrue();
        assertThat(others)
                .as("another account's screen does not act on this payment")
                .isFalse();
        assertThat(entries.stream().map(LedgerEntry::amount).reduce(Money.ZERO, Money::plus))
                .isEqualTo(Money.ZERO);
        assertThatThrownBy(() ->
                        db.run(em -> corrections(em).reverse(payment, new LedgerCorrections.ReversePosting("bounced"))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("refunds-first"));
    }

    @Test
    @DisplayName("108.8 F.3: a bounced check (the payment reversed) makes the account delinquent again at once")
    void reversedPaymentOnTheDatabase() {
        charge(504, "5005", "120.00", TODAY.minusDays(45));
        long account = account(504);
        long payment = pay(504, "120.00", "CK-504");
        assertThat(OpenCharges.of(entries(account), TODAY, day -> 30)).isEmpty();
        db.run(em -> corrections(em).reverse(payment, new LedgerCorrections.ReversePosting("Check returned unpaid")));
        assertThat(OpenCharges.delinquency(OpenCharges.of(entries(account), TODAY, day -> 30), TODAY))
                .isPresent();
    }

    @Test
    @DisplayName("ledger: a write-off clears what is left of its charge, once")
    void writeOffOnce() {
        long fee = charge(505, "5006", "90.00", TODAY.minusDays(200));
        long account = account(505);
        pay(505, "30.00", "CK-505");
        LedgerCorrections.CorrectionView w = db.inTransaction(em ->
                corrections(em).writeOff(fee, new LedgerCorrections.WriteOffCharge("Firm dissolved; uncollectable")));
        assertThat(w.amount()).isEqualByComparingTo("-60.00");
        assertThat(OpenCharges.of(entries(account), TODAY, day -> 30)).isEmpty();
        assertThatThrownBy(() ->
                        db.run(em -> corrections(em).writeOff(fee, new LedgerCorrections.WriteOffCharge("again"))))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    @DisplayName(
            "ledger: the day's general ledger balances, the cash report totals by method, revenue nets out corrections")
    void exportsAddUp() {
        long second = db.inTransaction(em -> {
            Ledger ledger = ledger(em, EXPORT_CLOCK);
            Account a = ledger.customerAccount(PermitHolder.contractor(506, "Firm 506"));
            ledger.charge(
                    a, Money.of("1000.00"), "PERMIT_FEE", "Permit fee 5007", "permit", "5007", EXPORT_DAY, "system");
            long fee = ledger.charge(
                            a,
                            Money.of("40.00"),
                            "PERMIT_FEE",
                            "Permit fee 5008",
                            "permit",
                            "5008",
                            EXPORT_DAY,
                            "system")
                    .getId();
            ledger.pay(a, Money.of("700.00"), "CHECK", "CK-506", EXPORT_DAY, "tech");
            ledger.pay(a, Money.of("100.00"), "CASH", "R-506", EXPORT_DAY, "tech");
            return fee;
        });
        db.run(em ->
                corrections(em, EXPORT_CLOCK).reverse(second, new LedgerCorrections.ReversePosting("entered twice")));

        List<LedgerExports.GlLine> gl = db.inTransaction(em -> exports(em).generalLedger(EXPORT_DAY));
        BigDecimal debits = gl.stream().map(LedgerExports.GlLine::debits).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal credits = gl.stream().map(LedgerExports.GlLine::credits).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(debits).isEqualByComparingTo(credits).isEqualByComparingTo("1880.00");
        assertThat(gl)
                .filteredOn(
                        l -> l.feeCode().equals("PERMIT_FEE") && l.accountCode().equals("REVENUE-PERMIT_FEE"))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.credits()).isEqualByComparingTo("1040.00");
                    assertThat(l.debits()).isEqualByComparingTo("40.00");
                    assertThat(l.postings()).isEqualTo(3);
                });
        List<LedgerExports.GlLine> nextDay = db.inTransaction(em -> exports(em).generalLedger(EXPORT_DAY.plusDays(1)));
        assertThat(nextDay)
                .as("23:30 in Charlotte is still the 1st, though the 2nd in UTC")
                .isEmpty();
        String csv = db.inTransaction(em -> exports(em).generalLedgerCsv(EXPORT_DAY));
        assertThat(csv)
                .startsWith("postedOn,feeCode,accountCode,accountKind,debits,credits,postings")
                .contains("2031-04-01,PAYMENT,CASH,CASH,800.00,0.00,2");

        LedgerExports.CashReport cash = db.inTransaction(em -> exports(em).cashReport(EXPORT_DAY));
        assertThat(cash.totals()).extracting(LedgerExports.MethodTotal::method).containsExactly("CASH", "CHECK");
        assertThat(cash.net()).isEqualByComparingTo("800.00");
        assertThat(cash.lines()).extracting(LedgerExports.CashLine::accountCode).containsOnly("CONTRACTOR-506");

        List<LedgerExports.RevenueLine> revenue =
                db.inTransaction(em -> exports(em).revenue(EXPORT_DAY, EXPORT_DAY));
        assertThat(revenue).singleElement().satisfies(r -> {
            assertThat(r.feeCode()).isEqualTo("PERMIT_FEE");
            assertThat(r.charged()).isEqualByComparingTo("1040.00");
            assertThat(r.reduced()).isEqualByComparingTo("40.00");
            assertThat(r.net()).isEqualByComparingTo("1000.00");
        });
    }

    @Test
    @DisplayName("ledger: the receipt of a payment and the statement of a period render as PDF from the ledger")
    void receiptAndStatement() {
        long fee = charge(507, "5009", "150.00", TODAY.minusDays(40));
        long account = account(507);
        long payment = pay(507, "100.00", "CK-507");
        byte[] receipt = db.inTransaction(em -> documents(em).receipt(payment));
        assertThat(new String(receipt, java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF")
                .contains("RCPT-" + payment);
        AccountLedger.StatementView statement =
                db.inTransaction(em -> documents(em).ledger.statement(account, TODAY.minusDays(30), TODAY));
        assertThat(statement.opening())
                .as("the fee was billed before the period")
                .isEqualByComparingTo("150.00");
        assertThat(statement.lines())
                .singleElement()
                .satisfies(l -> assertThat(l.causeType()).isEqualTo("payment"));
        assertThat(statement.closing()).isEqualByComparingTo("50.00");
        assertThat(statement.aging().days1To30())
                .as("due 30 days after billing: 10 days past due")
                .isEqualByComparingTo("50.00");
        assertThat(fee).isPositive();
        byte[] pdf = db.inTransaction(em -> documents(em).statement(account, TODAY.minusDays(30), TODAY));
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF")
                .contains("STMT-CONTRACTOR-507-" + TODAY);
    }

    @Test
    @DisplayName(
            "108.9 fees: a check number is the payer's: two firms paying with check no. 1001 are both applied; the same firm's "
                    + "check no. 1001 twice is refused on the field reference")
    void aPaymentReferenceIsUniquePerPayer() {
        long first = pay(521, "40.00", "1001");
        long second = pay(522, "55.00", "1001");
        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> pay(521, "40.00", "1001")).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.violations().get(0).field()).isEqualTo("reference");
            assertThat(e.violations().get(0).rule()).isEqualTo("payment-once");
        });
        // a caller that skips the rule cannot store the same payer's payment twice: the unique key (cause and payer)
        // refuses it
        assertThatThrownBy(() -> db.run(em -> {
                    Ledger ledger = ledger(em);
                    Account a = ledger.customerAccount(PermitHolder.contractor(521, "Firm 521"));
                    em.persist(Posting.payment(
                            a,
                            ledger.cashAccount(),
                            Money.of("40.00"),
                            Ledger.PAYMENT,
                            "again",
                            "payment",
                            "CHECK:1001",
                            TODAY,
                            Instant.EPOCH,
                            "tech"));
                }))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    @DisplayName(
            "108.9 fees: two first uses of a new holder's account and of a new fee's revenue account at the same moment share one "
                    + "account each; neither fails on the unique code")
    void concurrentFirstUsesOpenOneAccount() throws Exception {
        java.util.concurrent.CyclicBarrier read = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.CyclicBarrier opened = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.Callable<long[]> use = () -> db.inTransaction(em -> {
            Ledger ledger = ledger(em);
            ledger.opening = new AccountOpening() {
                @Override
                public void open(Account account) {
                    db.run(other ->
                            other.persist(account)); // a transaction of its own, as REQUIRES_NEW gives in the container
                }
            };
            try {
                em.createNativeQuery("select count(*) from fees_account")
                        .getSingleResult(); // this transaction's snapshot begins
                read.await(10, java.util.concurrent.TimeUnit.SECONDS);
                Account customer = ledger.customerAccount(PermitHolder.contractor(531, "Firm 531"));
                Account revenue = ledger.revenueAccount("RACE_FEE");
                try {
                    opened.await(5, java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException | java.util.concurrent.BrokenBarrierException late) {
                    // the other use is stuck behind this one's lock (the old way): commit and let it fail or go on
                }
                return new long[] {customer.getId(), revenue.getId()};
            } catch (InterruptedException
                    | java.util.concurrent.BrokenBarrierException
                    | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException(e);
            }
        });
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<long[]> a = two.submit(use);
            java.util.concurrent.Future<long[]> b = two.submit(use);
            assertThat(b.get(90, java.util.concurrent.TimeUnit.SECONDS))
                    .containsExactly(a.get(90, java.util.concurrent.TimeUnit.SECONDS));
        } finally {
            two.shutdownNow();
        }
        Long accounts = db.inTransaction(em -> ((Number)
                        em.createNativeQuery("select count(*) from fees_account where code in ('"
                                        + Account.codeOf(PermitHolder.contractor(531, "Firm 531"))
                                        + "', 'REVENUE-RACE_FEE')")
                                .getSingleResult())
                .longValue());
        assertThat(accounts).isEqualTo(2);
    }

    private static AccountLedger accountLedger(EntityManager em) {
        AccountLedger ledger = new AccountLedger();
        ledger.em = em;
        ledger.settings = FeesTestWiring.defaults();
        return ledger;
    }

    /** The documents with the defaults of the settings and a letterhead without the container's configuration. */
    private static LedgerDocuments documents(EntityManager em) {
        org.tryon.platform.settings.Settings defaults = FeesTestWiring.defaults();
        AccountLedger ledger = new AccountLedger();
        ledger.em = em;
        ledger.settings = defaults;
        LedgerDocuments d = new LedgerDocuments();
        d.em = em;
        d.ledger = ledger;
        d.settings = defaults;
        d.contractors = id -> java.util.Optional.empty();
        d.letterhead = new org.tryon.platform.pdf.Letterhead() {
            @Override
            public org.tryon.platform.pdf.PdfDocumentBuilder document(String title) {
                return org.tryon.platform.pdf.PdfDocumentBuilder.titled(title)
                        .issuer("Mecklenburg County", "Code Enforcement Department")
                        .generatedOn(TODAY);
            }
        };
        return d;
    }

    private static LedgerExports exports(EntityManager em) {
        LedgerExports e = new LedgerExports();
        e.em = em;
        e.clock = EXPORT_CLOCK;
        return e;
    }
}
