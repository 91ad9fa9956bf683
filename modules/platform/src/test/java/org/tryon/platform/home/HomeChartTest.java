package org.tryon.platform.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HomeChartTest {

    private static final HomeChart RATE = new HomeChart(
            "line",
            "Failure rate % by quarter",
            "Quarter",
            List.of("2026-Q2", "2026-Q3", "2026-Q4"),
            Arrays.asList(new BigDecimal("12.50"), null, new BigDecimal("41.18")),
            new BigDecimal("40.00"),
            "HIFR line 40 % (108.10 F)");

    @Test
    @DisplayName("108.10 F: the threshold is drawn as a second, dashed line at the same height over every label")
    void thresholdLine() {
        JsonObject chart =
                Json.createReader(new StringReader(RATE.getChartJs())).readObject();
        JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertThat(datasets).hasSize(2);
        assertThat(datasets.getJsonObject(0).getJsonArray("data").toString()).isEqualTo("[12.50,null,41.18]");
        JsonObject line = datasets.getJsonObject(1);
        assertThat(line.getString("label")).isEqualTo("HIFR line 40 % (108.10 F)");
        assertThat(line.getJsonArray("data").toString()).isEqualTo("[40.00,40.00,40.00]");
        assertThat(line.getJsonArray("borderDash")).isNotEmpty();
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(2))
                .isEqualTo("2026-Q4");
    }

    @Test
    @DisplayName("Without a threshold only the series is drawn")
    void noThreshold() {
        HomeChart bars = new HomeChart(
                "bar",
                "Inspections per inspector today",
                "Inspector",
                List.of("Ines"),
                List.of(BigDecimal.ONE),
                null,
                null);
        JsonObject chart =
                Json.createReader(new StringReader(bars.getChartJs())).readObject();
        assertThat(chart.getString("type")).isEqualTo("bar");
        assertThat(chart.getJsonObject("data").getJsonArray("datasets")).hasSize(1);
    }

    @Test
    @DisplayName("The text alternative names every figure, \"no figure\" for a gap, and the threshold")
    void textAlternative() {
        assertThat(RATE.getRows())
                .containsExactly(
                        new HomeChart.Row("2026-Q2", "12.5"),
                        new HomeChart.Row("2026-Q3", "no figure"),
                        new HomeChart.Row("2026-Q4", "41.18"));
        assertThat(RATE.getAriaLabel())
                .isEqualTo("Failure rate % by quarter chart: 2026-Q2 12.5; 2026-Q3 no figure; 2026-Q4 41.18. "
                        + "HIFR line 40 % (108.10 F): 40");
    }

    @Test
    @DisplayName("A chart has one value per label and is a bar or a line")
    void shape() {
        assertThatThrownBy(() -> new HomeChart("bar", "x", "y", List.of("a", "b"), List.of(BigDecimal.ONE), null, null))
                .hasMessageContaining("one value per label");
        assertThatThrownBy(() -> new HomeChart("pie", "x", "y", List.of(), List.of(), null, null))
                .hasMessageContaining("bar or a line");
    }

    @Test
    @DisplayName("A percentage has two decimals rounded half up, and none of nothing")
    void percent() {
        assertThat(HomeChart.percent(1, 3)).isEqualByComparingTo("33.33");
        assertThat(HomeChart.percent(2, 3)).isEqualByComparingTo("66.67");
        assertThat(HomeChart.percent(7, 17)).isEqualByComparingTo("41.18");
        assertThat(HomeChart.percent(0, 0)).isNull();
    }

    @Test
    @DisplayName(
            "A card shows its count with separators unless it gives another figure; its element id is its key made safe")
    void card() {
        HomeCard c = new HomeCard(
                "permitting.clocks", "Permits whose clock runs out soon", 1204, "/permitting/work-list.xhtml", "x");
        assertThat(c.figure()).isEqualTo("1,204");
        assertThat(c.getId()).isEqualTo("card-permitting-clocks");
        assertThat(new HomeCard("k", "t", 3, "12.50 %", "/x", null, null).figure())
                .isEqualTo("12.50 %");
    }

    @Test
    @DisplayName("A viewer has a role when it has any of those asked")
    void viewer() {
        Viewer v = new Viewer("tca", Set.of("TRADE_CODE_ADMINISTRATOR"), LocalDate.of(2026, 12, 7));
        assertThat(v.has("INSPECTOR", "TRADE_CODE_ADMINISTRATOR")).isTrue();
        assertThat(v.has("INSPECTOR")).isFalse();
    }
}
