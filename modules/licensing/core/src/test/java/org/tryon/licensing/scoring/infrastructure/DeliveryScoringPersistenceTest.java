package org.tryon.licensing.scoring.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tryon.licensing.scoring.infrastructure.ExamFixture.COUNTY;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.licensing.delivery.application.AnswerSheets;
import org.tryon.licensing.delivery.application.ExamKiosk;
import org.tryon.licensing.delivery.application.KioskViews.KioskView;
import org.tryon.licensing.delivery.application.KioskViews.Saved;
import org.tryon.licensing.delivery.application.KioskViews.State;
import org.tryon.licensing.delivery.domain.ExamAttempt;
import org.tryon.licensing.module.domain.ExamRule;
import org.tryon.licensing.scoring.application.Challenges;
import org.tryon.licensing.scoring.application.ResultRecorded;
import org.tryon.licensing.scoring.application.ScoreReports;
import org.tryon.licensing.scoring.application.Scoring;
import org.tryon.licensing.scoring.application.ScoringViews.ChallengeView;
import org.tryon.licensing.scoring.application.ScoringViews.ResultDetail;
import org.tryon.licensing.scoring.application.ScoringViews.ResultView;
import org.tryon.licensing.scoring.infrastructure.ExamFixture.Form;
import org.tryon.licensing.scoring.infrastructure.ExamFixture.TestClock;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.money.Money;
import org.tryon.platform.pdf.PdfDocumentBuilder;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** Delivery and scoring of licensing examinations on a real MariaDB (106, 107.1.5 C). */
class DeliveryScoringPersistenceTest {

    static final String HOMEOWNER = "HOMEOWNER-ELECTRICAL";
    static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    static TestPersistence db;
    static final TestClock clock = new TestClock(DAY.atTime(9, 0).atZone(COUNTY).toInstant());
    static final List<ResultRecorded> events = new ArrayList<>();

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("licensing"), "META-INF/orm-licensing.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static <T> T kiosk(Function<ExamKiosk, T> work) {
        return db.inTransaction(em -> work.apply(new ExamKiosk(em, clock, new Scoring(em, clock, events::add))));
    }

    private static <T> T sheets(Function<AnswerSheets, T> work) {
        return db.inTransaction(em -> work.apply(new AnswerSheets(em, clock, new Scoring(em, clock, events::add))));
    }

    private static <T> T scoring(Function<Scoring, T> work) {
        return db.inTransaction(em -> work.apply(new Scoring(em, clock, events::add)));
    }

    private static <T> T challenges(Function<Challenges, T> work) {
        return db.inTransaction(em -> work.apply(new Challenges(em, clock, new Scoring(em, clock, events::add))));
    }

    @Test
    @DisplayName(
            "106, homeowner test: 18 of 25 is 72.00 % and passes at the 72 % cut score; 17 of 25 is 68.00 % and fails")
    void eighteenPassesSeventeenFails() {
        Form form = ExamFixture.form(db, HOMEOWNER, 25);
        long pass = ExamFixture.checkedIn(db, HOMEOWNER, DAY, form, ExamFixture.code(), 0);
        long fail = ExamFixture.checkedIn(db, HOMEOWNER, DAY, form, ExamFixture.code(), 0);
        events.clear();
        ResultView passed = sheets(s -> s.key(pass, ExamFixture.sheet(form, 18)));
        ResultView failed = sheets(s -> s.key(fail, ExamFixture.sheet(form, 17)));

        assertThat(passed.rawScore()).isEqualTo(18);
        assertThat(passed.itemCount()).isEqualTo(25);
        assertThat(passed.percent()).isEqualByComparingTo("72.00");
        assertThat(passed.cutScorePercent()).isEqualByComparingTo("72.00");
        assertThat(passed.passed()).isTrue();
        assertThat(failed.rawScore()).isEqualTo(17);
        assertThat(failed.percent()).isEqualByComparingTo("68.00");
        assertThat(failed.passed()).isFalse();
        assertThat(passed.status()).isEqualTo("VALID");
        assertThat(passed.takenOn()).isEqualTo(DAY);
        assertThat(ExamFixture.status(db, pass)).isEqualTo("COMPLETED");
        assertThat(events).extracting(ResultRecorded::resultId).containsExactly(passed.id(), failed.id());
        assertThat(events).extracting(ResultRecorded::passed).containsExactly(true, false);
        List<ResultView> ofCandidate = scoring(s -> s.resultsOfCandidate(passed.candidateId()));
        assertThat(ofCandidate).extracting(ResultView::id).containsExactly(passed.id());

        ResultDetail detail = scoring(s -> s.result(failed.id()));
        assertThat(detail.areas()).hasSize(3);
        assertThat(detail.areas().stream().mapToInt(a -> a.correct()).sum()).isEqualTo(17);
        assertThat(detail.retake().anotherAttemptAllowed())
                .as("the homeowner test may be taken once")
                .isFalse();
        byte[] pdf = ScoreReports.fill(detail, PdfDocumentBuilder.titled("Examination score report"))
                .render();
        assertThat(new String(pdf, 0, 4)).isEqualTo("%PDF");
    }

    @Test
    @DisplayName("106: the cut score is the one in force on the day the exam was taken, not on the day it is scored")
    void cutScoreOfTheDayTaken() {
        db.run(em -> em.persist(new ExamRule(
                HOMEOWNER,
                LocalDate.of(2040, 1, 1),
                25,
                120,
                new BigDecimal("76.00"),
                Money.of("0.00"),
                0,
                1,
                0,
                365,
                true,
                null,
                0,
                "test: a higher cut score from 2040",
                "test",
                Instant.now())));
        Form form = ExamFixture.form(db, HOMEOWNER, 25);
        long before = ExamFixture.checkedIn(db, HOMEOWNER, LocalDate.of(2039, 12, 31), form, ExamFixture.code(), 0);
        long after = ExamFixture.checkedIn(db, HOMEOWNER, LocalDate.of(2040, 1, 1), form, ExamFixture.code(), 0);
        ResultView r1 = sheets(s -> s.key(before, ExamFixture.sheet(form, 18)));
        ResultView r2 = sheets(s -> s.key(after, ExamFixture.sheet(form, 18)));
        assertThat(r1.cutScorePercent()).isEqualByComparingTo("72");
        assertThat(r1.passed()).isTrue();
        assertThat(r2.cutScorePercent()).isEqualByComparingTo("76");
        assertThat(r2.passed()).isFalse();
    }

    @Test
    @DisplayName(
            "106: each answer is saved as given; after an interruption the candidate resumes with the answers and the time left")
    void resumeKeepsAnswersAndTime() {
        Form form = ExamFixture.form(db, HOMEOWNER, 25);
        String code = ExamFixture.code();
        long reg = ExamFixture.checkedIn(db, HOMEOWNER, DAY, form, code, 30);

        KioskView ready = kiosk(k -> k.view(code.toLowerCase()));
        assertThat(ready.state()).isEqualTo(State.READY);
        assertThat(ready.candidateName()).isEqualTo("Candidate " + code);
        assertThat(ready.allowedSeconds())
                .as("120 minutes and 30 extra minutes of an accommodation")
                .isEqualTo(150 * 60);
        assertThat(ready.codeBookSupplied()).isTrue();

        KioskView started = kiosk(k -> k.start(code));
        assertThat(started.state()).isEqualTo(State.IN_PROGRESS);
        assertThat(started.questions()).hasSize(25);
        assertThat(started.remainingSeconds()).isEqualTo(150 * 60);
        kiosk(k -> k.answer(code, 1, "b"));
        kiosk(k -> k.answer(code, 2, "C"));
        kiosk(k -> k.flag(code, 3, true));
        assertThatThrownBy(() -> kiosk(k -> k.answer(code, 4, "E")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("no option 'E'");
        assertThatThrownBy(() -> kiosk(k -> k.answer(code, 26, "A")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("no question 26");

        clock.advanceSeconds(600);
        KioskView resumed = kiosk(k -> k.start(code));
        assertThat(resumed.state()).isEqualTo(State.IN_PROGRESS);
        assertThat(resumed.answers().get(0).chosen()).isEqualTo("B");
        assertThat(resumed.answers().get(1).chosen()).isEqualTo("C");
        assertThat(resumed.answers().get(2).flagged()).isTrue();
        assertThat(resumed.answered()).isEqualTo(2);
        assertThat(resumed.remainingSeconds())
                .as("the clock kept running through the interruption")
                .isEqualTo(150 * 60 - 600);

        KioskView submitted = kiosk(k -> k.submit(code));
        assertThat(submitted.state()).isEqualTo(State.SUBMITTED);
        assertThat(form.keys()).startsWith("BC");
        assertThat(submitted.result().rawScore())
                .as("the two answers given, both the keys")
                .isEqualTo(2);
        assertThat(ExamFixture.status(db, reg)).isEqualTo("COMPLETED");
        assertThatThrownBy(() -> kiosk(k -> k.answer(code, 5, "A")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("submitted");
    }

    @Test
    @DisplayName(
            "106: after the time no answer is taken and the attempt is submitted; the time-out job submits an abandoned attempt")
    void timeOut() {
        Form form = ExamFixture.form(db, HOMEOWNER, 25);
        String code = ExamFixture.code();
        ExamFixture.checkedIn(db, HOMEOWNER, DAY, form, code, 0);
        kiosk(k -> k.start(code));
        kiosk(k -> k.answer(code, 1, String.valueOf(form.keys().charAt(0))));
        clock.advanceSeconds(120 * 60 - 1);
        assertThat(kiosk(k -> k.answer(code, 2, String.valueOf(form.keys().charAt(1))))
                        .accepted())
                .as("one second before the end")
                .isTrue();
        clock.advanceSeconds(1);
        assertThat(kiosk(k -> k.view(code)).state())
                .as("a read does not submit")
                .isEqualTo(State.TIME_UP);
        Saved late = kiosk(k -> k.answer(code, 3, String.valueOf(form.keys().charAt(2))));
        assertThat(late.accepted()).isFalse();
        assertThat(late.refusal()).contains("time was up");
        assertThat(late.kiosk().state()).isEqualTo(State.SUBMITTED);
        assertThat(late.kiosk().result().rawScore())
                .as("the answers given before the time")
                .isEqualTo(2);
        ExamAttempt attempt = db.inTransaction(
                em -> em.createQuery("select a from ExamAttempt a where a.registrationId = :r", ExamAttempt.class)
                        .setParameter("r", late.kiosk().registrationId())
                        .getSingleResult());
        assertThat(attempt.getSubmittedHow()).isEqualTo("TIME_OUT");
        assertThat(attempt.getUsedSeconds()).isEqualTo(120 * 60);

        String abandoned = ExamFixture.code();
        ExamFixture.checkedIn(db, HOMEOWNER, DAY, form, abandoned, 0);
        kiosk(k -> k.start(abandoned));
        clock.advanceSeconds(120 * 60 + 5);
        assertThat(kiosk(ExamKiosk::finalizeExpired)).isGreaterThanOrEqualTo(1);
        assertThat(kiosk(k -> k.view(abandoned)).state()).isEqualTo(State.SUBMITTED);
    }

    @Test
    @DisplayName(
            "Outage plan: a paper batch is recorded entirely or not at all, each refusal naming its line, field and rule")
    void paperBatchAllOrNothing() {
        Form form = ExamFixture.form(db, HOMEOWNER, 25);
        long a = ExamFixture.checkedIn(db, HOMEOWNER, DAY, form, ExamFixture.code(), 0);
        long b = ExamFixture.checkedIn(db, HOMEOWNER, DAY, form, ExamFixture.code(), 0);
        long c = ExamFixture.checkedIn(db, HOMEOWNER, DAY, form, ExamFixture.code(), 0);
        String bad = "registration,answers\n" + a + "," + ExamFixture.sheet(form, 20) + "\n" + b + ","
                + ExamFixture.sheet(form, 20).substring(1) + "\n" + c + "," + "E"
                + ExamFixture.sheet(form, 20).substring(1) + "\n999999," + ExamFixture.sheet(form, 1) + "\n";
        assertThatThrownBy(() -> sheets(s -> s.importBatch(bad)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.violations())
                            .extracting(v -> v.field())
                            .containsExactly("line 3: answers", "line 4: answers", "line 5: registration");
                    assertThat(e.violations().get(0).message()).contains("has 25 questions; the sheet has 24");
                    assertThat(e.violations().get(1).message()).contains("question 1 has no option 'E'");
                });
        assertThat(ExamFixture.status(db, a)).as("nothing recorded").isEqualTo("CHECKED_IN");

        String good = "registration,answers\n" + a + "," + ExamFixture.sheet(form, 20) + "\n" + b + ","
                + ExamFixture.sheet(form, 10).substring(0, 24) + "-\n";
        List<ResultView> results = sheets(s -> s.importBatch(good));
        assertThat(results).extracting(ResultView::rawScore).containsExactly(20, 10);
        assertThat(results).extracting(ResultView::mode).containsOnly("PAPER");
        assertThatThrownBy(() -> sheets(s -> s.importBatch(good)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    @DisplayName(
            "107.1.5 C: an accepted item challenge rescores every attempt of the item as new rows superseding the old, never an edit")
    void rescoreIsANewRow() {
        Form form = ExamFixture.form(db, HOMEOWNER, 25);
        long a = ExamFixture.checkedIn(db, HOMEOWNER, DAY, form, ExamFixture.code(), 0);
        long b = ExamFixture.checkedIn(db, HOMEOWNER, DAY, form, ExamFixture.code(), 0);
        ResultView ra = sheets(s -> s.key(a, ExamFixture.sheet(form, 17)));
        ResultView rb = sheets(s -> s.key(b, ExamFixture.sheet(form, 25)));
        assertThat(ra.passed()).isFalse();

        ChallengeView filed = challenges(c ->
                c.file(new Challenges.File(ra.id(), "ITEM_CHALLENGE", 25, "Two options are correct under NEC 210.8")));
        assertThat(filed.status()).isEqualTo("FILED");
        assertThatThrownBy(() -> challenges(c -> c.decide(
                        filed.id(), new Challenges.Decide(true, DAY.toString(), " ", null, "CREDIT_ALL", null))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("reference");
        ChallengeView decided = challenges(c -> c.decide(
                filed.id(),
                new Challenges.Decide(true, DAY.toString(), "LSC-2026-07", "Both accepted", "CREDIT_ALL", null)));
        assertThat(decided.status()).isEqualTo("ACCEPTED");
        assertThat(decided.resultsRescored()).isGreaterThanOrEqualTo(2);

        ResultDetail da = scoring(s ->
                s.result(scoring(x -> x.currentOfRegistration(a)).orElseThrow().id()));
        assertThat(da.result().rawScore()).isEqualTo(18);
        assertThat(da.result().passed()).isTrue();
        assertThat(da.result().supersedesResultId()).isEqualTo(ra.id());
        assertThat(da.history()).extracting(ResultView::status).containsExactly("SUPERSEDED", "VALID");
        assertThat(da.history().get(0).rawScore())
                .as("the first row is kept as it was")
                .isEqualTo(17);
        assertThat(scoring(x -> x.currentOfRegistration(b)).orElseThrow().rawScore())
                .isEqualTo(25);
        assertThat(scoring(x -> x.currentOfRegistration(b)).orElseThrow().supersedesResultId())
                .isEqualTo(rb.id());
    }

    @Test
    @DisplayName(
            "107.1.5 C.2: an irregularity that invalidates records an INVALIDATED result, at once or when the attempt is scored later")
    void invalidation() {
        Form form = ExamFixture.form(db, HOMEOWNER, 25);
        long scored = ExamFixture.checkedIn(db, HOMEOWNER, DAY, form, ExamFixture.code(), 0);
        long later = ExamFixture.checkedIn(db, HOMEOWNER, DAY, form, ExamFixture.code(), 0);
        ResultView first = sheets(s -> s.key(scored, ExamFixture.sheet(form, 20)));
        events.clear();
        scoring(s -> {
            s.invalidate(scored, 41, "Notes written into the code book");
            return null;
        });
        ResultView now = scoring(s -> s.currentOfRegistration(scored)).orElseThrow();
        assertThat(now.status()).isEqualTo("INVALIDATED");
        assertThat(now.passed()).isFalse();
        assertThat(now.supersedesResultId()).isEqualTo(first.id());
        assertThat(events).extracting(ResultRecorded::passed).containsExactly(false);

        scoring(s -> {
            s.invalidate(later, 42, "Notes in the reference book");
            return null;
        });
        ResultView laterResult = sheets(s -> s.key(later, ExamFixture.sheet(form, 22)));
        assertThat(laterResult.status()).isEqualTo("INVALIDATED");
        assertThat(laterResult.reason()).contains("irregularity 42");
        assertThatThrownBy(() -> scoring(s -> s.rescore(laterResult.attemptId(), "test")))
                .hasMessageContaining("invalidated");
    }
}
