package org.tryon.permitting.plans.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.parties.domain.Owner;
import org.tryon.permitting.permits.domain.Fixtures;
import org.tryon.permitting.permits.domain.Project;
import org.tryon.permitting.plans.domain.PlanSubmission;
import org.tryon.permitting.plans.domain.ReviewDiscipline;
import org.tryon.permitting.plans.domain.ReviewResult;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/**
 * The plan reviewers' work list on a real MariaDB (issue 17): the discipline reviews still pending, oldest submission
 * first, with the calendar days waited to the county's today, and the home card's counts by discipline.
 */
class PendingReviewsPersistenceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    static TestPersistence db;
    static long older;
    static long newer;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("permitting"), "META-INF/orm-permitting.xml");
        // a cycle whose every discipline has given its result: nothing waits
        long done = submit(LocalDate.of(2026, 11, 10), ReviewDiscipline.BUILDING);
        db.run(em -> em.find(PlanSubmission.class, done)
                .recordResult(
                        ReviewDiscipline.BUILDING,
                        ReviewResult.APPROVED,
                        null,
                        "reviewer",
                        LocalDate.of(2026, 11, 12)));
        // submitted later, but listed after the older one
        newer = submit(LocalDate.of(2026, 11, 30), ReviewDiscipline.ELECTRICAL, ReviewDiscipline.BUILDING);
        // the older one: plumbing has given its result, building still waits
        older = submit(LocalDate.of(2026, 11, 20), ReviewDiscipline.BUILDING, ReviewDiscipline.PLUMBING);
        db.run(em -> em.find(PlanSubmission.class, older)
                .recordResult(
                        ReviewDiscipline.PLUMBING,
                        ReviewResult.NOT_APPROVED,
                        "Show the cleanouts",
                        "reviewer",
                        LocalDate.of(2026, 11, 25)));
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    /** A new house project whose plans were submitted on {@code on} for {@code disciplines}; the submission's id. */
    private static long submit(LocalDate on, ReviewDiscipline... disciplines) {
        return db.inTransaction(em -> {
            Owner owner = Fixtures.owner();
            em.persist(owner);
            Project house = Fixtures.house(owner);
            em.persist(house);
            PlanSubmission s = new PlanSubmission(
                    house,
                    null,
                    "Construction set",
                    "Dana Whitfield",
                    "400 S Tryon St, Charlotte, NC 28285",
                    null,
                    List.of(disciplines),
                    on,
                    "tech");
            em.persist(s);
            return s.getId();
        });
    }

    private static <T> T withReviews(Function<PendingReviews, T> question) {
        return db.inTransaction(em -> {
            PendingReviews reviews = new PendingReviews();
            reviews.em = em;
            reviews.clock = Clock.fixed(
                    TODAY.atTime(9, 30).atZone(ZoneId.of("America/New_York")).toInstant(),
                    ZoneId.of("America/New_York"));
            return question.apply(reviews);
        });
    }

    @Test
    @DisplayName(
            "108.8 E, F.1: the plan reviewers' list has only the reviews still pending, oldest submission first, with the"
                    + " calendar days each has waited to the county's today")
    void pendingOnlyOldestFirst() {
        List<PendingReviewView> rows = withReviews(PendingReviews::list);

        assertThat(rows)
                .extracting(
                        PendingReviewView::submissionId,
                        PendingReviewView::discipline,
                        PendingReviewView::submittedOn,
                        PendingReviewView::daysWaiting)
                .containsExactly(
                        tuple(older, "BUILDING", LocalDate.of(2026, 11, 20), 17L),
                        tuple(newer, "BUILDING", LocalDate.of(2026, 11, 30), 7L),
                        tuple(newer, "ELECTRICAL", LocalDate.of(2026, 11, 30), 7L));
        PendingReviewView first = rows.get(0);
        assertThat(first.disciplineLabel()).isEqualTo("Building");
        assertThat(first.projectName()).isEqualTo("Test project");
        assertThat(first.address()).contains("700 N Tryon St");
        assertThat(first.planSet()).isEqualTo("Construction set");
        assertThat(first.cycle()).isEqualTo(1);
        Optional<PendingReviewView> oldest = withReviews(r -> r.oldest(TODAY));
        assertThat(oldest).contains(first);
    }

    @Test
    @DisplayName("108.8 E, F.1: the home card counts the pending reviews by discipline, in plain words with the oldest"
            + " submittal day")
    void countsByDiscipline() {
        PendingReviews.Summary summary = withReviews(PendingReviews::summary);

        assertThat(summary.total()).isEqualTo(3);
        assertThat(summary.byDiscipline())
                .containsExactly(Map.entry(ReviewDiscipline.BUILDING, 2L), Map.entry(ReviewDiscipline.ELECTRICAL, 1L));
        assertThat(summary.oldestSubmittedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(summary.words()).isEqualTo("2 building, 1 electrical; the oldest submitted 11/20/2026");
        List<PendingReviewView> rows = withReviews(PendingReviews::list);
        assertThat(rows).hasSize((int) summary.total());
    }

    @Test
    @DisplayName("Issue 17: with no review pending, the card says so in words")
    void noneWaiting() {
        assertThat(new PendingReviews.Summary(0, Map.of(), null).words())
                .isEqualTo("No plans wait for a discipline's review");
    }
}
