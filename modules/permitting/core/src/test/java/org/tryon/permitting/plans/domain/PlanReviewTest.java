package org.tryon.permitting.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.permits.domain.AbandonmentClock;
import org.tryon.permitting.permits.domain.Dwelling;
import org.tryon.permitting.permits.domain.Fixtures;
import org.tryon.permitting.permits.domain.OccupancyGroup;
import org.tryon.permitting.permits.domain.Project;
import org.tryon.permitting.permits.domain.ProjectAddress;
import org.tryon.permitting.permits.domain.WorkType;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.money.Money;

class PlanReviewTest {

    private static final LocalDate NOTIFIED = LocalDate.of(2026, 3, 2);
    private final AbandonmentClock clock = new AbandonmentClock(120, 180);

    private PlanSubmission completed(Project project, ReviewResult result) {
        PlanSubmission s = new PlanSubmission(
                project,
                null,
                "Set 1",
                "Dana Whitfield",
                "400 S Tryon St",
                null,
                List.of(ReviewDiscipline.BUILDING, ReviewDiscipline.FIRE),
                NOTIFIED.minusDays(20),
                "tech");
        s.recordResult(ReviewDiscipline.FIRE, ReviewResult.APPROVED, null, "fire", NOTIFIED.minusDays(5));
        assertThat(s.getCompletedOn())
                .as("not complete until every discipline has a result")
                .isNull();
        s.recordResult(ReviewDiscipline.BUILDING, result, "Comments kept", "bldg", NOTIFIED);
        return s;
    }

    private Project project(boolean federal) {
        return new Project(
                "P",
                new ProjectAddress("1 Main St", "Charlotte", "NC", "28202"),
                "1",
                Fixtures.owner(),
                "x",
                Money.of(1),
                1000,
                BigDecimal.TEN,
                OccupancyGroup.B,
                false,
                0,
                Dwelling.NONE,
                WorkType.NEW,
                null,
                federal,
                LocalDate.of(2026, 1, 1));
    }

    @Test
    @DisplayName(
            "106 Abandoned Projects: 120 calendar days after all results are notified; abandoned the day after, not on the 120th")
    void abandonedAfter120Days() {
        PlanSubmission s = completed(project(false), ReviewResult.NOT_APPROVED);
        LocalDate last = NOTIFIED.plusDays(120);
        assertThat(clock.lastDay(s)).contains(last);
        assertThat(clock.abandonedOn(last.minusDays(1), s, null)).isFalse();
        assertThat(clock.abandonedOn(last, s, null)).isFalse();
        assertThat(clock.abandonedOn(last.plusDays(1), s, null)).isTrue();
        assertThat(clock.abandonedOn(last.plusDays(1), s, last))
                .as("a permit issued in time")
                .isFalse();
    }

    @Test
    @DisplayName(
            "106 Abandoned Projects, exception: 180 days after a successful cycle with federal review; 120 after an unsuccessful one")
    void federalReviewGets180DaysAfterSuccess() {
        assertThat(clock.lastDay(completed(project(true), ReviewResult.APPROVED)))
                .contains(NOTIFIED.plusDays(180));
        assertThat(clock.lastDay(completed(project(true), ReviewResult.NOT_APPROVED)))
                .contains(NOTIFIED.plusDays(120));
        assertThat(clock.lastDay(completed(project(false), ReviewResult.APPROVED)))
                .contains(NOTIFIED.plusDays(120));
    }

    @Test
    @DisplayName(
            "106 Abandoned Projects: no clock while the cycle is in review; an abandoned project takes no more plans")
    void noClockInReviewAndAbandonedTakesNothing() {
        Project p = project(false);
        PlanSubmission inReview = new PlanSubmission(
                p, null, "Set 1", "A", "B", null, List.of(ReviewDiscipline.BUILDING), NOTIFIED, "tech");
        assertThat(clock.lastDay(inReview)).isEmpty();
        p.abandon(NOTIFIED.plusDays(200));
        assertThatThrownBy(() -> new PlanSubmission(
                        p, null, "Set 2", "A", "B", null, List.of(ReviewDiscipline.BUILDING), NOTIFIED, "tech"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("106 Abandoned Projects");
    }

    @Test
    @DisplayName(
            "Plan review: a resubmittal starts the next cycle, only after every discipline's result; revised plans after approval too (108.8.2)")
    void resubmittalStartsNextCycle() {
        Project p = project(false);
        PlanSubmission first = new PlanSubmission(
                p, null, "Set 1", "A", "B", null, List.of(ReviewDiscipline.BUILDING), NOTIFIED, "tech");
        assertThatThrownBy(() -> new PlanSubmission(
                        p, first, "Set 2", "A", "B", null, List.of(ReviewDiscipline.BUILDING), NOTIFIED, "tech"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("still in review");
        first.recordResult(ReviewDiscipline.BUILDING, ReviewResult.NOT_APPROVED, "Missing exit", "r", NOTIFIED);
        assertThatThrownBy(
                        () -> first.recordResult(ReviewDiscipline.BUILDING, ReviewResult.APPROVED, null, "r", NOTIFIED))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already gave its result");
        PlanSubmission second = new PlanSubmission(
                p, first, "Set 2", "A", "B", null, List.of(ReviewDiscipline.BUILDING), NOTIFIED, "tech");
        assertThat(second.getCycle()).isEqualTo(2);
        second.recordResult(ReviewDiscipline.BUILDING, ReviewResult.APPROVED, null, "r", NOTIFIED);
        assertThat(new PlanSubmission(
                                p,
                                second,
                                "Revised set",
                                "A",
                                "B",
                                null,
                                List.of(ReviewDiscipline.BUILDING),
                                NOTIFIED,
                                "tech")
                        .getCycle())
                .as("108.8.2: revised plans after approval start the next cycle")
                .isEqualTo(3);
        assertThatThrownBy(() -> first.recordResult(ReviewDiscipline.FIRE, ReviewResult.APPROVED, null, "r", NOTIFIED))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("was not asked");
    }

    @Test
    @DisplayName("Plan review: not approving needs comments")
    void notApprovedNeedsComments() {
        PlanSubmission s = new PlanSubmission(
                project(false), null, "Set 1", "A", "B", null, List.of(ReviewDiscipline.BUILDING), NOTIFIED, "t");
        assertThatThrownBy(
                        () -> s.recordResult(ReviewDiscipline.BUILDING, ReviewResult.NOT_APPROVED, " ", "r", NOTIFIED))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("reasons");
    }

    @Test
    @DisplayName(
            "108.8.3: drawings may be destroyed after 30 calendar days from completion and at least 10 days after written notice")
    void drawingsDestruction() {
        PlanSubmission s = completed(project(false), ReviewResult.APPROVED);
        assertThatThrownBy(() -> s.destroy(NOTIFIED.plusDays(60), 30, 10))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("10 days' written notice");
        s.destructionNoticeGiven(NOTIFIED.plusDays(5));
        // 30 days run to day 30; notice days to day 15: the later wins, day 31
        assertThat(s.mayBeDestroyedFrom(30, 10)).contains(NOTIFIED.plusDays(31));
        assertThatThrownBy(() -> s.destroy(NOTIFIED.plusDays(30), 30, 10))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("108.8.3");
        s.destroy(NOTIFIED.plusDays(31), 30, 10);
        assertThat(s.getDestroyedOn()).isEqualTo(NOTIFIED.plusDays(31));
        assertThat(s.getReviews()).extracting(DisciplineReview::getComments).contains("Comments kept");
    }

    @Test
    @DisplayName("108.8.3: a late notice holds destruction to at least 10 days after it, the day before refused")
    void lateNoticeGovernsTheDay() {
        PlanSubmission s = completed(project(false), ReviewResult.APPROVED);
        s.destructionNoticeGiven(NOTIFIED.plusDays(40));
        assertThat(s.mayBeDestroyedFrom(30, 10)).contains(NOTIFIED.plusDays(50));
        assertThatThrownBy(() -> s.destroy(NOTIFIED.plusDays(49), 30, 10)).isInstanceOf(RuleViolationException.class);
        s.destroy(NOTIFIED.plusDays(50), 30, 10);
    }

    @Test
    @DisplayName("108.8.3: drawings picked up are never destroyed")
    void pickedUpDrawingsAreNotDestroyed() {
        PlanSubmission s = completed(project(false), ReviewResult.APPROVED);
        s.pickedUp(NOTIFIED.plusDays(3));
        assertThat(s.mayBeDestroyedFrom(30, 10)).isEmpty();
        assertThatThrownBy(() -> s.destructionNoticeGiven(NOTIFIED.plusDays(40)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("picked the drawings up");
    }
}
