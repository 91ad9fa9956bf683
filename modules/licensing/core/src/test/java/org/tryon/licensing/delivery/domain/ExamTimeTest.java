package org.tryon.licensing.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.errors.RuleViolationException;

class ExamTimeTest {

    private static final Instant START = Instant.parse("2026-12-07T14:00:00Z");

    @Test
    @DisplayName("106: the time is the rule's minutes plus an accommodation's extra minutes")
    void allowed() {
        assertThat(ExamTime.allowedSeconds(120, 0)).isEqualTo(7200);
        assertThat(ExamTime.allowedSeconds(120, 30)).isEqualTo(9000);
    }

    @Test
    @DisplayName("106: the server's clock keeps running from the start; at the deadline the time is up")
    void countsFromTheStart() {
        ExamTime t = new ExamTime(START, 7200);
        assertThat(t.remainingSeconds(START.plusSeconds(600))).isEqualTo(6600);
        assertThat(t.isUp(START.plusSeconds(7199))).isFalse();
        assertThat(t.isUp(START.plusSeconds(7200))).isTrue();
        assertThat(t.remainingSeconds(START.plusSeconds(9000))).isZero();
        assertThat(t.usedSeconds(START.plusSeconds(9000))).isEqualTo(7200);
    }

    @Test
    @DisplayName(
            "106: an attempt submitted after the time is dated at the deadline and marked TIME_OUT; it is submitted once")
    void submitAtTimeOut() {
        ExamAttempt a = ExamAttempt.onScreen(1, 2, START, 7200);
        a.submit(START.plusSeconds(8000), false);
        assertThat(a.getSubmittedAt()).isEqualTo(START.plusSeconds(7200));
        assertThat(a.getSubmittedHow()).isEqualTo("TIME_OUT");
        assertThatThrownBy(() -> a.submit(START.plusSeconds(8001), false)).isInstanceOf(RuleViolationException.class);
        ExamAttempt b = ExamAttempt.onScreen(1, 2, START, 7200);
        b.submit(START.plusSeconds(3000), false);
        assertThat(b.getSubmittedHow()).isEqualTo("CANDIDATE");
        assertThat(b.getUsedSeconds()).isEqualTo(3000);
    }
}
