package org.tryon.governance.tab.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.errors.RuleViolationException;

class DoiReferralTest {

    private static final LocalDate SENT = LocalDate.of(2026, 11, 20);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static DoiReferral referral() {
        return new DoiReferral(null, null, "Member's firm holds the permit", SENT, TODAY, "clerk");
    }

    @Test
    @DisplayName("107.2.4 J.2: a referral is sent, answered with the Section's evaluation, then closed; its days kept")
    void sentAnsweredClosed() {
        DoiReferral r = referral();
        assertThat(r.getStatus()).isEqualTo(DoiReferral.Status.SENT);
        r.answer("No objection to the TAB's recommendation", SENT.plusDays(10), TODAY);
        assertThat(r.getStatus()).isEqualTo(DoiReferral.Status.ANSWERED);
        r.close(TODAY, null, TODAY);
        assertThat(r.getStatus()).isEqualTo(DoiReferral.Status.CLOSED);
        assertThat(r.getAnsweredOn()).isEqualTo(SENT.plusDays(10));
        assertThat(r.getClosedOn()).isEqualTo(TODAY);
    }

    @Test
    @DisplayName(
            "107.2.4 J.2: an answer before the day sent or after today is refused; answered on the day sent is kept")
    void answerDayEdges() {
        assertThatThrownBy(() -> referral().answer("x", SENT.minusDays(1), TODAY))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> referral().answer("x", TODAY.plusDays(1), TODAY))
                .isInstanceOf(RuleViolationException.class);
        DoiReferral r = referral();
        r.answer("x", SENT, TODAY);
        assertThat(r.getAnsweredOn()).isEqualTo(SENT);
    }

    @Test
    @DisplayName("107.2.4 J.2: answered once; a referral without an answer is closed only with a note")
    void onceAndNote() {
        DoiReferral r = referral();
        r.answer("x", TODAY, TODAY);
        assertThatThrownBy(() -> r.answer("y", TODAY, TODAY)).hasMessageContaining("107.2.4 J.2");
        DoiReferral unanswered = referral();
        assertThatThrownBy(() -> unanswered.close(TODAY, " ", TODAY)).hasMessageContaining("note");
        unanswered.close(TODAY, "Project withdrawn", TODAY);
        assertThat(unanswered.getAnswer()).isEqualTo("Closed without an answer: Project withdrawn");
        assertThatThrownBy(() -> unanswered.close(TODAY, "again", TODAY)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    @DisplayName("107.2.4 J.2: a referral sent tomorrow is refused")
    void notInFuture() {
        assertThatThrownBy(() -> new DoiReferral(null, null, "x", TODAY.plusDays(1), TODAY, "clerk"))
                .isInstanceOf(RuleViolationException.class);
    }
}
