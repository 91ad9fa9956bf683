package org.tryon.governance.officers.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.governance.meetings.domain.Motion;

class ClosedSessionRulesTest {

    @Test
    @DisplayName("G.S. 143-318.11(c): a closed session only on a motion of the meeting adopted by vote in open session")
    void motionAdoptedInOpenSession() {
        assertThatCode(() -> ClosedSessionRules.checkMotion(
                        true, Motion.Status.CARRIED, false, null, null, "G.S. 143-318.11(a)(6)"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ClosedSessionRules.checkMotion(
                        true, Motion.Status.FAILED, false, null, null, "G.S. 143-318.11(a)(6)"))
                .hasMessageContaining("adopted by vote");
        assertThatThrownBy(() -> ClosedSessionRules.checkMotion(
                        true, Motion.Status.OPEN, false, null, null, "G.S. 143-318.11(a)(6)"))
                .hasMessageContaining("G.S. 143-318.11(c)");
        assertThatThrownBy(() -> ClosedSessionRules.checkMotion(
                        false, Motion.Status.CARRIED, false, null, null, "G.S. 143-318.11(a)(6)"))
                .hasMessageContaining("this meeting");
        assertThatThrownBy(() -> ClosedSessionRules.checkMotion(
                        true, Motion.Status.CARRIED, true, null, null, "G.S. 143-318.11(a)(6)"))
                .hasMessageContaining("open session");
    }

    @Test
    @DisplayName(
            "G.S. 143-318.11(c): a motion under (a)(1) names the law that makes the information confidential; without it refused")
    void citationWhereThePurposeNeedsIt() {
        String needed = "the name or citation of the law that makes the information privileged or confidential";
        assertThatThrownBy(() -> ClosedSessionRules.checkMotion(
                        true, Motion.Status.CARRIED, false, needed, " ", "G.S. 143-318.11(a)(1)"))
                .hasMessageContaining("G.S. 143-318.11(a)(1)");
        assertThatCode(() -> ClosedSessionRules.checkMotion(
                        true, Motion.Status.CARRIED, false, needed, "G.S. 105-259", "G.S. 143-318.11(a)(1)"))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName(
            "G.S. 143-318.11: the closed session starts at or after the motion's adoption (a second before is refused) and ends after it starts")
    void times() {
        LocalDateTime adopted = LocalDateTime.of(2027, 1, 12, 15, 30);
        assertThatCode(() -> ClosedSessionRules.checkTimes(adopted, adopted, null))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ClosedSessionRules.checkTimes(adopted, adopted.minusSeconds(1), null))
                .hasMessageContaining("after the motion");
        assertThatThrownBy(() -> ClosedSessionRules.checkTimes(null, adopted, adopted.minusMinutes(1)))
                .hasMessageContaining("started");
    }

    @Test
    @DisplayName("G.S. 143-318.10(e): a sealed account is shown only to the clerk; released, to every reader")
    void sealedUntilReleased() {
        assertThat(ClosedSessionRules.visibleAccount("Discussed the claim", false, true))
                .isEqualTo("Discussed the claim");
        assertThat(ClosedSessionRules.visibleAccount("Discussed the claim", false, false))
                .isNull();
        assertThat(ClosedSessionRules.visibleAccount("Discussed the claim", true, false))
                .isEqualTo("Discussed the claim");
        assertThat(ClosedSessionRules.visibleAccount(null, true, true)).isNull();
    }
}
