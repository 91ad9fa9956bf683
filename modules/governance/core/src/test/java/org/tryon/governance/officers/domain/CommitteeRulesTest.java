package org.tryon.governance.officers.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CommitteeRulesTest {

    @Test
    @DisplayName("107.1.4 C: a subcommittee's quorum is a majority of its seats unless set: 3 of 5, 2 of 3, 3 of 4")
    void majorityUnlessSet() {
        assertThat(CommitteeRules.quorum(5, null)).isEqualTo(3);
        assertThat(CommitteeRules.quorum(3, null)).isEqualTo(2);
        assertThat(CommitteeRules.quorum(4, null)).isEqualTo(3);
        assertThat(CommitteeRules.quorum(5, 4)).isEqualTo(4);
    }

    @Test
    @DisplayName(
            "107.1.4 C: a quorum set below a majority or above the seats is refused (2 of 5, 6 of 5); 3 and 5 of 5 accepted")
    void quorumSetWithinTheSeats() {
        assertThatThrownBy(() -> CommitteeRules.checkQuorum(5, 2)).hasMessageContaining("107.1.4 C");
        assertThatThrownBy(() -> CommitteeRules.checkQuorum(5, 6)).hasMessageContaining("from 3 to 5");
        assertThatCode(() -> CommitteeRules.checkQuorum(5, 3)).doesNotThrowAnyException();
        assertThatCode(() -> CommitteeRules.checkQuorum(5, 5)).doesNotThrowAnyException();
        assertThatCode(() -> CommitteeRules.checkQuorum(5, null)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName(
            "107.1.4 C: a member drawn from the BDC must be a BDC member; a licensing subcommittee's charter may seat others (107.1.5 C)")
    void membersDrawnFromTheParent() {
        assertThatThrownBy(() -> CommitteeRules.checkMember("FEE", "BDC", "Lee Marchetti", true, false))
                .hasMessageContaining("107.1.4 C");
        assertThatCode(() -> CommitteeRules.checkMember("FEE", "BDC", "Morgan Lee", true, true))
                .doesNotThrowAnyException();
        assertThatCode(() -> CommitteeRules.checkMember("ELECLIC", "BDC", "Lee Marchetti", false, false))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("107.1.4 C, 107.1.5 C: only the BDC establishes subcommittees; the TAB does not")
    void establishedByTheBdc() {
        assertThatCode(() -> CommitteeRules.checkParent("BDC", Committee.Kind.TASK_FORCE))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> CommitteeRules.checkParent("TAB", Committee.Kind.LICENSING))
                .hasMessageContaining("107.1.5 C");
        assertThatThrownBy(() -> CommitteeRules.checkParent("TAB", Committee.Kind.SUBCOMMITTEE))
                .hasMessageContaining("107.1.4 C");
    }
}
