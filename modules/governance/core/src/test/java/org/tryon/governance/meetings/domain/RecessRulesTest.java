package org.tryon.governance.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.errors.RuleViolationException;

class RecessRulesTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 10, 17, 30);

    @Test
    @DisplayName(
            "G.S. 143-318.12(b)(1): a recess with the time and place of resumption announced in open session needs no new notice")
    void announcedRecess() {
        assertThatCode(() -> RecessRules.check(
                        Meeting.Status.IN_PROGRESS, true, AT, AT.plusDays(1).withHour(9), "Room 267"))
                .doesNotThrowAnyException();
        assertThat(RecessRules.describe(AT, AT.plusDays(1).withHour(9), "Room 267"))
                .isEqualTo(
                        "Recessed at 5:30 PM on 12/10/2026; the time and place of resumption were announced in open session: 12/11/2026 at 9:30 AM, Room 267 "
                                + "(no new notice, G.S. 143-318.12(b)(1)).");
    }

    @Test
    @DisplayName(
            "G.S. 143-318.12(b)(1): a recess not announced in open session is refused (adjourn and notice a new meeting)")
    void notAnnounced() {
        assertThatThrownBy(() -> RecessRules.check(Meeting.Status.IN_PROGRESS, false, AT, AT.plusHours(1), "Room 267"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("announced in open session");
    }

    @Test
    @DisplayName(
            "G.S. 143-318.12(b)(1): the resumption is after the recess, at a stated place; one minute later is enough")
    void timeAndPlace() {
        assertThatThrownBy(() -> RecessRules.check(Meeting.Status.IN_PROGRESS, true, AT, AT, "Room 267"))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> RecessRules.check(Meeting.Status.IN_PROGRESS, true, AT, null, "Room 267"))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> RecessRules.check(Meeting.Status.IN_PROGRESS, true, AT, AT.plusHours(1), " "))
                .isInstanceOf(RuleViolationException.class);
        assertThatCode(() -> RecessRules.check(Meeting.Status.IN_PROGRESS, true, AT, AT.plusMinutes(1), "Room 267"))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("G.S. 143-318.12(b)(1): only a meeting in progress is recessed")
    void inProgressOnly() {
        for (Meeting.Status s :
                new Meeting.Status[] {Meeting.Status.SCHEDULED, Meeting.Status.ADJOURNED, Meeting.Status.CANCELLED}) {
            assertThatThrownBy(() -> RecessRules.check(s, true, AT, AT.plusHours(1), "Room 267"))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("in progress");
        }
    }
}
