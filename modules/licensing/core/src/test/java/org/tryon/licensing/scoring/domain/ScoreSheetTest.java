package org.tryon.licensing.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.licensing.scoring.domain.ScoreSheet.Keyed;

class ScoreSheetTest {

    private static final BigDecimal CUT = new BigDecimal("72.00");

    private static List<Keyed> keys(int n) {
        List<Keyed> keys = new ArrayList<>();
        for (int p = 1; p <= n; p++) {
            keys.add(
                    new Keyed(p, p, p <= 10 ? "NEC 210 Branch circuits" : "NEC 250 Grounding and bonding", "A", false));
        }
        return keys;
    }

    private static Map<Integer, String> correct(int n, int of) {
        Map<Integer, String> answers = new HashMap<>();
        for (int p = 1; p <= of; p++) {
            answers.put(p, p <= n ? "A" : "B");
        }
        return answers;
    }

    @Test
    @DisplayName("106, homeowner test: 18 of 25 is 72.00 % and passes at 72 %")
    void eighteenOfTwentyFivePasses() {
        ScoreSheet.Score s = ScoreSheet.score(keys(25), correct(18, 25), CUT);
        assertThat(s.raw()).isEqualTo(18);
        assertThat(s.percent()).isEqualTo(new BigDecimal("72.00"));
        assertThat(s.passed()).isTrue();
    }

    @Test
    @DisplayName("106, homeowner test: 17 of 25 is 68.00 % and fails at 72 %")
    void seventeenOfTwentyFiveFails() {
        ScoreSheet.Score s = ScoreSheet.score(keys(25), correct(17, 25), CUT);
        assertThat(s.percent()).isEqualTo(new BigDecimal("68.00"));
        assertThat(s.passed()).isFalse();
        assertThat(s.areas())
                .containsExactly(
                        new ScoreSheet.AreaScore("NEC 210 Branch circuits", 10, 10),
                        new ScoreSheet.AreaScore("NEC 250 Grounding and bonding", 7, 15));
    }

    @Test
    @DisplayName(
            "106: the percent is rounded half up to two decimals (2 of 3 = 66.67, 1 of 8 = 12.50, 35 of 50 = 70.00 passes at 70)")
    void roundingHalfUp() {
        assertThat(ScoreSheet.percent(2, 3)).isEqualTo(new BigDecimal("66.67"));
        assertThat(ScoreSheet.percent(1, 3)).isEqualTo(new BigDecimal("33.33"));
        assertThat(ScoreSheet.percent(1, 8)).isEqualTo(new BigDecimal("12.50"));
        assertThat(ScoreSheet.passes(ScoreSheet.percent(35, 50), new BigDecimal("70")))
                .isTrue();
        assertThat(ScoreSheet.passes(ScoreSheet.percent(34, 50), new BigDecimal("70")))
                .isFalse();
        assertThatThrownBy(() -> ScoreSheet.percent(26, 25)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName(
            "107.1.5 C: an accepted challenge crediting every answer gives the point to a blank and a wrong answer alike")
    void creditAll() {
        List<Keyed> keys = new ArrayList<>(keys(25));
        keys.set(24, new Keyed(25, 25, "NEC 250 Grounding and bonding", "A", true));
        Map<Integer, String> answers = correct(17, 24);
        assertThat(ScoreSheet.score(keys, answers, CUT).raw()).isEqualTo(18);
        assertThat(ScoreSheet.score(keys, answers, CUT).passed()).isTrue();
    }
}
