package org.tryon.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The benchmark's own arithmetic: percentiles, the apportioning of permits and inspectors, the mix of results, the command line. */
class BenchmarkArithmeticTest {

    private static Answer took(long millis, int status) {
        return new Answer(status, "", "", millis * 1_000_000L);
    }

    @Test
    @DisplayName(
            "latency percentiles are nearest-rank over the calls; an unexpected status counts as an error and is kept")
    void percentiles() {
        Operation op = new Operation("x", "GET /x");
        for (int ms = 1; ms <= 100; ms++) {
            int millis = ms;
            op.time(() -> took(millis, millis == 100 ? 500 : 200), 200);
        }
        assertThat(op.count()).isEqualTo(100);
        assertThat(op.percentileMillis(50)).isEqualTo(50.0);
        assertThat(op.percentileMillis(95)).isEqualTo(95.0);
        assertThat(op.percentileMillis(99)).isEqualTo(99.0);
        assertThat(op.maxMillis()).isEqualTo(100.0);
        assertThat(op.errors()).isEqualTo(1);
        assertThat(op.firstErrors()).singleElement().asString().startsWith("HTTP 500");
    }

    @Test
    @DisplayName(
            "the department's scale: 1,300 permits by the trade mix add up to 1,300; counts follow the weights (largest remainder)")
    void apportion() {
        Map<String, Integer> perTrade = Setup.apportion(Setup.TRADE_MIX, 1300);
        assertThat(perTrade)
                .containsExactly(
                        Map.entry("BUILDING", 520),
                        Map.entry("ELECTRICAL", 325),
                        Map.entry("MECHANICAL", 195),
                        Map.entry("PLUMBING", 260));
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("a", 1.0);
        weights.put("b", 1.0);
        weights.put("c", 1.0);
        assertThat(Setup.apportion(weights, 121).values()).containsExactly(41, 40, 40);
    }

    @Test
    @DisplayName("results: 70 % passed, 25 % failed, 3 % partial, 2 % not ready")
    void outcomeMix() {
        assertThat(WorkingDay.outcome(0.0)).isEqualTo("PASSED");
        assertThat(WorkingDay.outcome(0.6999)).isEqualTo("PASSED");
        assertThat(WorkingDay.outcome(0.70)).isEqualTo("FAILED");
        assertThat(WorkingDay.outcome(0.9499)).isEqualTo("FAILED");
        assertThat(WorkingDay.outcome(0.96)).isEqualTo("PARTIAL");
        assertThat(WorkingDay.outcome(0.985)).isEqualTo("NOT_READY");
    }

    @Test
    @DisplayName("the command line: defaults at the department's scale; a wrong number is refused naming the option")
    void options() {
        Options defaults = Options.parse();
        assertThat(defaults.requests).isEqualTo(1300);
        assertThat(defaults.clients).isEqualTo(8);
        assertThat(defaults.inspectors).isEqualTo(126);
        assertThat(defaults.permits()).isEqualTo(1300);
        assertThat(defaults.sessions).isFalse();
        Options o = Options.parse("--requests=300", "--clients", "4", "--sessions", "--base-url", "http://h:1/");
        assertThat(o.requests).isEqualTo(300);
        assertThat(o.clients).isEqualTo(4);
        assertThat(o.sessions).isTrue();
        assertThat(o.baseUrl).isEqualTo("http://h:1/");
        assertThatThrownBy(() -> Options.parse("--clients", "0"))
                .hasMessageContaining("--clients needs a positive number");
        assertThatThrownBy(() -> Options.parse("--fast")).hasMessageContaining("unknown option '--fast'");
    }
}
