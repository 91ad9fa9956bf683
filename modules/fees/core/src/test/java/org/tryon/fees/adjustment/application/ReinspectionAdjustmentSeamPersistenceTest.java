package org.tryon.fees.adjustment.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.fees.ledger.application.AccountLedger;
import org.tryon.fees.ledger.application.AccountView;
import org.tryon.fees.ledger.application.Accounts;
import org.tryon.fees.ledger.application.Ledger;
import org.tryon.fees.module.application.FeeQueriesAdapter;
import org.tryon.fees.module.application.FeesTestWiring;
import org.tryon.fees.module.application.TestFields;
import org.tryon.fees.schedule.application.PermitFeePosting;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.api.ProjectPermits;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.kernel.ProjectId;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.settings.Settings;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/**
 * The Re-Inspection Fee Program through the certificate seam, on a real MariaDB: fees' reaction to the last final
 * ({@link ProjectCompletionAdjustment}) applies the project's adjustment once, and
 * {@code unsettledBeforeCertificate} only reads: it refuses the certificate while a charge is unpaid
 * or due and not yet posted (ADR 0040). The other modules are stood in by fakes.
 */
class ReinspectionAdjustmentSeamPersistenceTest {

    static TestPersistence db;

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final PermitHolder GC = PermitHolder.contractor(11, "Queen City Builders");
    static final PermitHolder SPARKS = PermitHolder.contractor(12, "Sparks Electric");

    /** Project id -> its permits (mutable: the test finals them). */
    final Map<Long, List<ProjectPermits.PermitOnProject>> permits = new java.util.HashMap<>();
    /** Project id -> inspections, failures. */
    final Map<Long, int[]> counts = new java.util.HashMap<>();
    /** The commercial projects (the others are residential). */
    final java.util.Set<Long> commercial = new java.util.HashSet<>();
    /** The settings the adjustments read (the defaults unless a test changes them). */
    Settings adjustmentSettings = FeesTestWiring.defaults();

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("fees"), "META-INF/orm-fees.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    /** Fees wired by hand: the accounts, the ledger, the adjustments, the read-only queries, the reaction to permit moves. */
    static final class Fees {
        Accounts accounts;
        Ledger ledger;
        ReinspectionAdjustments adjustments;
        FeeQueriesAdapter queries;
        ProjectCompletionAdjustment reaction;

        Optional<String> unsettledBeforeCertificate(
                long projectId, List<Long> permitIds, PermitHolder holder, LocalDate on) {
            return queries.unsettledBeforeCertificate(
                    new ProjectId(projectId),
                    permitIds.stream().map(PermitId::new).toList(),
                    holder,
                    on);
        }

        List<AccountView> list() {
            return accounts.list();
        }
    }

    private <T> T with(Function<Fees, T> work) {
        return db.inTransaction(em -> work.apply(accounts(em)));
    }

    private Fees accounts(EntityManager em) {
        Clock clock = Clock.fixed(TODAY.atTime(15, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Settings settings = FeesTestWiring.defaults();
        CurrentUser user = new CurrentUser() {
            @Override
            public String name() {
                return "clerk";
            }
        };
        Ledger ledger = FeesTestWiring.ledger(em, clock);
        ProjectPermits projects = new ProjectPermits() {
            @Override
            public Optional<ProjectWithPermits> project(ProjectId projectId) {
                return Optional.ofNullable(permits.get(projectId.value()))
                        .map(list -> new ProjectWithPermits(
                                projectId,
                                "Project " + projectId.value(),
                                "100 Main St, Charlotte, NC 28202",
                                !commercial.contains(projectId.value()),
                                Money.of(250_000),
                                List.copyOf(list)));
            }

            @Override
            public Optional<ProjectId> projectOf(PermitId permitId) {
                return permits.entrySet().stream()
                        .filter(e ->
                                e.getValue().stream().anyMatch(p -> p.permitId().equals(permitId)))
                        .map(e -> new ProjectId(e.getKey()))
                        .findFirst();
            }
        };
        ReinspectionAdjustments adjustments = FeesTestWiring.adjustments(
                em,
                clock,
                user,
                ledger,
                projects,
                permitIds -> counts.get(projects.projectOf(new PermitId(permitIds.get(0)))
                        .orElseThrow()
                        .value()));
        adjustments.settings = adjustmentSettings;
        Accounts accounts = new Accounts();
        TestFields.set(accounts, "em", em);
        TestFields.set(accounts, "settings", settings);
        TestFields.set(accounts, "ledger", ledger);
        TestFields.set(accounts, "clock", clock);
        TestFields.set(accounts, "user", user);
        AccountLedger accountLedger = new AccountLedger();
        TestFields.set(accountLedger, "em", em);
        TestFields.set(accountLedger, "settings", settings);
        FeeQueriesAdapter queries = new FeeQueriesAdapter();
        TestFields.set(queries, "em", em);
        TestFields.set(queries, "accountLedger", accountLedger);
        TestFields.set(queries, "schedules", adjustments.schedules);
        TestFields.set(queries, "adjustments", adjustments);
        ProjectCompletionAdjustment reaction = new ProjectCompletionAdjustment();
        reaction.adjustments = adjustments;
        reaction.projects = projects;
        Fees fees = new Fees();
        fees.accounts = accounts;
        fees.ledger = ledger;
        fees.adjustments = adjustments;
        fees.queries = queries;
        fees.reaction = reaction;
        return fees;
    }

    private static ProjectPermits.PermitOnProject permit(
            long id, Trade trade, PermitHolder holder, PermitStatus status) {
        return new ProjectPermits.PermitOnProject(
                new PermitId(id), trade.name().charAt(0) + "-2026-" + id, trade, holder, status, Money.of(100_000));
    }

    /** A project with a building permit (GC, $1,000) and an electrical permit (Sparks, $300), fees charged and paid. */
    private void project(long projectId, int inspections, int failures, PermitStatus electrical) {
        project(projectId, inspections, failures, electrical, GC);
    }

    /** As above, with its own general contractor (so that the balance other tests leave on the GC's account does not matter). */
    private void project(long projectId, int inspections, int failures, PermitStatus electrical, PermitHolder gc) {
        long building = projectId * 10 + 1;
        long wiring = projectId * 10 + 2;
        permits.put(
                projectId,
                new ArrayList<>(List.of(
                        permit(building, Trade.BUILDING, gc, PermitStatus.FINALED),
                        permit(wiring, Trade.ELECTRICAL, SPARKS, electrical))));
        counts.put(projectId, new int[] {inspections, failures});
        with(a -> {
            a.ledger.charge(
                    a.ledger.customerAccount(gc),
                    Money.of(1000),
                    PermitFeePosting.FEE_CODE,
                    "Permit fee",
                    "permit",
                    String.valueOf(building),
                    TODAY.minusMonths(6),
                    "system");
            a.ledger.charge(
                    a.ledger.customerAccount(SPARKS),
                    Money.of(300),
                    PermitFeePosting.FEE_CODE,
                    "Permit fee",
                    "permit",
                    String.valueOf(wiring),
                    TODAY.minusMonths(6),
                    "system");
            a.ledger.pay(
                    a.ledger.customerAccount(gc),
                    Money.of(1000),
                    "CHECK",
                    "P" + projectId + "-GC",
                    TODAY.minusMonths(6),
                    "clerk");
            a.ledger.pay(
                    a.ledger.customerAccount(SPARKS),
                    Money.of(300),
                    "CHECK",
                    "P" + projectId + "-SP",
                    TODAY.minusMonths(6),
                    "clerk");
            return null;
        });
    }

    private Optional<String> unsettled(long projectId, long permitId, PermitHolder holder) {
        return with(a -> a.unsettledBeforeCertificate(projectId, List.of(permitId), holder, TODAY));
    }

    /** Permitting's event, as the outbox delivers it to fees: the permit moved to {@code to} on {@code on}. */
    private void moved(long permitId, PermitStatus from, PermitStatus to, LocalDate on) {
        db.run(em -> accounts(em)
                .reaction
                .onStatusChanged(new org.tryon.permitting.api.PermitStatusChanged(
                        java.util.UUID.randomUUID(),
                        Instant.EPOCH,
                        new PermitId(permitId),
                        "P-" + permitId,
                        from,
                        to,
                        on,
                        "test")));
    }

    private void finaled(long permitId) {
        moved(permitId, PermitStatus.WORK_COMMENCED, PermitStatus.FINALED, TODAY);
    }

    private long adjustmentPostings(long projectId) {
        return db.inTransaction(em -> (Long)
                em.createQuery("select count(p) from Posting p where p.causeType = 'project' and p.causeId = :id "
                                + "and p.feeCode = 'REINSPECTION_ADJUSTMENT'")
                        .setParameter("id", String.valueOf(projectId))
                        .getSingleResult());
    }

    private Money balance(PermitHolder holder) {
        return with(a -> a.list().stream()
                .filter(v -> v.code().equals(org.tryon.fees.ledger.domain.Account.codeOf(holder)))
                .findFirst()
                .map(v -> Money.of(v.balance()))
                .orElseThrow());
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: before the CO the charge is applied once to the general contractor and refuses the certificate until paid")
    void seed001ChargeOnceAndRefusedUntilPaid() {
        // 5 of 20 = 25 % -> +10 % of $1,300 = $130 (the $90 x 5 = $450 cap not reached)
        project(1, 20, 5, PermitStatus.WORK_COMMENCED);
        assertThat(unsettled(1, 11, GC)).isEmpty();
        assertThat(adjustmentPostings(1))
                .as("not applied before every permit is finaled")
                .isZero();

        permits.get(1L).set(1, permit(12, Trade.ELECTRICAL, SPARKS, PermitStatus.FINALED));
        assertThat(unsettled(1, 11, GC))
                .as("due, not yet posted: the check refuses and posts nothing (ADR 0040)")
                .hasValueSatisfying(r -> assertThat(r)
                        .contains("Re-inspection fee adjustment")
                        .contains("charge of $130.00")
                        .contains("not yet posted"));
        assertThat(adjustmentPostings(1)).as("the check only reads").isZero();
        finaled(12);
        Optional<String> refused = unsettled(1, 11, GC);
        assertThat(refused)
                .hasValueSatisfying(r ->
                        assertThat(r).contains("Re-inspection fee adjustment").contains("charge"));
        assertThat(unsettled(1, 12, SPARKS))
                .as("the subcontractor owes nothing")
                .isEmpty();
        assertThat(unsettled(1, 11, GC)).isPresent();
        assertThat(adjustmentPostings(1)).isEqualTo(1);
        assertThat(balance(GC)).isEqualTo(Money.of(130));

        AdjustmentRecap recap = with(a -> a.adjustments.recap(1));
        assertThat(recap.posted()).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualByComparingTo("130.00");
            assertThat(p.recordedBy())
                    .as("applied by fees' reaction to the last final, not by the check")
                    .isEqualTo("system");
        });
        assertThat(recap.parts()).singleElement().satisfies(p -> {
            assertThat(p.responsible()).isEqualTo("Queen City Builders");
            assertThat(p.roundedRate()).isEqualTo(25);
            assertThat(p.kind()).isEqualTo("CHARGE");
        });

        with(a -> a.ledger.pay(a.ledger.customerAccount(GC), Money.of(130), "CHECK", "ADJ-1", TODAY, "clerk"));
        assertThat(unsettled(1, 11, GC)).isEmpty();
        assertThat(adjustmentPostings(1)).isEqualTo(1);
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: a credit is applied once to the general contractor's account and stands in nobody's way")
    void seed001CreditOnce() {
        // 0 of 20 -> -20 % of $1,300 = $260; cap (6 - 0) x $90 = $540
        project(2, 20, 0, PermitStatus.FINALED);
        Money before = balance(GC);
        finaled(22);
        assertThat(unsettled(2, 21, GC)).isEmpty();
        assertThat(unsettled(2, 21, GC)).isEmpty();
        assertThat(adjustmentPostings(2)).isEqualTo(1);
        assertThat(balance(GC)).isEqualTo(before.minus(Money.of(260)));
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: the last permit finaled applies the adjustment as of that day, once, whatever the redeliveries")
    void seed001AppliedAtCompletion() {
        project(3, 10, 3, PermitStatus.FINALED);
        ProjectCompletionAdjustment observer = new ProjectCompletionAdjustment();
        for (int i = 0; i < 2; i++) {
            db.run(em -> {
                Fees a = accounts(em);
                observer.adjustments = a.adjustments;
                observer.projects = a.adjustments.projects;
                observer.onStatusChanged(new org.tryon.permitting.api.PermitStatusChanged(
                        java.util.UUID.randomUUID(),
                        Instant.EPOCH,
                        new PermitId(32),
                        "E-2026-32",
                        PermitStatus.WORK_COMMENCED,
                        PermitStatus.FINALED,
                        TODAY.minusDays(2),
                        "final passed"));
            });
        }
        assertThat(adjustmentPostings(3)).isEqualTo(1);
        AdjustmentRecap recap = with(a -> a.adjustments.recap(3));
        assertThat(recap.posted()).singleElement().satisfies(p -> {
            assertThat(p.computedOn()).isEqualTo(TODAY.minusDays(2));
            // 3 of 10 = 30 % -> +20 % of $1,300 = $260 (cap 3 x $90 = $270)
            assertThat(p.amount()).isEqualByComparingTo("260.00");
            assertThat(p.recordedBy()).isEqualTo("system");
        });
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: a zero adjustment is recorded but posts nothing: the recap lists it as nothing to post, never as posted")
    void seed001ZeroAdjustmentIsNothingToPost() {
        // 3 of 20 = 15 % -> 0 %
        project(4, 20, 3, PermitStatus.FINALED);
        finaled(42);
        assertThat(unsettled(4, 41, GC)).isEmpty();
        assertThat(adjustmentPostings(4)).isZero();
        AdjustmentRecap recap = with(a -> a.adjustments.recap(4));
        assertThat(recap.posted()).isEmpty();
        assertThat(recap.nothingToPost()).singleElement().satisfies(z -> {
            assertThat(z.amount()).isEqualByComparingTo("0.00");
            assertThat(z.postingId()).isNull();
        });
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program multi-primes: on a commercial project the general contractor and the other prime answer each for its own work "
                    + "without any record; the recap says it is the default")
    void seed001MultiPrimesIndividuallyByDefault() {
        commercial.add(5L);
        project(5, 20, 5, PermitStatus.WORK_COMMENCED);
        AdjustmentRecap recap = with(a -> a.adjustments.recap(5));
        assertThat(recap.parts())
                .extracting(AdjustmentRecap.Part::responsible)
                .containsExactly("Queen City Builders", "Sparks Electric");
        assertThat(recap.parts())
                .allSatisfy(p -> assertThat(p.responsibility())
                        .contains("individual responsibility", "the default, no agreement recorded"));
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: the recap says which results counted as failures: failed only by default, partial too when the setting says so")
    void seed001RecapSaysWhatCounted() {
        project(6, 20, 5, PermitStatus.WORK_COMMENCED);
        assertThat(with(a -> a.adjustments.recap(6)).parts())
                .singleElement()
                .satisfies(p -> assertThat(p.counted())
                        .isEqualTo("failures counted: Failed; inspections counted: Passed, Failed, Partial"));
        adjustmentSettings = new Settings() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T valueOn(org.tryon.platform.settings.SettingKey<T> key, LocalDate date) {
                return key == org.tryon.fees.adjustment.domain.ReinspectionSettings.PARTIAL_FAILS
                        ? (T) Boolean.TRUE
                        : key.defaultValue();
            }
        };
        assertThat(with(a -> a.adjustments.recap(6)).parts())
                .singleElement()
                .satisfies(p -> assertThat(p.counted())
                        .isEqualTo("failures counted: Failed, Partial; inspections counted: Passed, Failed, Partial"));
    }

    private long rows(String table) {
        return db.inTransaction(em ->
                ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
    }

    private List<Long> ledgerRows() {
        return List.of(
                rows("fees_account"),
                rows("fees_posting"),
                rows("fees_posting_line"),
                rows("fees_reinspection_adjustment"));
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program, 108.11.4: the certificate check only reads: asked again and again on a complete project "
                    + "with a charge due, it refuses and changes no ledger row (ADR 0040)")
    void certificateCheckChangesNoLedgerRow() {
        PermitHolder gc = PermitHolder.contractor(107, "Builder 7");
        project(7, 20, 5, PermitStatus.FINALED, gc);
        List<Long> before = ledgerRows();
        for (int i = 0; i < 3; i++) {
            assertThat(unsettled(7, 71, gc))
                    .hasValueSatisfying(r -> assertThat(r).contains("not yet posted"));
            assertThat(unsettled(7, 72, SPARKS)).isEmpty();
            Optional<String> delinquency = with(a -> a.queries.delinquency(gc, TODAY));
            assertThat(delinquency).isEmpty();
            List<org.tryon.fees.api.FeeLine> fees = with(a -> a.queries.feesForPermit(new PermitId(71)));
            assertThat(fees).hasSize(1);
        }
        assertThat(ledgerRows())
                .as("accounts, postings, lines, applied adjustments")
                .isEqualTo(before);
        assertThat(adjustmentPostings(7)).isZero();
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: the reaction to the last final posts the adjustment once; a second delivery and the "
                    + "checks after it post nothing more")
    void reactionPostsOnce() {
        PermitHolder gc = PermitHolder.contractor(108, "Builder 8");
        project(8, 20, 5, PermitStatus.FINALED, gc);
        Money before = balance(gc);
        finaled(82);
        finaled(82);
        List<Long> after = ledgerRows();
        assertThat(unsettled(8, 81, gc))
                .hasValueSatisfying(r -> assertThat(r).contains("fees unpaid").doesNotContain("not yet posted"));
        assertThat(ledgerRows()).isEqualTo(after);
        assertThat(adjustmentPostings(8)).isEqualTo(1);
        assertThat(balance(gc)).isEqualTo(before.plus(Money.of(130)));
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program, 108.8.1: the cancellation of the last open permit completes the project: the reaction "
                    + "applies the adjustment as of that day; a move that completes nothing applies nothing")
    void cancellationOfTheLastOpenPermitCompletes() {
        project(9, 20, 5, PermitStatus.ISSUED, PermitHolder.contractor(109, "Builder 9"));
        moved(92, PermitStatus.APPLIED, PermitStatus.ISSUED, TODAY.minusDays(5));
        moved(91, PermitStatus.WORK_COMMENCED, PermitStatus.FINALED, TODAY.minusDays(3));
        assertThat(adjustmentPostings(9))
                .as("the electrical permit is still open")
                .isZero();
        permits.get(9L).set(1, permit(92, Trade.ELECTRICAL, SPARKS, PermitStatus.CANCELLED));
        moved(92, PermitStatus.ISSUED, PermitStatus.CANCELLED, TODAY.minusDays(1));
        assertThat(adjustmentPostings(9)).isEqualTo(1);
        assertThat(with(a -> a.adjustments.recap(9)).posted())
                .singleElement()
                .satisfies(p -> assertThat(p.computedOn()).isEqualTo(TODAY.minusDays(1)));
    }

    @Test
    @DisplayName(
            "Account page at ten years of entries: a window counted from the newest, oldest first, with the balances of the whole account")
    void entriesWindowFromTheNewest() {
        PermitHolder firm = PermitHolder.contractor(987_654, "Window Builders");
        long account = with(a -> {
            var acc = a.ledger.customerAccount(firm);
            for (int i = 1; i <= 7; i++) {
                a.ledger.charge(
                        acc,
                        Money.of(i),
                        PermitFeePosting.FEE_CODE,
                        "Fee " + i,
                        "permit",
                        "W" + i,
                        TODAY.minusDays(10 - i),
                        "system");
            }
            return acc.getId();
        });
        List<org.tryon.fees.ledger.application.EntryView> all =
                with(a -> a.accounts.entries(account, 0, Integer.MAX_VALUE).rows());
        assertThat(all).extracting(e -> e.balance().intValue()).containsExactly(1, 3, 6, 10, 15, 21, 28);
        var newest = with(a -> a.accounts.entries(account, 0, 3));
        assertThat(newest.total()).isEqualTo(7);
        assertThat(newest.rows()).containsExactlyElementsOf(all.subList(4, 7));
        assertThat(with(a -> a.accounts.entries(account, 3, 3)).rows()).containsExactlyElementsOf(all.subList(1, 4));
        assertThat(with(a -> a.accounts.entries(account, 6, 3)).rows()).containsExactlyElementsOf(all.subList(0, 1));
        assertThat(with(a -> a.accounts.entries(account, 7, 3)).rows()).isEmpty();
    }
}
