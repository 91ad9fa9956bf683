package org.tryon.governance.notices.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.governance.officers.domain.OfficerRules;
import org.tryon.platform.errors.RuleViolationException;

class NoticeRulesTest {

    @Test
    @DisplayName("G.S. 143-318.12: a schedule change filed 7 days ahead is in time, 6 days ahead is refused")
    void scheduleChange() {
        assertThat(NoticeRules.scheduleChangeInTime(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 15), 7))
                .isTrue();
        assertThat(NoticeRules.scheduleChangeInTime(LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 15), 7))
                .isFalse();
    }

    @Test
    @DisplayName("G.S. 143-318.12: a special meeting needs 48 hours' notice, to the minute")
    void specialNotice() {
        LocalDateTime start = LocalDateTime.of(2026, 12, 10, 18, 0);
        assertThat(NoticeRules.specialNoticeInTime(LocalDateTime.of(2026, 12, 8, 18, 0), start, 48))
                .isTrue();
        assertThat(NoticeRules.specialNoticeInTime(LocalDateTime.of(2026, 12, 8, 18, 1), start, 48))
                .isFalse();
    }

    @Test
    @DisplayName("107.2.4 E: a quarter without a TAB meeting warns the clerk 30 days before it ends, not earlier")
    void quarterlyWarning() {
        assertThat(NoticeRules.quarterEnd(LocalDate.of(2026, 11, 2))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(NoticeRules.quarterlyMeetingWarning(LocalDate.of(2026, 12, 1), false, 30))
                .isTrue();
        assertThat(NoticeRules.quarterlyMeetingWarning(LocalDate.of(2026, 11, 30), false, 30))
                .isFalse();
        assertThat(NoticeRules.quarterlyMeetingWarning(LocalDate.of(2026, 12, 20), true, 30))
                .isFalse();
    }

    @Test
    @DisplayName("107.1.3: a BDC chair who is not the Chamber of Commerce representative is refused")
    void chair() {
        assertThatThrownBy(() -> OfficerRules.checkBdcChair("Pat Doe", false))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("107.1.3")
                .hasMessageContaining("Chamber of Commerce");
        OfficerRules.checkBdcChair("Chris Roe", true);
    }
}
