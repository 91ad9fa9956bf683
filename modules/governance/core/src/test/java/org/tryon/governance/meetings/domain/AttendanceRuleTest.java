package org.tryon.governance.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttendanceRuleTest {

    private final AttendanceRule rule = AttendanceRule.ordinance();

    @ParameterizedTest(name = "107.1.1 B: {0} meetings need {1}, at most {2} of them excused")
    @CsvSource({"12, 9, 2", "11, 9, 2", "10, 8, 2", "8, 6, 1", "4, 3, 0", "1, 1, 0", "0, 0, 0"})
    void neededAndExcusedCap(int meetings, int needed, int cap) {
        assertThat(rule.needed(meetings)).isEqualTo(needed);
        assertThat(rule.excusedCap(meetings)).isEqualTo(cap);
    }

    @Test
    @DisplayName("107.1.1 B: 9 of 12 attended complies")
    void nineOfTwelve() {
        AttendanceRule.Result r = rule.assess(12, 9, 0);
        assertThat(r.complies()).isTrue();
        assertThat(r.explanation()).contains("12 regular meetings: 9 needed").contains("complies");
    }

    @Test
    @DisplayName("107.1.1 B: 7 attended and 2 excused of 12 complies (2 is 25 % of 9, rounded down)")
    void sevenAndTwoExcused() {
        AttendanceRule.Result r = rule.assess(12, 7, 2);
        assertThat(r.complies()).isTrue();
        assertThat(r.credited()).isEqualTo(9);
        assertThat(r.excusedNotCounted()).isZero();
    }

    @Test
    @DisplayName("107.1.1 B: 6 attended and 3 excused of 12 does not comply: the third excused absence does not count")
    void sixAndThreeExcused() {
        AttendanceRule.Result r = rule.assess(12, 6, 3);
        assertThat(r.complies()).isFalse();
        assertThat(r.credited()).isEqualTo(8);
        assertThat(r.excusedNotCounted()).isEqualTo(1);
        assertThat(r.shortfall()).isEqualTo(1);
        assertThat(r.explanation()).contains("does not comply").contains("1 more excused not counted");
    }

    @Test
    @DisplayName("107.1.1 B: 8 of 12 attended without excuses does not comply")
    void eightOfTwelve() {
        assertThat(rule.assess(12, 8, 0).complies()).isFalse();
    }

    @Test
    @DisplayName("107.1.1 B: present for half the meeting's time counts; a minute less does not")
    void halfTheMeeting() {
        assertThat(rule.attended(60, 120)).isTrue();
        assertThat(rule.attended(59, 120)).isFalse();
        assertThat(rule.attended(61, 121)).isTrue();
        assertThat(rule.attended(60, 121)).isFalse();
    }

    @Test
    @DisplayName("107.1.1 B: the percentages are settings: at 80 % and 20 %, 12 meetings need 10, 2 of them excused")
    void otherPercentages() {
        AttendanceRule other = new AttendanceRule(
                new java.math.BigDecimal("80"), new java.math.BigDecimal("20"), new java.math.BigDecimal("50"));
        assertThat(other.needed(12)).isEqualTo(10);
        assertThat(other.excusedCap(12)).isEqualTo(2);
    }
}
