package org.tryon.governance.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.time.WorkingDayCalendar;

class AgendaDeadlinesTest {

    /** Christmas 2026 (Friday) and the day before (Thursday) are county holidays in this calendar. */
    private final WorkingDayCalendar calendar = new WorkingDayCalendar(
            List.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)));

    @Test
    @DisplayName(
            "107.1.4 G: a request for a Tuesday meeting is due six working days before, the Monday of the week before")
    void sixWorkingDays() {
        LocalDate meeting = LocalDate.of(2026, 12, 15);
        assertThat(AgendaDeadlines.bdcRequestDue(meeting, 6, calendar)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(AgendaDeadlines.bdcRequestOnTime(LocalDate.of(2026, 12, 7), meeting, 6, calendar))
                .isTrue();
        assertThat(AgendaDeadlines.bdcRequestOnTime(LocalDate.of(2026, 12, 8), meeting, 6, calendar))
                .isFalse();
    }

    @Test
    @DisplayName("107.1.4 G: six working days across the Christmas holidays reach back two more days")
    void acrossHolidays() {
        // Tuesday 2026-12-29: Mon 28, (Fri 25 and Thu 24 holidays), Wed 23, Tue 22, Mon 21, Fri 18, Thu 17
        LocalDate meeting = LocalDate.of(2026, 12, 29);
        assertThat(AgendaDeadlines.bdcRequestDue(meeting, 6, calendar)).isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(AgendaDeadlines.bdcRequestOnTime(LocalDate.of(2026, 12, 18), meeting, 6, calendar))
                .isFalse();
    }

    @Test
    @DisplayName("107.2.4 G: for a Thursday 10:00 meeting 48 hours and two workdays agree: Tuesday 10:00")
    void midWeek() {
        LocalDateTime start = LocalDateTime.of(2026, 12, 10, 10, 0);
        assertThat(AgendaDeadlines.tabTopicDue(start, 48, 2, calendar)).isEqualTo(LocalDateTime.of(2026, 12, 8, 10, 0));
    }

    @Test
    @DisplayName(
            "107.2.4 G: over a weekend two workdays are greater than 48 hours: a Monday 10:00 meeting's topics are due Thursday 10:00")
    void overWeekend() {
        LocalDateTime start = LocalDateTime.of(2026, 12, 14, 10, 0);
        assertThat(AgendaDeadlines.tabTopicDue(start, 48, 2, calendar))
                .isEqualTo(LocalDateTime.of(2026, 12, 10, 10, 0));
        assertThat(AgendaDeadlines.tabTopicOnTime(LocalDateTime.of(2026, 12, 10, 10, 0), start, 48, 2, calendar))
                .isTrue();
        assertThat(AgendaDeadlines.tabTopicOnTime(LocalDateTime.of(2026, 12, 12, 9, 0), start, 48, 2, calendar))
                .isFalse();
    }

    @Test
    @DisplayName("107.2.4 G: when 72 hours are set, they are greater than two workdays mid-week")
    void hoursGreater() {
        LocalDateTime start = LocalDateTime.of(2026, 12, 10, 10, 0);
        assertThat(AgendaDeadlines.tabTopicDue(start, 72, 2, calendar)).isEqualTo(LocalDateTime.of(2026, 12, 7, 10, 0));
    }
}
