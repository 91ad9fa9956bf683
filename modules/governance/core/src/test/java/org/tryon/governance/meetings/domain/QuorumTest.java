package org.tryon.governance.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuorumTest {

    @Test
    @DisplayName("107.1.4 A: seven BDC members present make a quorum, six do not")
    void bdcQuorum() {
        assertThat(Quorum.hasQuorum(7, 0, 7)).isTrue();
        assertThat(Quorum.hasQuorum(6, 0, 7)).isFalse();
    }

    @Test
    @DisplayName("107.1.4 A, 107.2.4 J.1: seven present with one recused on the item is no quorum for that item")
    void recusalBreaksQuorum() {
        assertThat(Quorum.hasQuorum(7, 1, 7)).isFalse();
        assertThat(Quorum.hasQuorum(8, 1, 7)).isTrue();
    }

    @Test
    @DisplayName("107.2.4 A: three TAB members make a quorum; three with one conflicted do not")
    void tabQuorum() {
        assertThat(Quorum.hasQuorum(3, 0, 3)).isTrue();
        assertThat(Quorum.hasQuorum(3, 1, 3)).isFalse();
    }

    @Test
    @DisplayName("107.1.4 A: a simple majority of the members present and voting; a tie fails; abstentions do not vote")
    void majority() {
        assertThat(Quorum.carries(4, 3)).isTrue();
        assertThat(Quorum.carries(3, 3)).isFalse();
        assertThat(Quorum.carries(2, 1)).isTrue(); // with four abstaining
        assertThat(Quorum.carries(0, 0)).isFalse();
    }

    @Test
    @DisplayName("Quorum: more recused than present is a programming error")
    void impossible() {
        assertThatThrownBy(() -> Quorum.countable(2, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
