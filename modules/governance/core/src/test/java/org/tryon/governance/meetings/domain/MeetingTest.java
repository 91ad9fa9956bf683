package org.tryon.governance.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.governance.roster.domain.Commission;
import org.tryon.governance.roster.domain.Person;
import org.tryon.platform.errors.RuleViolationException;

class MeetingTest {

    private final Commission bdc = new Commission("BDC", "Building-Development Commission", List.of("A", "B"));
    private final LocalDateTime three = LocalDateTime.of(2026, 11, 10, 15, 0);

    private Meeting meeting() {
        return new Meeting(bdc, Meeting.Kind.REGULAR, three, "Hal Marshall Center", null, three.minusDays(30), "clerk");
    }

    @Test
    @DisplayName(
            "107.1.1 B: a meeting's time runs from the call to order to adjournment; only a held regular meeting counts")
    void lengthAndCounting() {
        Meeting m = meeting();
        assertThat(m.countsForAttendance()).isFalse();
        m.callToOrder(three.plusMinutes(5));
        m.adjourn(three.plusMinutes(125));
        assertThat(m.length()).isEqualTo(Duration.ofMinutes(120));
        assertThat(m.countsForAttendance()).isTrue();
        Meeting special = new Meeting(bdc, Meeting.Kind.SPECIAL, three, "x", "budget", three.minusDays(3), "clerk");
        special.callToOrder(three);
        special.adjourn(three.plusHours(1));
        assertThat(special.countsForAttendance()).isFalse();
    }

    @Test
    @DisplayName("107.1.4 D: a meeting is cancelled before it starts, never after; it adjourns after its call to order")
    void states() {
        Meeting m = meeting();
        m.callToOrder(three);
        assertThatThrownBy(() -> m.cancel(three, "no business")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> m.adjourn(three.minusMinutes(1)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("before the call to order");
        Meeting other = meeting();
        other.cancel(three.minusDays(2), "No business before the commission (107.1.4 D)");
        assertThat(other.getStatus()).isEqualTo(Meeting.Status.CANCELLED);
        assertThatThrownBy(() -> other.callToOrder(three)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    @DisplayName(
            "107.1.1 B: presence counts only inside the meeting's time; a departure is after the arrival and recorded once")
    void presence() {
        Person p = new Person("Avery Chen", null, null, null, true);
        Presence early = new Presence(meeting(), p, three.minusMinutes(20), "clerk");
        early.depart(three.plusMinutes(40));
        assertThat(early.within(three, three.plusMinutes(120))).isEqualTo(Duration.ofMinutes(40));
        assertThat(early.presentAt(three.plusMinutes(39))).isTrue();
        assertThat(early.presentAt(three.plusMinutes(40))).isFalse();
        assertThatThrownBy(() -> early.depart(three.plusMinutes(50))).isInstanceOf(RuleViolationException.class);
        Presence stays = new Presence(meeting(), p, three.plusMinutes(10), "clerk");
        assertThat(stays.within(three, three.plusMinutes(120))).isEqualTo(Duration.ofMinutes(110));
        assertThatThrownBy(() -> stays.depart(three.plusMinutes(9))).isInstanceOf(RuleViolationException.class);
    }

    @Test
    @DisplayName("107.1.1 B: the chair decides a request to be excused once")
    void excuseDecidedOnce() {
        ExcusedAbsence e = new ExcusedAbsence(
                meeting(),
                new Person("Casey Monroe", null, null, null, true),
                three.toLocalDate().minusDays(2),
                ExcusedAbsence.Channel.EMAIL,
                ExcusedAbsence.Reason.ILLNESS,
                null);
        e.decide(true, three.toLocalDate(), "Jordan Alvarez");
        assertThat(e.getDecision()).isEqualTo(ExcusedAbsence.Decision.EXCUSED);
        assertThatThrownBy(() -> e.decide(false, three.toLocalDate(), "Jordan Alvarez"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("decided this request already");
    }
}
