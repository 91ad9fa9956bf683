package org.tryon.permitting.changes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.permits.domain.Fixtures;
import org.tryon.permitting.permits.domain.Project;
import org.tryon.permitting.plans.domain.PlanSubmission;
import org.tryon.permitting.plans.domain.ReviewDiscipline;
import org.tryon.permitting.plans.domain.ReviewResult;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.money.Money;

class ChangeRequestTest {

    private static final LocalDate REQUESTED = LocalDate.of(2026, 12, 1);
    private final Project project = Fixtures.commercial(Fixtures.owner(), 12_000, 450_000);

    private ChangeRequest request() {
        return new ChangeRequest(7, PermitStatus.ISSUED, 0, "Pat Lee", "Move the stair to grid line C", REQUESTED);
    }

    private PlanSubmission approvedPlans(LocalDate submittedOn) {
        PlanSubmission s = new PlanSubmission(
                project,
                null,
                "Revised set",
                "Dana Whitfield",
                "400 S Tryon St",
                null,
                List.of(ReviewDiscipline.BUILDING),
                submittedOn,
                "tech");
        s.recordResult(ReviewDiscipline.BUILDING, ReviewResult.APPROVED, null, "reviewer", submittedOn.plusDays(5));
        return s;
    }

    @Test
    @DisplayName("108.8.2: a change is requested only on an issued permit that allows work")
    void onlyOnAPermitThatAllowsWork() {
        assertThatThrownBy(() -> new ChangeRequest(7, PermitStatus.APPLIED, 0, "Pat Lee", "x", REQUESTED))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("108.8.2");
        assertThatThrownBy(() -> new ChangeRequest(7, PermitStatus.VOID, 0, "Pat Lee", "x", REQUESTED))
                .isInstanceOf(RuleViolationException.class);
        assertThat(new ChangeRequest(7, PermitStatus.WORK_COMMENCED, 0, "Pat Lee", "x", REQUESTED).getState())
                .isEqualTo(ChangeRequest.State.REQUESTED);
    }

    @Test
    @DisplayName(
            "108.8.2: a substantial change is approved only with revised plans approved in a cycle after the request's")
    void substantialNeedsRevisedPlansAfterTheRequest() {
        ChangeRequest change = request();
        assertThatThrownBy(() -> change.approve(true, Money.of(150), null, null, "tca", REQUESTED.plusDays(10)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("revised plans");
        ChangeRequest afterCycleOne = new ChangeRequest(7, PermitStatus.ISSUED, 1, "Pat Lee", "Stair", REQUESTED);
        assertThatThrownBy(() ->
                        afterCycleOne.approve(true, Money.of(150), null, approvedPlans(REQUESTED), "tca", REQUESTED))
                .as("the cycle current at the request is not the revised plans")
                .isInstanceOf(RuleViolationException.class);
        change.approve(
                true,
                Money.of(150),
                "Approved with the revised stair",
                approvedPlans(REQUESTED),
                "tca",
                REQUESTED.plusDays(10));
        assertThat(change.getState()).isEqualTo(ChangeRequest.State.APPROVED);
        assertThat(change.getRevisedPlansCycle()).isEqualTo(1);
        assertThatThrownBy(() -> change.refuse("no", "tca", REQUESTED.plusDays(11)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already approved");
    }

    @Test
    @DisplayName("108.9: additional fees only for a substantial change; never negative")
    void additionalFeesOnlyForSubstantialChanges() {
        assertThatThrownBy(() -> request().approve(false, Money.of(50), null, null, "tca", REQUESTED))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("108.9");
        assertThatThrownBy(() -> request().approve(false, Money.of(-1), null, null, "tca", REQUESTED))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("negative");
        ChangeRequest minor = request();
        minor.approve(false, Money.ZERO, "Clearly permissible", null, "tca", REQUESTED);
        assertThat(minor.getSubstantial()).isFalse();
    }

    @Test
    @DisplayName("108.8.2: a refusal says why")
    void refusalSaysWhy() {
        assertThatThrownBy(() -> request().refuse(" ", "tca", REQUESTED)).isInstanceOf(RuleViolationException.class);
        ChangeRequest change = request();
        change.refuse("Would remove a required exit", "tca", REQUESTED);
        assertThat(change.getState()).isEqualTo(ChangeRequest.State.REFUSED);
    }
}
