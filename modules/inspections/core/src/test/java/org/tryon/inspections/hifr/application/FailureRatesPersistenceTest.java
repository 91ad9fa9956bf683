package org.tryon.inspections.hifr.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.inspections.api.CountedResults;
import org.tryon.inspections.api.InspectionOutcome;
import org.tryon.inspections.hifr.domain.HifrListing;
import org.tryon.inspections.hifr.domain.HifrTraining;
import org.tryon.inspections.hifr.domain.Quarter;
import org.tryon.inspections.module.application.InspectionQueriesAdapter;
import org.tryon.inspections.module.application.TestFields;
import org.tryon.inspections.module.domain.InspectionSettings;
import org.tryon.inspections.register.domain.InspectablePermit;
import org.tryon.inspections.requests.domain.InspectionType;
import org.tryon.inspections.results.domain.InspectionResult;
import org.tryon.inspections.results.domain.PermitInspectionRecord;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.settings.SettingKey;
import org.tryon.platform.settings.Settings;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** Failure rates computed by the database (V4, V6) on a real MariaDB, and the HIFR listing's training rules. */
class FailureRatesPersistenceTest {

    static TestPersistence db;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("inspections"), "META-INF/orm-inspections.xml");
        db.run(em -> {
            em.persist(new InspectablePermit(
                    801,
                    "B-2026-000801",
                    Trade.BUILDING,
                    PermitHolder.contractor(71, "Rate Builders"),
                    "1 Main St",
                    LocalDate.of(2026, 1, 5)));
            em.persist(new InspectablePermit(
                    802,
                    "E-2026-000802",
                    Trade.ELECTRICAL,
                    PermitHolder.contractor(71, "Rate Builders"),
                    "1 Main St",
                    LocalDate.of(2026, 1, 5)));
            em.persist(new InspectablePermit(
                    803,
                    "B-2026-000803",
                    Trade.BUILDING,
                    PermitHolder.owner(9, "Home Owner"),
                    "2 Main St",
                    LocalDate.of(2026, 1, 5)));
        });
        // Q1: building 2 of 5 failed (a failure, a partial, then passes), one cancelled; Q2: building 1 not ready of 2;
        // electrical 0 of 1
        result(801, "BLD-FOOTING", InspectionOutcome.FAILED, LocalDateTime.of(2026, 2, 2, 9, 0));
        result(801, "BLD-FOOTING", InspectionOutcome.PARTIAL, LocalDateTime.of(2026, 2, 3, 9, 0));
        result(801, "BLD-FOOTING", InspectionOutcome.PASSED, LocalDateTime.of(2026, 2, 4, 9, 0));
        result(801, "BLD-SLAB", InspectionOutcome.PASSED, LocalDateTime.of(2026, 3, 30, 9, 0));
        result(801, "BLD-FRAMING", InspectionOutcome.PASSED, LocalDateTime.of(2026, 3, 31, 23, 59));
        result(801, "BLD-INSULATION", InspectionOutcome.CANCELLED, LocalDateTime.of(2026, 3, 31, 10, 0));
        result(801, "BLD-INSULATION", InspectionOutcome.NOT_READY, LocalDateTime.of(2026, 4, 1, 0, 0));
        result(801, "BLD-INSULATION", InspectionOutcome.PASSED, LocalDateTime.of(2026, 4, 2, 9, 0));
        result(802, "ELE-ROUGH", InspectionOutcome.PASSED, LocalDateTime.of(2026, 4, 2, 9, 0));
        // a homeowner is no contractor: not counted
        result(803, "BLD-FOOTING", InspectionOutcome.FAILED, LocalDateTime.of(2026, 2, 2, 9, 0));
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static void result(long permitId, String type, InspectionOutcome outcome, LocalDateTime at) {
        db.run(em -> em.persist(InspectionResult.record(
                new PermitInspectionRecord(em)
                        .subject(em.find(InspectablePermit.class, permitId), em.find(InspectionType.class, type), null),
                new InspectionResult.Finding(
                        outcome,
                        at,
                        "inspector",
                        null,
                        outcome == InspectionOutcome.FAILED
                                ? List.of(new InspectionResult.NewDefect("R1", "defect", "here"))
                                : List.of(),
                        Set.of()),
                LocalDateTime.of(2026, 12, 31, 0, 0),
                "inspector",
                Instant.EPOCH)));
    }

    /** The settings at their defaults but for {@code changed}, in force from 2026-01-01. */
    static Settings settings(Map<SettingKey<?>, Object> changed) {
        return new Settings() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T valueOn(SettingKey<T> key, LocalDate date) {
                return changed.containsKey(key) && !date.isBefore(LocalDate.of(2026, 1, 1))
                        ? (T) changed.get(key)
                        : key.defaultValue();
            }
        };
    }

    private static FailureRates rates(jakarta.persistence.EntityManager em, Map<SettingKey<?>, Object> changed) {
        FailureRates rates = new FailureRates();
        rates.em = em;
        rates.settings = settings(changed);
        return rates;
    }

    private static List<FailureRates.Row> rows(Quarter from, Quarter to, Trade trade) {
        return rows(from, to, trade, Map.of());
    }

    private static List<FailureRates.Row> rows(
            Quarter from, Quarter to, Trade trade, Map<SettingKey<?>, Object> changed) {
        return db.inTransaction(em -> rates(em, changed).byContractor(from, to, trade, null));
    }

    private static final Map<SettingKey<?>, Object> PARTIAL_AND_NOT_READY =
            Map.of(InspectionSettings.HIFR_PARTIAL_FAILS, true, InspectionSettings.HIFR_NOT_READY_FAILS, true);

    @Test
    @DisplayName(
            "106, 108.10 F: failure rate = failed inspections / inspections per contractor, discipline and quarter; by the ordinance's "
                    + "words only failed results are failures; partial results are inspections, not-ready and cancelled ones are not; a quarter ends at "
                    + "midnight of its last day; homeowners are no contractors")
    void ratesByQuarter() {
        List<FailureRates.Row> rows = rows(new Quarter(2026, 1), new Quarter(2026, 2), null);
        assertThat(rows)
                .extracting(r -> r.quarter() + " " + r.discipline() + " " + r.failures() + "/" + r.inspections() + " "
                        + r.ratePercent() + " " + r.failuresCounted())
                .containsExactly(
                        "2026-Q1 BUILDING 1/5 20.00 Failed",
                        "2026-Q2 BUILDING 0/1 0.00 Failed",
                        "2026-Q2 ELECTRICAL 0/1 0.00 Failed");
        assertThat(rows).allSatisfy(r -> assertThat(r.contractorId()).isEqualTo(71));
        assertThat(rows(new Quarter(2026, 2), new Quarter(2026, 2), Trade.ELECTRICAL))
                .hasSize(1);
        assertThat(new FailureRates().trend(rows))
                .extracting(p -> p.quarter() + " " + p.discipline() + " " + p.ratePercent())
                .containsExactly("2026-Q1 BUILDING 20.00", "2026-Q2 BUILDING 0.00", "2026-Q2 ELECTRICAL 0.00");
        assertThatThrownBy(() -> rows(new Quarter(2026, 2), new Quarter(2026, 1), null))
                .isInstanceOf(RuleViolationException.class);
        StringWriter csv = new StringWriter();
        assertThatCode(() -> FailureRates.writeCsv(rows, csv)).doesNotThrowAnyException();
        assertThat(csv.toString())
                .startsWith(
                        "quarter,contractorId,contractor,discipline,inspections,failures,ratePercent,failuresCounted")
                .contains("2026-Q1,71,Rate Builders,BUILDING,5,1,20.00,Failed");
    }

    @Test
    @DisplayName(
            "106, 108.10 F: with the settings counting partial and not-ready results as failures, they count (and not-ready ones are "
                    + "then inspections); the rows and the CSV say which results counted")
    void ratesWithPartialAndNotReadyCounted() {
        List<FailureRates.Row> rows = rows(new Quarter(2026, 1), new Quarter(2026, 2), null, PARTIAL_AND_NOT_READY);
        assertThat(rows)
                .extracting(r -> r.quarter() + " " + r.discipline() + " " + r.failures() + "/" + r.inspections() + " "
                        + r.ratePercent() + " " + r.failuresCounted())
                .containsExactly(
                        "2026-Q1 BUILDING 2/5 40.00 Failed, Partial, Not ready",
                        "2026-Q2 BUILDING 1/2 50.00 Failed, Partial, Not ready",
                        "2026-Q2 ELECTRICAL 0/1 0.00 Failed, Partial, Not ready");
        assertThat(rows(
                        new Quarter(2026, 1),
                        new Quarter(2026, 1),
                        Trade.BUILDING,
                        Map.of(InspectionSettings.HIFR_PARTIAL_FAILS, true)))
                .extracting(r -> r.failures() + "/" + r.inspections() + " " + r.failuresCounted())
                .containsExactly("2/5 Failed, Partial");
    }

    @Test
    @DisplayName(
            "108.10 F.2.4: for a contractor who rotated off during the quarter, only the inspections from the rotation on count")
    void countsSinceTheRotation() {
        FailureRates.Row since = db.inTransaction(em -> rates(em, Map.of())
                .since(new Quarter(2026, 1), LocalDate.of(2026, 2, 3), Trade.BUILDING, 71, "Rate Builders"));
        // from 2026-02-03: the partial and three passes; the failure of 2026-02-02 came before the rotation
        assertThat(since.failures() + "/" + since.inspections()).isEqualTo("0/4");
        FailureRates.Row none = db.inTransaction(em -> rates(em, Map.of())
                .since(new Quarter(2026, 1), LocalDate.of(2026, 4, 2), Trade.BUILDING, 71, "Rate Builders"));
        assertThat(none.inspections())
                .as("rotated off after the quarter: nothing of it counts")
                .isZero();
    }

    @Test
    @DisplayName(
            "108.10 F.2.3.1: training taken after the listing adds up to twelve contact hours and rotates off on the day presented; "
                    + "F.2.4 also needs a quarter below")
    void trainingRotatesOff() {
        long first = db.inTransaction(em -> {
            HifrListing l = new HifrListing(
                    71,
                    "Rate Builders",
                    Trade.BUILDING,
                    new Quarter(2026, 1),
                    LocalDate.of(2026, 4, 3),
                    false,
                    "Pat",
                    "n");
            em.persist(l);
            HifrTraining eight = new HifrTraining(
                    l,
                    "Residential framing",
                    8,
                    LocalDate.of(2026, 4, 10),
                    LocalDate.of(2026, 4, 12),
                    LocalDate.of(2026, 5, 1),
                    "tca",
                    Instant.EPOCH);
            em.persist(eight);
            assertThat(l.trainingPresented(eight, 12)).isFalse();
            HifrTraining four = new HifrTraining(
                    l,
                    "Foundations",
                    4,
                    LocalDate.of(2026, 4, 20),
                    LocalDate.of(2026, 4, 21),
                    LocalDate.of(2026, 5, 1),
                    "tca",
                    Instant.EPOCH);
            em.persist(four);
            assertThat(l.trainingPresented(four, 12)).isTrue();
            return l.getId();
        });
        HifrListing stored = db.inTransaction(em -> em.find(HifrListing.class, first));
        assertThat(stored.getRemovedOn()).isEqualTo(LocalDate.of(2026, 4, 21));
        assertThat(stored.getRemovalSection()).isEqualTo("108.10 F.2.3.1");

        db.run(em -> {
            HifrListing again = new HifrListing(
                    71,
                    "Rate Builders",
                    Trade.ELECTRICAL,
                    new Quarter(2026, 1),
                    LocalDate.of(2026, 4, 3),
                    true,
                    "Pat",
                    "n");
            em.persist(again);
            HifrTraining twelve = new HifrTraining(
                    again,
                    "Electrical code",
                    12,
                    LocalDate.of(2026, 4, 10),
                    LocalDate.of(2026, 4, 12),
                    LocalDate.of(2026, 5, 1),
                    "tca",
                    Instant.EPOCH);
            em.persist(twelve);
            assertThat(again.trainingPresented(twelve, 12))
                    .as("F.2.4: a quarter below is still needed")
                    .isFalse();
            assertThat(again.isActive()).isTrue();
            assertThatThrownBy(() -> new HifrTraining(
                            again,
                            "Before",
                            12,
                            LocalDate.of(2026, 3, 1),
                            LocalDate.of(2026, 4, 1),
                            LocalDate.of(2026, 5, 1),
                            "tca",
                            Instant.EPOCH))
                    .isInstanceOf(RuleViolationException.class);
            // F.2.3.1: a class passed before the listing, presented after it, does not count toward rotating off
            assertThatThrownBy(() -> new HifrTraining(
                            again,
                            "Taken before",
                            12,
                            LocalDate.of(2026, 4, 2),
                            LocalDate.of(2026, 4, 5),
                            LocalDate.of(2026, 5, 1),
                            "tca",
                            Instant.EPOCH))
                    .isInstanceOf(RuleViolationException.class)
                    .satisfies(e -> assertThat(((RuleViolationException) e).violations())
                            .extracting(v -> v.field() + " " + v.rule())
                            .containsExactly("completedOn 108.10 F.2.3.1 after-listing"));
            assertThat(new HifrTraining(
                                    again,
                                    "Taken the day of the listing",
                                    12,
                                    LocalDate.of(2026, 4, 3),
                                    LocalDate.of(2026, 4, 5),
                                    LocalDate.of(2026, 5, 1),
                                    "tca",
                                    Instant.EPOCH)
                            .getHours())
                    .isEqualTo(12);
        });
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program, 108.10 F.2.1.1, F.2.2.1: the project's code defect rate counts every trade's inspections and failures, leaves "
                    + "out cancelled results and the re-inspections removed from the calculation, and counts those apart; failed results only are "
                    + "failures unless the setting counts partial and not-ready ones")
    void projectDefectCount() {
        db.run(em -> em.persist(new org.tryon.inspections.register.domain.InspectablePermit(
                804,
                "P-2026-000804",
                Trade.PLUMBING,
                PermitHolder.contractor(72, "Plaza Plumbing"),
                "1 Main St",
                LocalDate.of(2026, 1, 5))));
        result(804, "PLB-ROUGH", InspectionOutcome.FAILED, LocalDateTime.of(2026, 3, 2, 9, 0));
        // a re-inspection that leaves the project's calculation (F.2.2.1: a third party's report came first)
        db.run(em -> em.createNativeQuery(
                        "insert into insp_result (permit_id, permit_number, inspection_type, is_final, outcome, inspected_at, "
                                + "inspector, recorded_at, recorded_by, version, excluded_from_project_fee, exclusion_section) values (804, 'P-2026-000804', "
                                + "'PLB-ROUGH', false, 'PASSED', '2026-03-03 09:00', 'inspector', now(), 'inspector', 0, true, '108.10 F.2.2.1')")
                .executeUpdate());
        var count = db.inTransaction(em -> {
            InspectionQueriesAdapter results = new InspectionQueriesAdapter();
            TestFields.set(results, "em", em);
            return results.projectDefectCount(
                    List.of(new PermitId(801), new PermitId(802), new PermitId(804)), CountedResults.SEED_WORDS);
        });
        // the Re-Inspection Fee Program's words: 801: 5 in Q1 (1 failed, 1 partial that is no failure) + 1 passed in Q2
        // (the not-ready visit is no inspection),
        // 1 cancelled left out; 802: 1 passed; 804: 1 failed, 1 excluded
        assertThat(count.inspections()).isEqualTo(8);
        assertThat(count.failures()).isEqualTo(2);
        assertThat(count.excluded()).isEqualTo(1);
        assertThat(count.byTrade())
                .extracting(t -> t.trade() + " " + t.failures() + "/" + t.inspections())
                .containsExactly("BUILDING 1/6", "ELECTRICAL 0/1", "PLUMBING 1/1");
        assertThat(count.counted().describe())
                .isEqualTo("failures counted: Failed; inspections counted: Passed, Failed, Partial");
        // the department's setting counting partial and not-ready results as failures
        var wide = db.inTransaction(em -> {
            InspectionQueriesAdapter results = new InspectionQueriesAdapter();
            TestFields.set(results, "em", em);
            return results.projectDefectCount(
                    List.of(new PermitId(801), new PermitId(802), new PermitId(804)), new CountedResults(true, true));
        });
        assertThat(wide.inspections()).isEqualTo(9);
        assertThat(wide.failures()).isEqualTo(4);
        assertThat(wide.byTrade())
                .extracting(t -> t.trade() + " " + t.failures() + "/" + t.inspections())
                .containsExactly("BUILDING 3/7", "ELECTRICAL 0/1", "PLUMBING 1/1");
        assertThat(db.inTransaction(em -> {
                            InspectionQueriesAdapter results = new InspectionQueriesAdapter();
                            TestFields.set(results, "em", em);
                            return results.projectDefectCount(List.of(), CountedResults.SEED_WORDS);
                        })
                        .inspections())
                .isZero();
    }
}
