package org.tryon.licensing.statistics.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.licensing.itembank.application.ItemBankDemoLoaded;
import org.tryon.licensing.module.application.ExamRuleBook;
import org.tryon.licensing.statistics.application.ExamStatistics;
import org.tryon.licensing.statistics.application.SimulatedAdministrations;
import org.tryon.licensing.statistics.application.StatisticsDemoData;
import org.tryon.licensing.statistics.application.StatisticsScope;
import org.tryon.licensing.statistics.application.StatisticsViews.FormOption;
import org.tryon.licensing.statistics.application.StatisticsViews.ItemRow;
import org.tryon.licensing.statistics.application.StatisticsViews.Report;
import org.tryon.licensing.statistics.application.StatisticsViews.SessionOption;
import org.tryon.platform.errors.InvalidInputException;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/**
 * Item statistics loaded from MariaDB (107.1.5 C): the exam tables filled by native SQL as delivery and scoring would,
 * the hand-computed matrix of {@code ItemAnalysisTest} as one administration, and the demo's simulated administrations.
 */
class ExamStatisticsPersistenceTest {

    static final String HOMEOWNER = "HOMEOWNER-ELECTRICAL";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T15:00:00Z"), ZoneId.of("America/New_York"));

    static TestPersistence db;
    static long handSession;
    static long laterSession;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("licensing"), "META-INF/orm-licensing.xml");
        db.run(em -> {
            long form = StatisticsFixture.form(em, "T-HAND", HOMEOWNER, "ABCD");
            handSession = StatisticsFixture.session(em, HOMEOWNER, LocalDate.of(2026, 11, 2));
            // the hand matrix ('-' = no response row, '.' = a row with nothing chosen)
            StatisticsFixture.attempt(em, handSession, form, HOMEOWNER, "ABCA", "SUBMITTED", "VALID");
            StatisticsFixture.attempt(em, handSession, form, HOMEOWNER, "ABCA", "SUBMITTED", "VALID");
            StatisticsFixture.attempt(em, handSession, form, HOMEOWNER, "ABCB", "SUBMITTED", "SUPERSEDED", "VALID");
            StatisticsFixture.attempt(em, handSession, form, HOMEOWNER, "ABAD", "SUBMITTED", "VALID");
            StatisticsFixture.attempt(em, handSession, form, HOMEOWNER, "ACAD", "SUBMITTED");
            StatisticsFixture.attempt(em, handSession, form, HOMEOWNER, "B.D-", "SUBMITTED", "VALID");
            // left out: an invalidated result (an irregularity) and an attempt still in progress
            StatisticsFixture.attempt(em, handSession, form, HOMEOWNER, "ABCD", "SUBMITTED", "VALID", "INVALIDATED");
            StatisticsFixture.attempt(em, handSession, form, HOMEOWNER, "ABCD", "IN_PROGRESS");
            laterSession = StatisticsFixture.session(em, HOMEOWNER, LocalDate.of(2026, 11, 20));
            StatisticsFixture.attempt(em, laterSession, form, HOMEOWNER, "ABCD", "SUBMITTED", "VALID");
            StatisticsFixture.attempt(em, laterSession, form, HOMEOWNER, "----", "SUBMITTED", "VALID");
        });
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static Report report(StatisticsScope scope) {
        return db.inTransaction(em -> new ExamStatistics(em, CLOCK).report(scope));
    }

    @Test
    @DisplayName(
            "107.1.5 C: one administration loaded from MariaDB gives the hand-computed p, r_pb, KR-20 and SEM; invalidated and unfinished attempts are left out")
    void administration() {
        Report r = report(StatisticsScope.session("T-HAND", handSession));
        assertThat(r.candidates()).isEqualTo(6);
        assertThat(r.items()).isEqualTo(4);
        assertThat(r.sessionDate()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(r.mean()).isEqualByComparingTo("2.3333");
        assertThat(r.sd()).isEqualByComparingTo("1.1055");
        assertThat(r.kr20()).isEqualByComparingTo("0.4242");
        assertThat(r.sem()).isEqualByComparingTo("0.8389");
        assertThat(r.itemRows())
                .extracting(ItemRow::difficulty)
                .extracting(Object::toString)
                .containsExactly("0.8333", "0.6667", "0.5000", "0.3333");
        assertThat(r.itemRows())
                .extracting(ItemRow::discrimination)
                .extracting(Object::toString)
                .containsExactly("0.8783", "0.6325", "0.1857", "-0.3062");
        assertThat(r.itemRows().get(3).flags()).containsExactly("discrimination below 0.00");
        assertThat(r.itemRows().get(1).blankShare()).isEqualByComparingTo("0.1667");
        assertThat(r.itemRows().get(0).item()).isEqualTo("T-HAND-Q1");
        assertThat(r.itemRows().get(0).version()).isEqualTo(2);
        assertThat(r.options()).containsExactly("A", "B", "C", "D");
        assertThat(r.scoreCounts()).containsExactly(1, 0, 1, 4, 0);
    }

    @Test
    @DisplayName(
            "107.1.5 C: over a period the sessions of its days count; the thresholds are those of the period's last day")
    void period() {
        Report all = report(StatisticsScope.period("T-HAND", null, null));
        assertThat(all.candidates()).isEqualTo(8);
        assertThat(all.thresholdsOn()).isEqualTo(LocalDate.of(2026, 12, 6));
        Report later = report(
                new StatisticsScope(HOMEOWNER, "T-HAND", null, LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 30)));
        assertThat(later.candidates()).isEqualTo(2);
        assertThat(later.thresholdsOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        // totals 4 and 0: every item is right for one and wrong for the other, p = 0.5; the rest scores 3 and 0 vary
        assertThat(later.itemRows()).allSatisfy(i -> assertThat(i.difficulty()).isEqualByComparingTo("0.5000"));
        assertThat(later.kr20()).isEqualByComparingTo("1.0000");
        assertThat(report(StatisticsScope.period("T-HAND", LocalDate.of(2027, 1, 1), null))
                        .candidates())
                .isZero();
    }

    @Test
    @DisplayName("107.1.5 C: no candidate in the scope gives n/a (null), never NaN")
    void empty() {
        Report none = report(StatisticsScope.period("T-HAND", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1)));
        assertThat(none.candidates()).isZero();
        assertThat(none.kr20()).isNull();
        assertThat(none.mean()).isNull();
        assertThat(none.itemRows()).allSatisfy(i -> {
            assertThat(i.difficulty()).isNull();
            assertThat(i.difficultyText()).isEqualTo("n/a");
        });
    }

    @Test
    @DisplayName("107.1.5 C: the CSV export holds the item table, n/a for an undefined value")
    void csv() {
        StringWriter out = new StringWriter();
        ExamStatistics.writeCsv(report(StatisticsScope.session("T-HAND", handSession)), out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0))
                .isEqualTo("position,item,version,item_version_id,content_area,key,n,right,p,discrimination,"
                        + "share_A,share_B,share_C,share_D,share_blank,flags");
        assertThat(lines.get(4))
                .startsWith("4,T-HAND-Q4,2,")
                .contains(",D,6,2,0.3333,-0.3062,0.3333,0.1667,0.0000,0.3333,0.1667,")
                .endsWith("discrimination below 0.00");
        StringWriter empty = new StringWriter();
        ExamStatistics.writeCsv(report(StatisticsScope.period("T-HAND", LocalDate.of(2027, 1, 1), null)), empty);
        assertThat(empty.toString().lines().skip(1).findFirst().orElseThrow()).contains(",n/a,n/a,");
    }

    @Test
    @DisplayName(
            "107.1.5 C: a missing or unknown form, a form of another certificate type, or a session and a period together are refused naming the field")
    void refusals() {
        assertThatThrownBy(() -> report(StatisticsScope.period(null, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("form");
        assertThatThrownBy(() -> report(StatisticsScope.period("NOPE", null, null)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> report(new StatisticsScope("JOURNEYMAN-ELECTRICIAN", "T-HAND", null, null, null)))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(
                                ((RuleViolationException) e).violations().get(0).field())
                        .isEqualTo("certificateType"));
        assertThatThrownBy(
                        () -> report(new StatisticsScope(null, "T-HAND", handSession, LocalDate.of(2026, 1, 1), null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() ->
                        report(StatisticsScope.period("T-HAND", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 1))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("before it begins");
    }

    @Test
    @DisplayName("107.1.5 C: the forms and the administrations to choose from")
    void choices() {
        List<FormOption> forms = db.inTransaction(em -> new ExamStatistics(em, CLOCK).forms(HOMEOWNER));
        assertThat(forms).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("T-HAND");
            assertThat(f.items()).isEqualTo(4);
            assertThat(f.attempts()).isEqualTo(9);
        });
        List<SessionOption> sessions = db.inTransaction(em -> new ExamStatistics(em, CLOCK).sessions("T-HAND"));
        assertThat(sessions).extracting(SessionOption::id).containsExactly(laterSession, handSession);
    }

    @Test
    @DisplayName(
            "Demo: the item bank's demo forms get about 200 simulated candidates in held sessions; the bad items are flagged; loading twice adds nothing")
    void demoAdministrations() {
        db.run(em -> {
            StatisticsFixture.form(em, "JE-A", "JOURNEYMAN-ELECTRICIAN", keys(50));
            StatisticsFixture.form(em, "JE-B", "JOURNEYMAN-ELECTRICIAN", keys(50));
            StatisticsFixture.form(em, "HO-A", HOMEOWNER, keys(25));
            StatisticsFixture.form(em, "HO-B", HOMEOWNER, keys(25));
        });
        db.run(em -> new StatisticsDemoData(em, new ExamRuleBook(em), CLOCK, true).load(new ItemBankDemoLoaded()));
        db.run(em -> new StatisticsDemoData(em, new ExamRuleBook(em), CLOCK, true).load(new ItemBankDemoLoaded()));
        db.run(em -> new StatisticsDemoData(em, new ExamRuleBook(em), CLOCK, false).load(new ItemBankDemoLoaded()));
        long simulated = count("select count(*) from lic_attempt a join lic_form f on f.id = a.form_id"
                + " where f.code in ('JE-A', 'JE-B', 'HO-A', 'HO-B')");
        assertThat(simulated).isEqualTo(200);
        assertThat(count("select count(*) from lic_exam_session where status = 'HELD'"
                        + " and proctor = 'Demo proctor' and session_date < '2026-12-06'"))
                .isEqualTo(6);
        assertThat(count("select count(*) from lic_result where status = 'INVALIDATED'" + " and recorded_by = 'demo'"))
                .isEqualTo(4);
        assertThat(
                        count(
                                "select count(*) from lic_registration r join lic_application a"
                                        + " on a.id = r.application_id where r.status = 'COMPLETED' and a.status = 'ELIGIBLE' and r.form_id is not null"))
                .isGreaterThanOrEqualTo(200);
        assertThat(count("select count(*) from lic_response r join lic_attempt a on a.id = r.attempt_id"
                        + " join lic_form f on f.id = a.form_id where f.code = 'JE-A'"))
                .isEqualTo(70 * 50);

        Report je = report(StatisticsScope.period("JE-A", null, null));
        assertThat(je.candidates()).isEqualTo(68);
        assertThat(je.kr20()).isNotNull();
        assertThat(je.kr20().doubleValue()).isGreaterThan(0.6);
        assertThat(je.itemRows()
                        .get(SimulatedAdministrations.TOO_HARD_POSITION - 1)
                        .flags())
                .contains("p below 0.20");
        assertThat(je.itemRows()
                        .get(SimulatedAdministrations.TOO_EASY_POSITION - 1)
                        .flags())
                .contains("p above 0.95");
        assertThat(je.itemRows()
                        .get(SimulatedAdministrations.NEGATIVE_POSITION - 1)
                        .flags())
                .contains("discrimination below 0.00");
        assertThat(je.flagged()).isLessThan(10);
        Report ho = report(StatisticsScope.period("HO-B", null, null));
        assertThat(ho.candidates()).isEqualTo(30);
        assertThat(ho.kr20()).isNotNull();
    }

    private static long count(String sql) {
        Long n = db.inTransaction(em -> StatisticsFixture.id(em, sql));
        return n;
    }

    private static String keys(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("ABCD".charAt((i * 7 + 3) % 4));
        }
        return b.toString();
    }
}
