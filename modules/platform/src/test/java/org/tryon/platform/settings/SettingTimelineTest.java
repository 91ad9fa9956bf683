package org.tryon.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.money.Money;

class SettingTimelineTest {

    private static final SettingKey<Integer> BDC_SEATS =
            SettingKey.integer("governance.bdc.seats", 13, "107", "Seats of the Building-Development Commission");

    @Test
    @DisplayName("107: the ordinance's 13 BDC seats apply until the 14th seat of 2015 takes effect")
    void valueOnADateIsTheLatestChangeInForce() {
        SettingTimeline<Integer> seats = new SettingTimeline<>(BDC_SEATS, Map.of(LocalDate.of(2015, 8, 1), 14));
        assertThat(seats.valueOn(LocalDate.of(2015, 7, 31))).isEqualTo(13);
        assertThat(seats.valueOn(LocalDate.of(2015, 8, 1))).isEqualTo(14);
        assertThat(seats.valueOn(LocalDate.of(2026, 1, 1))).isEqualTo(14);
    }

    @Test
    void severalChangesAreAppliedInDateOrder() {
        SettingTimeline<Integer> seats =
                new SettingTimeline<>(BDC_SEATS, Map.of(LocalDate.of(2020, 1, 1), 15, LocalDate.of(2015, 8, 1), 14));
        assertThat(seats.valueOn(LocalDate.of(2019, 12, 31))).isEqualTo(14);
        assertThat(seats.valueOn(LocalDate.of(2020, 1, 1))).isEqualTo(15);
        assertThat(seats.valueOn(LocalDate.of(1996, 2, 29))).isEqualTo(13);
    }

    @Test
    void parsesEachKindAndRejectsNonsenseWithAMessage() {
        assertThat(SettingKey.percent("x", "40", "s", "d").parse("50")).isEqualByComparingTo(new BigDecimal("50"));
        assertThat(SettingKey.money("m", "90", "s", "d").parse("90.00")).isEqualTo(Money.of(90));
        assertThat(SettingKey.time("t", "16:00", "s", "d").parse("15:30")).isEqualTo(LocalTime.of(15, 30));
        assertThat(SettingKey.flag("f", false, "s", "d").parse("true")).isTrue();
        assertThatThrownBy(() -> BDC_SEATS.parse("thirteen"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid integer");
        assertThatThrownBy(() -> SettingKey.flag("f", false, "s", "d").parse("yes"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BDC_SEATS.parse(" ")).hasMessageContaining("required");
    }
}
