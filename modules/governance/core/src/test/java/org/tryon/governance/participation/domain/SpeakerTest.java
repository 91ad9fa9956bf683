package org.tryon.governance.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.governance.meetings.domain.AgendaItem;
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.governance.roster.domain.Commission;
import org.tryon.platform.errors.RuleViolationException;

/** The public appearance procedure (107.1.4 F): sign-up before the start, three minutes each, ten in all on a matter. */
class SpeakerTest {

    private final Commission bdc = new Commission("BDC", "Building-Development Commission", List.of("A", "B"));
    private final LocalDateTime three = LocalDateTime.of(2026, 12, 8, 15, 0);
    private final SpeakerTime rule = SpeakerTime.ordinance();
    private final Meeting meeting =
            new Meeting(bdc, Meeting.Kind.REGULAR, three, "Hal Marshall Center", null, three.minusDays(30), "clerk");
    private final AgendaItem fees = new AgendaItem(
            meeting,
            AgendaItem.Section.NEW_BUSINESS,
            1,
            "Fee methodology",
            null,
            "Director",
            three.minusDays(10),
            null,
            "clerk");

    private Speaker speaker(String name, AgendaItem item, LocalDateTime at) {
        return new Speaker(meeting, item, name, "on the fees", null, at, Speaker.Via.PUBLIC, "public");
    }

    private static String rule(Throwable e) {
        return ((RuleViolationException) e).violations().get(0).rule();
    }

    @Test
    @DisplayName(
            "107.1.4 F: a sign-up a second before the call to order is taken; one at the call to order is refused, naming 107.1.4 F")
    void signUpBeforeTheStart() {
        Speaker early = speaker("A. Resident", fees, three.minusMinutes(1));
        meeting.callToOrder(three);
        Speaker lastSecond = speaker("B. Resident", fees, three.minusSeconds(1));
        assertThat(List.of(early, lastSecond)).allMatch(s -> s.state() == Speaker.State.WAITING);
        assertThatThrownBy(() -> speaker("C. Resident", fees, three))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("107.1.4 F")
                .satisfies(e -> assertThat(rule(e)).isEqualTo("107.1.4 F sign-up-before-start"));
        assertThatThrownBy(() -> speaker("D. Resident", null, three.plusMinutes(20)))
                .hasMessageContaining("called to order at 3:00 PM on 12/08/2026");
    }

    @Test
    @DisplayName("107.1.4 F: no sign-up for a cancelled meeting, nor for an item of another meeting")
    void signUpOnlyForThisMeeting() {
        Meeting other = new Meeting(bdc, Meeting.Kind.REGULAR, three.plusDays(28), "x", null, three, "clerk");
        AgendaItem elsewhere =
                new AgendaItem(other, AgendaItem.Section.NEW_BUSINESS, 1, "Other", null, "x", three, null, "clerk");
        assertThatThrownBy(() -> speaker("A", elsewhere, three.minusHours(1)))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("107.1.4 F agenda-item"));
        meeting.cancel(three.minusDays(1), "no business");
        assertThatThrownBy(() -> speaker("A", fees, three.minusDays(2))).hasMessageContaining("cancelled");
    }

    @Test
    @DisplayName(
            "107.1.4 F: three minutes per speaker; the fourth speaker on a matter after 9:00 gets 1:00; after 10:00 the matter's time is used")
    void threeMinutesTenOnAMatter() {
        List<Speaker> all = new ArrayList<>();
        for (String n : List.of("A", "B", "C", "D", "E")) {
            all.add(speaker(n, fees, three.minusMinutes(30)));
        }
        Speaker otherBusiness = speaker("F", null, three.minusMinutes(30));
        all.add(otherBusiness);
        meeting.callToOrder(three);
        LocalDateTime t = three.plusMinutes(5);
        for (int i = 0; i < 3; i++) {
            Speaker s = all.get(i);
            s.start(t, rule, s.usedByOthers(all, t), false);
            assertThat(s.getAllowanceSeconds()).isEqualTo(180);
            t = t.plusMinutes(3);
            s.stop(t);
        }
        Speaker fourth = all.get(3);
        assertThat(fourth.usedByOthers(all, t)).isEqualTo(Duration.ofMinutes(9));
        fourth.start(t, rule, fourth.usedByOthers(all, t), false);
        assertThat(fourth.getAllowanceSeconds()).isEqualTo(60);
        t = t.plusSeconds(60);
        fourth.stop(t);
        Speaker fifth = all.get(4);
        LocalDateTime at = t;
        assertThatThrownBy(() -> fifth.start(at, rule, fifth.usedByOthers(all, at), false))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(rule(e)).isEqualTo("107.1.4 F matter-time"))
                .hasMessageContaining("10 minutes");
        otherBusiness.start(t, rule, otherBusiness.usedByOthers(all, t), false);
        assertThat(otherBusiness.getAllowanceSeconds())
                .as("other business is a matter of its own")
                .isEqualTo(180);
    }

    @Test
    @DisplayName(
            "107.1.4 F: one speaker has the floor at a time, in a meeting in progress; the time spoken is kept, also past the allowance")
    void oneAtATime() {
        Speaker a = speaker("A", fees, three.minusMinutes(10));
        Speaker b = speaker("B", fees, three.minusMinutes(9));
        assertThatThrownBy(() -> a.start(three, rule, Duration.ZERO, false))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("107.1.4 F meeting-in-progress"));
        meeting.callToOrder(three);
        a.start(three.plusMinutes(1), rule, Duration.ZERO, false);
        assertThatThrownBy(() -> b.start(three.plusMinutes(2), rule, Duration.ZERO, true))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("107.1.4 F one-speaker"));
        assertThatThrownBy(() -> b.stop(three.plusMinutes(2)))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("107.1.4 F speaking"));
        a.stop(three.plusMinutes(4).plusSeconds(30));
        assertThat(a.spoken(three.plusHours(1))).isEqualTo(Duration.ofSeconds(210));
        assertThat(SpeakerTime.remaining(Duration.ofSeconds(a.getAllowanceSeconds()), a.spoken(three.plusHours(1))))
                .isZero();
        assertThatThrownBy(() -> a.start(three.plusMinutes(5), rule, Duration.ZERO, false))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("107.1.4 F speak-once"));
    }
}
