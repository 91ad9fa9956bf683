package org.tryon.governance.tab.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.errors.RuleViolationException;

class TabRecommendationTest {

    private static final LocalDateTime MADE = LocalDateTime.of(2026, 11, 19, 11, 0);

    private static TabRecommendation recommendation() {
        return new TabRecommendation(null, "Accept unvented attics meeting R806.5", MADE, "clerk");
    }

    @Test
    @DisplayName(
            "107.2.4 K, 107.2.5 G: the administrator decides only on an interpretation the trade code administrator proposed")
    void proposalBeforeDecision() {
        TabRecommendation r = recommendation();
        assertThatThrownBy(() -> r.decide(TabRecommendation.Decision.ADOPTED, null, "director", MADE.toLocalDate()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("107.2.4 K");
        r.propose("Unvented attics meeting R806.5 need no vents", "tca", MADE.toLocalDate());
        r.decide(TabRecommendation.Decision.ADOPTED, null, "director", MADE.toLocalDate());
        assertThat(r.getDecisionText()).isEqualTo("Unvented attics meeting R806.5 need no vents");
    }

    @Test
    @DisplayName("107.2.5 G: the administrator may not adopt the recommendation: the decision stated, once")
    void notAdoptedStatedOnce() {
        TabRecommendation r = recommendation();
        r.propose("As recommended", "tca", LocalDate.of(2026, 11, 20));
        assertThatThrownBy(() ->
                        r.decide(TabRecommendation.Decision.NOT_ADOPTED, " ", "director", LocalDate.of(2026, 11, 21)))
                .hasMessageContaining("107.2.5 G");
        r.decide(
                TabRecommendation.Decision.NOT_ADOPTED,
                "Attic vents remain required",
                "director",
                LocalDate.of(2026, 11, 21));
        assertThat(r.getDecision()).isEqualTo(TabRecommendation.Decision.NOT_ADOPTED);
        assertThatThrownBy(() ->
                        r.decide(TabRecommendation.Decision.ADOPTED, null, "director", LocalDate.of(2026, 11, 22)))
                .hasMessageContaining("decided on 11/21/2026");
    }

    @Test
    @DisplayName(
            "107.2.4 K: a proposal the day before the recommendation is refused, on its day accepted; proposed once")
    void proposalDayEdge() {
        TabRecommendation r = recommendation();
        assertThatThrownBy(() -> r.propose("x", "tca", MADE.toLocalDate().minusDays(1)))
                .isInstanceOf(RuleViolationException.class);
        r.propose("x", "tca", MADE.toLocalDate());
        assertThatThrownBy(() -> r.propose("y", "tca", MADE.toLocalDate())).hasMessageContaining("proposed on");
    }
}
