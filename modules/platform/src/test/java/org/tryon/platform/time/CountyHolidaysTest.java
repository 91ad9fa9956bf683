package org.tryon.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tryon.platform.time.HolidayRuleKind.AFTER_HOLIDAY;
import static org.tryon.platform.time.HolidayRuleKind.EASTER;
import static org.tryon.platform.time.HolidayRuleKind.FIXED_DATE;
import static org.tryon.platform.time.HolidayRuleKind.LAST_WEEKDAY;
import static org.tryon.platform.time.HolidayRuleKind.NTH_WEEKDAY;
import static org.tryon.platform.time.WeekendObservance.FOLLOWING_WEEKDAY;
import static org.tryon.platform.time.WeekendObservance.NEAREST_WEEKDAY;
import static org.tryon.platform.time.WeekendObservance.NONE;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The county's holidays of any year from its rules; the dates are checked against a printed calendar. */
class CountyHolidaysTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

    /** The rules the platform migration seeds (Mecklenburg County's observed holidays). */
    static final List<HolidayRuleView> COUNTY = List.of(
            fixed("NEW_YEAR", "New Year's Day", 1, 1, FOLLOWING_WEEKDAY),
            rule(
                    "MLK_DAY",
                    "Martin Luther King Jr. Day",
                    NTH_WEEKDAY,
                    1,
                    null,
                    DayOfWeek.MONDAY,
                    3,
                    null,
                    null,
                    NONE,
                    LONG_AGO),
            rule("GOOD_FRIDAY", "Good Friday", EASTER, null, null, null, null, -2, null, NONE, LONG_AGO),
            rule(
                    "MEMORIAL_DAY",
                    "Memorial Day",
                    LAST_WEEKDAY,
                    5,
                    null,
                    DayOfWeek.MONDAY,
                    null,
                    null,
                    null,
                    NONE,
                    LONG_AGO),
            rule(
                    "JUNETEENTH",
                    "Juneteenth",
                    FIXED_DATE,
                    6,
                    19,
                    null,
                    null,
                    null,
                    null,
                    NEAREST_WEEKDAY,
                    LocalDate.of(2022, 1, 1)),
            fixed("INDEPENDENCE_DAY", "Independence Day", 7, 4, NEAREST_WEEKDAY),
            rule("LABOR_DAY", "Labor Day", NTH_WEEKDAY, 9, null, DayOfWeek.MONDAY, 1, null, null, NONE, LONG_AGO),
            fixed("VETERANS_DAY", "Veterans Day", 11, 11, NEAREST_WEEKDAY),
            rule(
                    "THANKSGIVING",
                    "Thanksgiving",
                    NTH_WEEKDAY,
                    11,
                    null,
                    DayOfWeek.THURSDAY,
                    4,
                    null,
                    null,
                    NONE,
                    LONG_AGO),
            rule(
                    "THANKSGIVING_2",
                    "Day after Thanksgiving",
                    AFTER_HOLIDAY,
                    null,
                    null,
                    null,
                    null,
                    1,
                    "THANKSGIVING",
                    NONE,
                    LONG_AGO),
            fixed("CHRISTMAS_EVE", "Christmas Eve", 12, 24, FOLLOWING_WEEKDAY),
            fixed("CHRISTMAS", "Christmas Day", 12, 25, NEAREST_WEEKDAY));

    /** The rows the holiday list held for 2026 and 2027 before the rules replaced it. */
    static final List<HolidayView> SEEDED_2026_2027 = List.of(
            seeded("2026-01-01", "New Year's Day", "NEW_YEAR"),
            seeded("2026-01-19", "Martin Luther King Jr. Day", "MLK_DAY"),
            seeded("2026-04-03", "Good Friday", "GOOD_FRIDAY"),
            seeded("2026-05-25", "Memorial Day", "MEMORIAL_DAY"),
            seeded("2026-06-19", "Juneteenth", "JUNETEENTH"),
            seeded("2026-07-03", "Independence Day (observed)", "INDEPENDENCE_DAY"),
            seeded("2026-09-07", "Labor Day", "LABOR_DAY"),
            seeded("2026-11-11", "Veterans Day", "VETERANS_DAY"),
            seeded("2026-11-26", "Thanksgiving", "THANKSGIVING"),
            seeded("2026-11-27", "Day after Thanksgiving", "THANKSGIVING_2"),
            seeded("2026-12-24", "Christmas Eve", "CHRISTMAS_EVE"),
            seeded("2026-12-25", "Christmas Day", "CHRISTMAS"),
            seeded("2027-01-01", "New Year's Day", "NEW_YEAR"),
            seeded("2027-01-18", "Martin Luther King Jr. Day", "MLK_DAY"),
            seeded("2027-03-26", "Good Friday", "GOOD_FRIDAY"),
            seeded("2027-05-31", "Memorial Day", "MEMORIAL_DAY"),
            seeded("2027-06-18", "Juneteenth (observed)", "JUNETEENTH"),
            seeded("2027-07-05", "Independence Day (observed)", "INDEPENDENCE_DAY"),
            seeded("2027-09-06", "Labor Day", "LABOR_DAY"),
            seeded("2027-11-11", "Veterans Day", "VETERANS_DAY"),
            seeded("2027-11-25", "Thanksgiving", "THANKSGIVING"),
            seeded("2027-11-26", "Day after Thanksgiving", "THANKSGIVING_2"),
            seeded("2027-12-24", "Christmas Eve", "CHRISTMAS_EVE"),
            seeded("2027-12-27", "Christmas Day (observed)", "CHRISTMAS"));

    private final CountyHolidays county = new CountyHolidays(COUNTY, List.of());

    @Test
    @DisplayName("the rules give exactly the days (and names) the 2026 and 2027 holiday rows held")
    void theSeededYearsAreReproduced() {
        List<HolidayView> both = new ArrayList<>(county.of(2026));
        both.addAll(county.of(2027));
        assertThat(both).containsExactlyElementsOf(SEEDED_2026_2027);
    }

    @Test
    @DisplayName(
            "2028: Easter April 16, Juneteenth and Independence Day on weekdays, Christmas Eve on a Sunday moves past Christmas")
    void year2028() {
        assertThat(days(2028))
                .containsExactly(
                        "2028-01-03 New Year's Day (observed)", // Saturday January 1 → Monday
                        "2028-01-17 Martin Luther King Jr. Day",
                        "2028-04-14 Good Friday",
                        "2028-05-29 Memorial Day",
                        "2028-06-19 Juneteenth",
                        "2028-07-04 Independence Day",
                        "2028-09-04 Labor Day",
                        "2028-11-10 Veterans Day (observed)", // Saturday November 11 → Friday
                        "2028-11-23 Thanksgiving",
                        "2028-11-24 Day after Thanksgiving",
                        "2028-12-25 Christmas Day",
                        "2028-12-26 Christmas Eve (observed)"); // Sunday December 24 → Monday is Christmas → Tuesday
    }

    @Test
    @DisplayName("2030: Thanksgiving November 28, Easter April 21")
    void year2030() {
        assertThat(days(2030))
                .containsExactly(
                        "2030-01-01 New Year's Day",
                        "2030-01-21 Martin Luther King Jr. Day",
                        "2030-04-19 Good Friday",
                        "2030-05-27 Memorial Day",
                        "2030-06-19 Juneteenth",
                        "2030-07-04 Independence Day",
                        "2030-09-02 Labor Day",
                        "2030-11-11 Veterans Day",
                        "2030-11-28 Thanksgiving",
                        "2030-11-29 Day after Thanksgiving",
                        "2030-12-24 Christmas Eve",
                        "2030-12-25 Christmas Day");
    }

    @Test
    @DisplayName("2032: Christmas on a Saturday is observed on Monday the 27th, Friday the 24th being Christmas Eve")
    void year2032() {
        Set<String> days = Set.copyOf(days(2032));
        assertThat(days)
                .contains(
                        "2032-12-24 Christmas Eve",
                        "2032-12-27 Christmas Day (observed)",
                        "2032-03-26 Good Friday",
                        "2032-07-05 Independence Day (observed)",
                        "2032-11-25 Thanksgiving",
                        "2032-11-26 Day after Thanksgiving");
        assertThat(days).hasSize(12);
    }

    @Test
    @DisplayName("2033: Christmas Eve on a Saturday and Christmas on a Sunday give Monday and Tuesday")
    void year2033() {
        assertThat(days(2033))
                .contains(
                        "2033-12-26 Christmas Eve (observed)",
                        "2033-12-27 Christmas Day (observed)",
                        "2033-01-03 New Year's Day (observed)",
                        "2033-04-15 Good Friday",
                        "2033-06-20 Juneteenth (observed)");
    }

    @Test
    @DisplayName("2035: Easter March 25, Thanksgiving November 22, Veterans Day on a Sunday moves to Monday")
    void year2035() {
        assertThat(days(2035))
                .containsExactly(
                        "2035-01-01 New Year's Day",
                        "2035-01-15 Martin Luther King Jr. Day",
                        "2035-03-23 Good Friday",
                        "2035-05-28 Memorial Day",
                        "2035-06-19 Juneteenth",
                        "2035-07-04 Independence Day",
                        "2035-09-03 Labor Day",
                        "2035-11-12 Veterans Day (observed)",
                        "2035-11-22 Thanksgiving",
                        "2035-11-23 Day after Thanksgiving",
                        "2035-12-24 Christmas Eve",
                        "2035-12-25 Christmas Day");
    }

    @Test
    @DisplayName("Easter Sunday by the Gregorian computus, against published dates")
    void easter() {
        assertThat(CountyHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(CountyHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(CountyHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(CountyHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(CountyHolidays.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
    }

    @Test
    @DisplayName("a rule applies to the holidays dated in its period: Juneteenth from 2022, a rule dropped after 2030")
    void effectiveDatedRules() {
        assertThat(days(2021)).noneMatch(d -> d.contains("Juneteenth"));
        assertThat(days(2022)).contains("2022-06-20 Juneteenth (observed)");

        List<HolidayRuleView> rules = new ArrayList<>(COUNTY);
        HolidayRuleView veterans = rules.remove(7);
        rules.add(new HolidayRuleView(
                null,
                veterans.code(),
                veterans.name(),
                veterans.kind(),
                veterans.month(),
                veterans.dayOfMonth(),
                null,
                null,
                null,
                null,
                veterans.observance(),
                veterans.effectiveFrom(),
                LocalDate.of(2030, 12, 31),
                "dropped"));
        rules.add(rule(
                "ELECTION_DAY",
                "Election Day",
                NTH_WEEKDAY,
                11,
                null,
                DayOfWeek.TUESDAY,
                1,
                null,
                null,
                NONE,
                LocalDate.of(2031, 1, 1)));
        CountyHolidays changed = new CountyHolidays(rules, List.of());
        assertThat(names(changed.of(2030))).contains("Veterans Day").doesNotContain("Election Day");
        assertThat(names(changed.of(2031))).contains("Election Day").doesNotContain("Veterans Day");
        assertThat(changed.of(2031)).extracting(HolidayView::date).contains(LocalDate.of(2031, 11, 4));
    }

    @Test
    @DisplayName(
            "an observed day may fall in the year before: New Year's Day on a Saturday observed Friday December 31")
    void observedInThePreviousYear() {
        List<HolidayRuleView> rules = new ArrayList<>(COUNTY);
        rules.set(0, fixed("NEW_YEAR", "New Year's Day", 1, 1, NEAREST_WEEKDAY));
        CountyHolidays nearest = new CountyHolidays(rules, List.of());
        assertThat(nearest.of(2027)).extracting(HolidayView::date).contains(LocalDate.of(2027, 12, 31));
        assertThat(nearest.of(2028))
                .extracting(HolidayView::date)
                .doesNotContain(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 1, 3));
    }

    @Test
    @DisplayName("exceptions: a closure adds a day, a removed day becomes a working day, both only on their date")
    void exceptions() {
        CountyHolidays withExceptions = new CountyHolidays(
                COUNTY,
                List.of(
                        new HolidayExceptionView(
                                1L,
                                LocalDate.of(2030, 12, 23),
                                HolidayException.Kind.ADDED,
                                "Winter closure",
                                "Board resolution"),
                        new HolidayExceptionView(
                                2L,
                                LocalDate.of(2030, 11, 29),
                                HolidayException.Kind.REMOVED,
                                null,
                                "Open for the permit backlog")));
        assertThat(withExceptions.of(2030))
                .contains(new HolidayView(LocalDate.of(2030, 12, 23), "Winter closure", null, 1L));
        assertThat(withExceptions.of(2030)).extracting(HolidayView::date).doesNotContain(LocalDate.of(2030, 11, 29));
        assertThat(withExceptions.of(2031)).extracting(HolidayView::date).contains(LocalDate.of(2031, 11, 28));
    }

    @Test
    @DisplayName("a fifth weekday the month lacks and February 29 in a common year give no holiday that year")
    void missingDays() {
        CountyHolidays odd = new CountyHolidays(
                List.of(
                        rule("LEAP", "Leap day", FIXED_DATE, 2, 29, null, null, null, null, NONE, LONG_AGO),
                        rule(
                                "FIFTH_FRIDAY",
                                "Fifth Friday of February",
                                NTH_WEEKDAY,
                                2,
                                null,
                                DayOfWeek.FRIDAY,
                                5,
                                null,
                                null,
                                NONE,
                                LONG_AGO)),
                List.of());
        assertThat(odd.of(2027)).isEmpty();
        assertThat(odd.of(2028)).extracting(HolidayView::date).containsExactly(LocalDate.of(2028, 2, 29));
        assertThat(odd.of(2036)).extracting(HolidayView::date).containsExactly(LocalDate.of(2036, 2, 29));
    }

    @Test
    @DisplayName(
            "108.10 F.2.2.2: five work days counted across New Year 2029/2030 by a calendar that asks the rules per year")
    void workingDaysAcrossYears() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(
                Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                year -> county.of(year).stream().map(HolidayView::date).collect(Collectors.toSet()));
        // Thu 2029-12-27, Fri 28, Mon 31, (Tue 2030-01-01 holiday) Wed 2, Thu 3
        assertThat(calendar.plusWorkingDays(LocalDate.of(2029, 12, 26), 5)).isEqualTo(LocalDate.of(2030, 1, 3));
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 11, 28))).isFalse();
    }

    private List<String> days(int year) {
        return county.of(year).stream().map(h -> h.date() + " " + h.name()).toList();
    }

    private static List<String> names(List<HolidayView> days) {
        return days.stream().map(HolidayView::name).toList();
    }

    @Test
    @DisplayName("Holiday rules read as words on the screens, never as their codes (ADR 0052)")
    void rulesInWords() {
        LocalDate from = LocalDate.of(2000, 1, 1);
        WeekendObservance none = WeekendObservance.NONE;
        assertThat(fixed("NEW_YEAR", "New Year's Day", 1, 1, none).describe(null))
                .isEqualTo("January 1");
        assertThat(rule(
                                "MLK",
                                "King",
                                HolidayRuleKind.NTH_WEEKDAY,
                                1,
                                null,
                                DayOfWeek.MONDAY,
                                3,
                                null,
                                null,
                                none,
                                from)
                        .describe(null))
                .isEqualTo("third Monday of January");
        assertThat(rule(
                                "MEM",
                                "Memorial",
                                HolidayRuleKind.LAST_WEEKDAY,
                                5,
                                null,
                                DayOfWeek.MONDAY,
                                null,
                                null,
                                null,
                                none,
                                from)
                        .describe(null))
                .isEqualTo("last Monday of May");
        assertThat(rule("GF", "Good Friday", HolidayRuleKind.EASTER, null, null, null, null, -2, null, none, from)
                        .describe(null))
                .isEqualTo("2 days before Easter Sunday");
        assertThat(rule(
                                "T2",
                                "After",
                                HolidayRuleKind.AFTER_HOLIDAY,
                                null,
                                null,
                                null,
                                null,
                                1,
                                "THANKSGIVING",
                                none,
                                from)
                        .describe("Thanksgiving"))
                .isEqualTo("1 day after Thanksgiving");
        assertThat(org.tryon.platform.text.UsFormat.words(HolidayRuleKind.NTH_WEEKDAY))
                .isEqualTo("The nth weekday of a month");
        assertThat(org.tryon.platform.text.UsFormat.words(WeekendObservance.FOLLOWING_WEEKDAY))
                .isEqualTo("The Monday after");
    }

    private static HolidayView seeded(String date, String name, String rule) {
        return new HolidayView(LocalDate.parse(date), name, rule, null);
    }

    private static HolidayRuleView fixed(String code, String name, int month, int day, WeekendObservance observance) {
        return rule(code, name, FIXED_DATE, month, day, null, null, null, null, observance, LONG_AGO);
    }

    private static HolidayRuleView rule(
            String code,
            String name,
            HolidayRuleKind kind,
            Integer month,
            Integer day,
            DayOfWeek weekday,
            Integer nth,
            Integer offset,
            String base,
            WeekendObservance observance,
            LocalDate from) {
        return new HolidayRuleView(
                null,
                code,
                name,
                kind,
                month,
                day,
                weekday,
                nth,
                offset,
                base,
                observance,
                from,
                null,
                "county schedule");
    }
}
