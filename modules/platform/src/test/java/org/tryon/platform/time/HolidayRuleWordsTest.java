package org.tryon.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.text.UsFormat;

class HolidayRuleWordsTest {

    private static HolidayRuleView rule(
            HolidayRuleKind kind,
            Integer month,
            Integer day,
            DayOfWeek weekday,
            Integer nth,
            Integer offset,
            String base) {
        return new HolidayRuleView(
                1L,
                "CODE",
                "Name",
                kind,
                month,
                day,
                weekday,
                nth,
                offset,
                base,
                WeekendObservance.NONE,
                LocalDate.of(2000, 1, 1),
                null,
                "test");
    }

    @Test
    @DisplayName("Holiday rules read as words on the screens, never as their codes (ADR 0052)")
    void rulesInWords() {
        assertThat(rule(HolidayRuleKind.FIXED_DATE, 1, 1, null, null, null, null)
                        .describe(null))
                .isEqualTo("January 1");
        assertThat(rule(HolidayRuleKind.NTH_WEEKDAY, 1, null, DayOfWeek.MONDAY, 3, null, null)
                        .describe(null))
                .isEqualTo("third Monday of January");
        assertThat(rule(HolidayRuleKind.LAST_WEEKDAY, 5, null, DayOfWeek.MONDAY, null, null, null)
                        .describe(null))
                .isEqualTo("last Monday of May");
        assertThat(rule(HolidayRuleKind.EASTER, null, null, null, null, -2, null)
                        .describe(null))
                .isEqualTo("2 days before Easter Sunday");
        assertThat(rule(HolidayRuleKind.AFTER_HOLIDAY, null, null, null, null, 1, "THANKSGIVING")
                        .describe("Thanksgiving"))
                .isEqualTo("1 day after Thanksgiving");
        assertThat(UsFormat.words(HolidayRuleKind.NTH_WEEKDAY)).isEqualTo("The nth weekday of a month");
        assertThat(UsFormat.words(WeekendObservance.FOLLOWING_WEEKDAY)).isEqualTo("The Monday after");
    }
}
