package org.tryon.governance.tab.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.errors.RuleViolationException;

class TabParticipationTest {

    @Test
    @DisplayName(
            "107.2.4 J.1: a member who declared a conflict with the item is refused the concurrence, naming 107.2.4 J.1")
    void conflictedMemberRefused() {
        assertThatThrownBy(() -> TabParticipation.checkConcurrence(7, "Cameron Doyle", Set.of(5L, 6L, 7L), Set.of(7L)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("107.2.4 J.1")
                .satisfies(e -> assertThat(
                                ((RuleViolationException) e).violations().get(0).rule())
                        .isEqualTo("107.2.4 J.1 no-part"));
    }

    @Test
    @DisplayName("107.2.4 I: a member not present does not concur; a present one without a conflict does")
    void presentOnly() {
        assertThatThrownBy(() -> TabParticipation.checkConcurrence(8, "Riley Ferraro", Set.of(5L, 6L), Set.of()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("107.2.4 I");
        TabParticipation.checkConcurrence(5, "Alexis Romero", Set.of(5L, 6L), Set.of(7L));
    }

    @Test
    @DisplayName(
            "107.2.4 I: the concurrences missing are those of the members present, less the conflicted, less those who concurred")
    void missing() {
        assertThat(TabParticipation.missing(Set.of(5L, 6L, 7L, 8L), Set.of(7L), Set.of(5L)))
                .containsExactly(6L, 8L);
        assertThat(TabParticipation.missing(Set.of(5L, 7L), Set.of(7L), Set.of(5L)))
                .isEmpty();
    }
}
