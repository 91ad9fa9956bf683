package org.tryon.licensing.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.errors.RuleViolationException;

class ScoreChallengeTest {

    private static final LocalDate FILED = LocalDate.of(2026, 12, 7);

    private static ScoreChallenge item() {
        return new ScoreChallenge(
                ScoreChallenge.ITEM_CHALLENGE, 1, 2, 7, 99L, "Two options are right", FILED, "examiner");
    }

    @Test
    @DisplayName("107.1.5 C: the subcommittee's decision is recorded with its day and reference, once")
    void decisionRecorded() {
        ScoreChallenge c = item();
        assertThatThrownBy(() -> c.decide(true, FILED, "", null, "CREDIT_ALL", null, "examiner"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("reference");
        assertThatThrownBy(() -> c.decide(true, FILED.minusDays(1), "LSC-1", null, "CREDIT_ALL", null, "examiner"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("cannot precede");
        c.decide(true, FILED.plusDays(20), "LSC-2026-07", "Accepted", "KEY_CHANGED", "c", "examiner");
        assertThat(c.getStatus()).isEqualTo("ACCEPTED");
        assertThat(c.getResolution()).isEqualTo("KEY_CHANGED");
        assertThat(c.getCorrectedOption()).isEqualTo("C");
        assertThatThrownBy(() -> c.decide(false, FILED.plusDays(21), "LSC-2026-08", null, null, null, "examiner"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already decided");
    }

    @Test
    @DisplayName(
            "107.1.5 C: an accepted item challenge credits every answer or names the corrected key; a rejected one changes nothing")
    void resolutions() {
        ScoreChallenge noKey = item();
        assertThatThrownBy(() -> noKey.decide(true, FILED, "LSC-1", null, "KEY_CHANGED", null, "examiner"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("corrected letter");
        ScoreChallenge rejected = item();
        rejected.decide(false, FILED, "LSC-1", "The key stands", null, null, "examiner");
        assertThat(rejected.getStatus()).isEqualTo("REJECTED");
        assertThat(rejected.getResolution()).isNull();
        ScoreChallenge appeal = new ScoreChallenge(
                ScoreChallenge.SCORE_APPEAL, 1, 2, 7, 99L, "My sheet was keyed wrong", FILED, "examiner");
        assertThat(appeal.getPosition()).isNull();
        appeal.decide(true, FILED, "LSC-2", null, null, null, "examiner");
        assertThat(appeal.getResolution()).isEqualTo("RESCORE");
    }
}
