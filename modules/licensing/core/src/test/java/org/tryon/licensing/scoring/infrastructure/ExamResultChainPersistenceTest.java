package org.tryon.licensing.scoring.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tryon.licensing.scoring.infrastructure.ExamFixture.COUNTY;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.licensing.delivery.application.AnswerSheets;
import org.tryon.licensing.scoring.application.ExamResultChain;
import org.tryon.licensing.scoring.application.Scoring;
import org.tryon.licensing.scoring.application.ScoringViews.ResultView;
import org.tryon.licensing.scoring.infrastructure.ExamFixture.Form;
import org.tryon.licensing.scoring.infrastructure.ExamFixture.TestClock;
import org.tryon.platform.audit.chain.AuditChains;
import org.tryon.platform.audit.chain.ChainReport;
import org.tryon.platform.audit.chain.Finding;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/**
 * The records of examinations (107.1.5 C.2) in their audit chain on a real MariaDB (issue 18, ADR 0055): results scored,
 * rescored and invalidated by Tryon verify intact; a score, the pass flag, the status or an answer changed directly in
 * the database is named with its result and field.
 */
class ExamResultChainPersistenceTest {

    static final String HOMEOWNER = "HOMEOWNER-ELECTRICAL";
    static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    static TestPersistence db;
    static final TestClock clock = new TestClock(DAY.atTime(9, 0).atZone(COUNTY).toInstant());

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("licensing"), "META-INF/orm-licensing.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static ResultView scored(Form form, int correct) {
        long registration = ExamFixture.checkedIn(db, HOMEOWNER, DAY, form, ExamFixture.code(), 0);
        return db.inTransaction(em -> new AnswerSheets(em, clock, new Scoring(em, clock, e -> {}))
                .key(registration, ExamFixture.sheet(form, correct)));
    }

    private static <T> T scoring(Function<Scoring, T> work) {
        return db.inTransaction(em -> work.apply(new Scoring(em, clock, e -> {})));
    }

    private static ChainReport verify() {
        return db.inTransaction(em -> new AuditChains(em).verify(new ExamResultChain(em), Map.of()));
    }

    private static List<Finding> about(ChainReport r, long resultId) {
        return r.findings().stream()
                .filter(f -> Long.valueOf(resultId).equals(f.recordId()))
                .toList();
    }

    private static void sql(String statement) {
        db.run(em -> em.createNativeQuery(statement).executeUpdate());
    }

    @Test
    @DisplayName("107.1.5 C.2, issue 18 audit: results scored, rescored and invalidated by Tryon verify intact")
    void tryonsOwnChangesVerifyIntact() {
        Form form = ExamFixture.form(db, HOMEOWNER, 25);
        ResultView first = scored(form, 18);
        ResultView other = scored(form, 10);
        ResultView rescored = scoring(s -> {
            var r = s.rescore(first.attemptId(), "Item challenge upheld");
            return s.result(r.getId()).result();
        });
        scoring(s -> {
            s.invalidate(other.registrationId(), 77, "Notes in the code book");
            return null;
        });
        ChainReport r = verify();
        for (long id : new long[] {first.id(), other.id(), rescored.id()}) {
            assertThat(about(r, id))
                    .as("Tryon's own changes are new links, never breaks")
                    .isEmpty();
        }
        long linksOfFirst = db.inTransaction(em -> ((Number) em.createNativeQuery(
                                "select count(*) from plat_audit_chain where chain = 'exam-results' and record_id = ?1")
                        .setParameter(1, first.id())
                        .getSingleResult())
                .longValue());
        assertThat(linksOfFirst)
                .as("the superseded row is linked again with its new status")
                .isEqualTo(2);
        String latest = db.inTransaction(em -> (String) em.createNativeQuery(
                        "select content from plat_audit_chain where chain = 'exam-results' and record_id = ?1"
                                + " order by seq desc limit 1")
                .setParameter(1, first.id())
                .getSingleResult());
        assertThat(latest)
                .contains("status=SUPERSEDED")
                .contains("raw score=18")
                .contains("answers=1:");
        assertThat(rescored.supersedesResultId()).isEqualTo(first.id());
    }

    @Test
    @DisplayName("107.1.5 C.2, issue 18 audit: a score and a pass flag changed by an UPDATE in MariaDB are named")
    void editedScoreAndPassFlag() {
        Form form = ExamFixture.form(db, HOMEOWNER, 25);
        ResultView failed = scored(form, 12);
        sql("update lic_result set raw_score = 20, percent = 80.00, passed = true where id = " + failed.id());
        List<Finding> found = about(verify(), failed.id());
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.EDITED);
            assertThat(f.label())
                    .startsWith("Exam result " + failed.id() + " of ")
                    .contains("20 of 25, pass");
            assertThat(f.changes())
                    .containsExactly(
                            new Finding.FieldChange("raw score", "12", "20"),
                            new Finding.FieldChange("percent", "48.00", "80.00"),
                            new Finding.FieldChange("passed", "no", "yes"));
        });
    }

    @Test
    @DisplayName(
            "107.1.5 C.2, issue 18 audit: an answer changed after scoring, a status reset and a row removed are named")
    void editedAnswerStatusAndRemovedRow() {
        Form form = ExamFixture.form(db, HOMEOWNER, 25);
        ResultView answered = scored(form, 15);
        ResultView superseded = scored(form, 16);
        scoring(s -> s.rescore(superseded.attemptId(), "Appeal upheld"));
        ResultView removed = scored(form, 17);
        sql("update lic_response set chosen = case chosen when 'A' then 'B' else 'A' end where attempt_id = "
                + answered.attemptId() + " and position = 1");
        sql("update lic_result set status = 'VALID' where id = " + superseded.id());
        sql("delete from lic_result where id = " + removed.id());
        ChainReport r = verify();
        assertThat(about(r, answered.id())).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.EDITED);
            assertThat(f.changes()).extracting(Finding.FieldChange::field).containsExactly("answers");
        });
        assertThat(about(r, superseded.id()))
                .singleElement()
                .satisfies(f -> assertThat(f.changes())
                        .containsExactly(new Finding.FieldChange("status", "SUPERSEDED", "VALID")));
        assertThat(about(r, removed.id()))
                .singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(Finding.Kind.DELETED));
    }
}
