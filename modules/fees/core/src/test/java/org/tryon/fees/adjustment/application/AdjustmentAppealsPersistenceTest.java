package org.tryon.fees.adjustment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.fees.adjustment.domain.AppealDecision.Outcome;
import org.tryon.fees.ledger.application.AccountLedger;
import org.tryon.fees.ledger.application.Ledger;
import org.tryon.fees.ledger.application.LedgerCorrections;
import org.tryon.fees.ledger.domain.Account;
import org.tryon.fees.ledger.domain.LedgerEntry;
import org.tryon.fees.module.application.FeesTestWiring;
import org.tryon.fees.module.application.TestFields;
import org.tryon.fees.schedule.application.PermitFeePosting;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.api.ProjectPermits;
import org.tryon.platform.errors.NotAllowedException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.kernel.ProjectId;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;
import org.tryon.platform.settings.Settings;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/**
 * Re-Inspection Fee Program, on a real MariaDB: the customer's appeal of an applied re-inspection fee
 * adjustment and the director's decision: a change reverses the original posting and posts the new
 * amount, each once, in the transaction of the decision; an upheld adjustment posts nothing; the
 * appeal and the decision are append-only. The other modules are stood in by fakes.
 */
class AdjustmentAppealsPersistenceTest {

    static TestPersistence db;

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final LocalDate FINALED = TODAY.minusDays(5);
    static final PermitHolder GC = PermitHolder.contractor(21, "Appealing Builders");

    final Map<Long, List<ProjectPermits.PermitOnProject>> permits = new java.util.HashMap<>();
    final Map<Long, int[]> counts = new java.util.HashMap<>();

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("fees"), "META-INF/orm-fees.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    /** A user named {@code name} with {@code roles}; refuses like the container's (403) otherwise. */
    static CurrentUser user(String name, String... roles) {
        return new CurrentUser() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void requireAnyRole(String refusal, String... allowed) {
                if (java.util.Arrays.stream(allowed).noneMatch(Set.of(roles)::contains)) {
                    throw new NotAllowedException(refusal);
                }
            }
        };
    }

    static final CurrentUser TECH = user("tech", Roles.PERMIT_TECHNICIAN);
    static final CurrentUser DIRECTOR = user("director", Roles.ADMINISTRATOR);

    private <T> T as(CurrentUser user, Function<AdjustmentAppeals, T> work) {
        return db.inTransaction(em -> work.apply(appeals(em, user)));
    }

    private AdjustmentAppeals appeals(EntityManager em, CurrentUser user) {
        Clock clock = Clock.fixed(TODAY.atTime(15, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Settings settings = FeesTestWiring.defaults();
        Validator validator = FeesTestWiring.noValidation();
        Ledger ledger = FeesTestWiring.ledger(em, clock);
        ProjectPermits projects = new ProjectPermits() {
            @Override
            public Optional<ProjectWithPermits> project(ProjectId projectId) {
                return Optional.ofNullable(permits.get(projectId.value()))
                        .map(list -> new ProjectWithPermits(
                                projectId,
                                "Project " + projectId.value(),
                                "200 Appeal St, Charlotte, NC 28202",
                                true,
                                Money.of(250_000),
                                List.copyOf(list)));
            }

            @Override
            public Optional<ProjectId> projectOf(PermitId permitId) {
                return Optional.of(new ProjectId(permitId.value() / 10));
            }
        };
        ReinspectionAdjustments adjustments = FeesTestWiring.adjustments(
                em, clock, user, ledger, projects, permitIds -> counts.get(permitIds.get(0) / 10));
        LedgerCorrections corrections = new LedgerCorrections();
        TestFields.set(corrections, "em", em);
        TestFields.set(corrections, "ledger", ledger);
        TestFields.set(corrections, "clock", clock);
        TestFields.set(corrections, "user", user);
        TestFields.set(corrections, "validator", validator);
        AdjustmentAppeals appeals = new AdjustmentAppeals();
        appeals.em = em;
        appeals.adjustments = adjustments;
        appeals.ledger = ledger;
        appeals.corrections = corrections;
        appeals.settings = settings;
        appeals.clock = clock;
        appeals.user = user;
        appeals.validator = validator;
        return appeals;
    }

    /** A finaled house (building permit, GC, fee $900 charged and paid), {@code failures} of {@code inspections} failed, adjustment applied. */
    private void applied(long projectId, int inspections, int failures) {
        long permit = projectId * 10 + 1;
        permits.put(
                projectId,
                new ArrayList<>(List.of(new ProjectPermits.PermitOnProject(
                        new PermitId(permit),
                        "B-2026-" + permit,
                        Trade.BUILDING,
                        GC,
                        PermitStatus.FINALED,
                        Money.of(200_000)))));
        counts.put(projectId, new int[] {inspections, failures});
        as(TECH, a -> {
            a.ledger.charge(
                    a.ledger.customerAccount(GC),
                    Money.of(900),
                    PermitFeePosting.FEE_CODE,
                    "Permit fee",
                    "permit",
                    String.valueOf(permit),
                    TODAY.minusMonths(4),
                    "system");
            a.ledger.pay(
                    a.ledger.customerAccount(GC),
                    Money.of(900),
                    "CHECK",
                    "P-" + projectId,
                    TODAY.minusMonths(4),
                    "tech");
            return a.adjustments.applyWhenComplete(projectId, FINALED, "system");
        });
    }

    private List<LedgerEntry> adjustmentEntries(long projectId) {
        return db.inTransaction(em -> {
            Ledger ledger = new Ledger();
            TestFields.set(ledger, "em", em);
            long account = ledger.existing(Account.codeOf(GC)).orElseThrow().getId();
            List<LedgerEntry> all = AccountLedger.entriesOf(em, List.of(account));
            Set<Long> ofProject = all.stream()
                    .filter(e -> ReinspectionAdjustments.CAUSE_TYPE.equals(e.causeType())
                            && (e.causeId().equals(String.valueOf(projectId))
                                    || e.causeId().startsWith(projectId + ":")))
                    .map(LedgerEntry::postingId)
                    .collect(java.util.stream.Collectors.toSet());
            // the project's adjustment entries and their reversals, in the order posted
            return all.stream()
                    .filter(e -> "REINSPECTION_ADJUSTMENT".equals(e.feeCode())
                            && (ofProject.contains(e.postingId()) || ofProject.contains(e.reversesPostingId())))
                    .toList();
        });
    }

    private static FileAppeal appeal(LocalDate receivedOn) {
        return new FileAppeal(null, "Two of the failures were the county's scheduling error", receivedOn);
    }

    private static void refused(Runnable call, String field, String rule) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.violations().get(0).field()).isEqualTo(field);
            assertThat(e.violations().get(0).rule()).isEqualTo(rule);
        });
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: a change reverses the $90 charge and posts the new $45 charge, each once; decided once by the director only; "
                    + "appealed once")
    void seed001ChangedReversesAndPostsOnce() {
        // 1 of 3 = 33.33 % -> 33 % -> +26 % of $900 = $234, at most $90 x 1 failure = $90
        applied(1, 3, 1);
        assertThat(adjustmentEntries(1))
                .singleElement()
                .satisfies(e -> assertThat(e.amount()).isEqualTo(Money.of(90)));
        long original = adjustmentEntries(1).get(0).postingId();

        AdjustmentRecap.Appeal filed = as(TECH, a -> a.file(1, appeal(TODAY.minusDays(1))));
        assertThat(filed.appealedAmount()).isEqualByComparingTo("90.00");
        assertThat(filed.decision()).isNull();
        assertThat(filed.filedBy()).isEqualTo("tech");
        refused(() -> as(TECH, a -> a.file(1, appeal(TODAY))), "accountCode", "Re-Inspection Fee Program appeal-once");

        DecideAppeal change = new DecideAppeal(
                Outcome.CHANGED, "One failure was recorded against the wrong permit", new BigDecimal("45.00"));
        assertThatThrownBy(() -> as(TECH, a -> a.decide(1, filed.appealId(), change)))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("director");
        assertThat(adjustmentEntries(1)).hasSize(1);

        AdjustmentRecap.Appeal decided = as(DIRECTOR, a -> a.decide(1, filed.appealId(), change));
        assertThat(decided.decision()).isEqualTo("CHANGED");
        assertThat(decided.decidedAmount()).isEqualByComparingTo("45.00");
        assertThat(decided.decidedBy()).isEqualTo("director");
        List<LedgerEntry> entries = adjustmentEntries(1);
        assertThat(entries).extracting(LedgerEntry::amount).containsExactly(Money.of(90), Money.of(-90), Money.of(45));
        assertThat(entries.get(1).postingId()).isEqualTo(decided.reversalPostingId());
        assertThat(entries.get(1).reversesPostingId()).isEqualTo(original);
        assertThat(entries.get(1).reason())
                .contains("Appeal #" + filed.appealId(), "One failure was recorded against the wrong permit");
        assertThat(entries.get(2).postingId()).isEqualTo(decided.newPostingId());
        assertThat(entries.get(2).causeId()).isEqualTo("1:appeal-" + filed.appealId());
        assertThat(entries.get(2).effectiveDate()).isEqualTo(TODAY);

        refused(
                () -> as(DIRECTOR, a -> a.decide(1, filed.appealId(), change)),
                "appealId",
                "Re-Inspection Fee Program decide-once");
        assertThat(adjustmentEntries(1)).hasSize(3);
        AdjustmentRecap recap = as(TECH, a -> a.adjustments.recap(1));
        assertThat(recap.appeals())
                .singleElement()
                .satisfies(v -> assertThat(v.newPostingId()).isEqualTo(decided.newPostingId()));
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: an upheld adjustment posts nothing; a change of a credit to zero only reverses it")
    void seed001UpheldAndChangedToZero() {
        applied(2, 3, 1);
        long upheld = as(TECH, a -> a.file(2, appeal(FINALED))).appealId();
        AdjustmentRecap.Appeal kept =
                as(DIRECTOR, a -> a.decide(2, upheld, new DecideAppeal(Outcome.UPHELD, null, null)));
        assertThat(kept.decision()).isEqualTo("UPHELD");
        assertThat(kept.decidedAmount()).isEqualByComparingTo("90.00");
        assertThat(kept.reversalPostingId()).isNull();
        assertThat(kept.newPostingId()).isNull();
        assertThat(adjustmentEntries(2)).hasSize(1);

        // 0 of 20: -20 % of $900 = $180 credit (cap (6 - 0) x $90 = $540)
        applied(3, 20, 0);
        assertThat(adjustmentEntries(3))
                .singleElement()
                .satisfies(e -> assertThat(e.amount()).isEqualTo(Money.of(-180)));
        long appealId = as(TECH, a -> a.file(3, appeal(TODAY))).appealId();
        refused(
                () -> as(
                        DIRECTOR,
                        a -> a.decide(
                                3,
                                appealId,
                                new DecideAppeal(Outcome.CHANGED, "no reason", new BigDecimal("-180.00")))),
                "newAmount",
                "Re-Inspection Fee Program appeal-changed-amount");
        refused(
                () -> as(
                        DIRECTOR,
                        a -> a.decide(
                                3, appealId, new DecideAppeal(Outcome.CHANGED, "fee basis", new BigDecimal("450.01")))),
                "newAmount",
                "Re-Inspection Fee Program max-increase");
        AdjustmentRecap.Appeal zero = as(
                DIRECTOR,
                a -> a.decide(
                        3,
                        appealId,
                        new DecideAppeal(
                                Outcome.CHANGED,
                                "The inspections of the garage belong to another structure",
                                BigDecimal.ZERO)));
        assertThat(zero.newPostingId()).isNull();
        assertThat(adjustmentEntries(3)).extracting(LedgerEntry::amount).containsExactly(Money.of(-180), Money.of(180));
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: no appeal before the adjustment is applied, nor received before it was applied or after today")
    void seed001AppealOfAnAppliedAdjustmentOnly() {
        permits.put(
                4L,
                new ArrayList<>(List.of(new ProjectPermits.PermitOnProject(
                        new PermitId(41),
                        "B-2026-41",
                        Trade.BUILDING,
                        GC,
                        PermitStatus.WORK_COMMENCED,
                        Money.of(200_000)))));
        counts.put(4L, new int[] {3, 1});
        refused(
                () -> as(TECH, a -> a.file(4, appeal(TODAY))),
                "projectId",
                "Re-Inspection Fee Program appeal-applied-adjustment");
        applied(5, 3, 1);
        refused(
                () -> as(TECH, a -> a.file(5, appeal(FINALED.minusDays(1)))),
                "receivedOn",
                "Re-Inspection Fee Program appeal-received");
        refused(
                () -> as(TECH, a -> a.file(5, appeal(TODAY.plusDays(1)))),
                "receivedOn",
                "Re-Inspection Fee Program appeal-received");
        refused(
                () -> as(TECH, a -> a.file(5, new FileAppeal("CONTRACTOR-999", "wrong firm", TODAY))),
                "accountCode",
                "Re-Inspection Fee Program appeal-names-account");
        assertThatThrownBy(() -> as(user("inspector", Roles.INSPECTOR), a -> a.file(5, appeal(TODAY))))
                .isInstanceOf(NotAllowedException.class);
        List<AdjustmentRecap.Appeal> none = as(TECH, a -> a.list(5));
        assertThat(none).isEmpty();
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: an appeal and its decision are never edited nor deleted; a second decision is refused by the database too")
    void seed001AppealRecordsAreAppendOnly() {
        applied(6, 3, 1);
        long appealId = as(TECH, a -> a.file(6, appeal(TODAY))).appealId();
        as(DIRECTOR, a -> a.decide(6, appealId, new DecideAppeal(Outcome.UPHELD, "The failures stand", null)));
        assertThatThrownBy(() -> db.run(
                        em -> em.createNativeQuery("update fees_adjustment_appeal set grounds = 'edited' where id = ?1")
                                .setParameter(1, appealId)
                                .executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> db.run(
                        em -> em.createNativeQuery("update fees_adjustment_appeal_decision set outcome = 'CHANGED' "
                                        + "where appeal_id = ?1")
                                .setParameter(1, appealId)
                                .executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> db.run(
                        em -> em.createNativeQuery("delete from fees_adjustment_appeal_decision where appeal_id = ?1")
                                .setParameter(1, appealId)
                                .executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> db.run(em -> {
                    em.persist(new org.tryon.fees.adjustment.domain.AppealDecision(
                            appealId,
                            Outcome.CHANGED,
                            "bypass",
                            Money.ZERO,
                            TODAY,
                            "director",
                            java.time.Instant.now(),
                            null,
                            null));
                    em.flush();
                }))
                .isInstanceOf(RuntimeException.class);
        List<AdjustmentRecap.Appeal> listed = as(TECH, a -> a.list(6));
        assertThat(listed).singleElement().satisfies(v -> {
            assertThat(v.decision()).isEqualTo("UPHELD");
            assertThat(v.reason()).isEqualTo("The failures stand");
        });
    }
}
