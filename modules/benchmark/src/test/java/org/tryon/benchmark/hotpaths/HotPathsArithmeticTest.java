package org.tryon.benchmark.hotpaths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic that decides the figures of the hot-path report (issue "Performance at ten years of county volume",
 * §2): percentiles, ratios, MET or MISSED, the open loop of the inspection requests, the command line. No timing is
 * asserted here: the figures themselves are in the committed report.
 */
class HotPathsArithmeticTest {

    private static double[] oneTo(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[n - 1 - i] = i + 1; // unsorted on purpose
        }
        return v;
    }

    @Test
    @DisplayName("§2 figures: mean and nearest-rank p50, p95, p99 and max of 100 calls; errors are counted apart")
    void percentiles() {
        Summary s = Summary.of(oneTo(100), 3);
        assertThat(s.count()).isEqualTo(100);
        assertThat(s.errors()).isEqualTo(3);
        assertThat(s.mean()).isEqualTo(50.5);
        assertThat(s.p50()).isEqualTo(50.0);
        assertThat(s.p95()).isEqualTo(95.0);
        assertThat(s.p99()).isEqualTo(99.0);
        assertThat(s.max()).isEqualTo(100.0);
    }

    @Test
    @DisplayName("§2 figures: with 20 calls p95 is the 19th smallest and p99 the largest; one call is every percentile")
    void percentilesOfFewCalls() {
        Summary twenty = Summary.of(oneTo(20), 0);
        assertThat(twenty.p95()).isEqualTo(19.0);
        assertThat(twenty.p99()).isEqualTo(20.0);
        Summary one = Summary.of(new double[] {42}, 0);
        assertThat(List.of(one.p50(), one.p95(), one.p99(), one.max())).containsOnly(42.0);
    }

    @Test
    @DisplayName("§2 figures: no call timed gives no figure (NaN), not zero")
    void nothingTimed() {
        Summary none = Summary.of(new double[0], 2);
        assertThat(none.count()).isZero();
        assertThat(none.errors()).isEqualTo(2);
        assertThat(none.p50()).isNaN();
    }

    @Test
    @DisplayName("§2 ratio: the application's p50 over the SQL floor's p50; unknown without a floor or with a zero one")
    void ratio() {
        assertThat(Summary.ratio(30, 20)).isEqualTo(1.5);
        assertThat(Summary.ratio(30, 0)).isNaN();
        assertThat(Summary.ratio(30, Double.NaN)).isNaN();
        assertThat(Summary.ratio(Double.NaN, 20)).isNaN();
    }

    @Test
    @DisplayName("§2 goal 'at most 1.5 times the SQL': 1.5 is MET, 1.8 is MISSED by 0.3 (20 %)")
    void atMost() {
        Goal g = Goal.atMost("ratio to SQL", 1.5, "×");
        assertThat(g.judge(1.5).met()).isTrue();
        assertThat(g.judge(1.5).text()).isEqualTo("MET");
        Goal.Verdict missed = g.judge(1.8);
        assertThat(missed.met()).isFalse();
        assertThat(missed.by()).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(missed.text()).isEqualTo("MISSED by 0.30 × (20.0%)");
        assertThat(g.describe()).isEqualTo("ratio to SQL ≤ 1.50 ×");
    }

    @Test
    @DisplayName(
            "§2 goal 'at least 200 a second': 200 is MET, 150 is MISSED by 50/s (25 %); an unmeasured figure is neither")
    void atLeast() {
        Goal g = Goal.atLeast("accepted/s", 200, "/s");
        assertThat(g.judge(200).met()).isTrue();
        assertThat(g.judge(150).text()).isEqualTo("MISSED by 50.0 /s (25.0%)");
        Goal.Verdict unknown = g.judge(Double.NaN);
        assertThat(unknown.known()).isFalse();
        assertThat(unknown.met()).isFalse();
        assertThat(unknown.text()).isEqualTo("not measured");
    }

    @Test
    @DisplayName("§2 inspection requests: 200 a second for 300 s is 60,000 sends, the i-th due at i/200 s")
    void openLoopSchedule() {
        OpenLoop loop = new OpenLoop(200, 300);
        assertThat(loop.sends()).isEqualTo(60_000);
        assertThat(loop.dueNanos(0)).isZero();
        assertThat(loop.dueNanos(1)).isEqualTo(5_000_000L);
        assertThat(loop.dueNanos(59_999)).isEqualTo(299_995_000_000L);
        assertThat(loop.sends(4_000)).isEqualTo(4_000);
        assertThat(new OpenLoop(0.5, 1).sends()).isEqualTo(1);
    }

    @Test
    @DisplayName(
            "§2 inspection requests: latency counts from the due time, so a send that waited in line shows its wait")
    void openLoopLatency() {
        long start = 1_000_000_000L;
        // due 5 ms after the start, picked up late, answered 12 ms after the start: 7 ms, not the 2 ms the call took
        assertThat(OpenLoop.latencyMillis(start, 5_000_000L, start + 12_000_000L))
                .isEqualTo(7.0);
        assertThat(OpenLoop.achievedRate(400, 2_000_000_000L)).isEqualTo(200.0);
        assertThat(OpenLoop.achievedRate(1, 0)).isNaN();
        assertThatThrownBy(() -> new OpenLoop(0, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName(
            "§2 command line: the issue's figures by default, several datasets, the TSV and the chart beside the report")
    void options() {
        HotPathsOptions o = HotPathsOptions.parse(
                "--dataset", "/d/1y", "--dataset=/d/10y", "--report", "/tmp/r/report.md", "--port", "9001");
        assertThat(o.datasets).containsExactly(Path.of("/d/1y"), Path.of("/d/10y"));
        assertThat(o.users).isEqualTo(50);
        assertThat(o.thinkMillis).isEqualTo(5000);
        assertThat(o.rate).isEqualTo(200);
        assertThat(o.sustainSeconds).isEqualTo(300);
        assertThat(o.port).isEqualTo(9001);
        assertThat(o.tsv()).isEqualTo(Path.of("/tmp/r/report.tsv"));
        assertThat(o.chart).isEqualTo(Path.of("/tmp/r/hot-paths-growth.png"));
        assertThat(o.inPlace).isFalse();
    }

    @Test
    @DisplayName("§2 command line: --quick makes a smoke run, but numbers given explicitly win")
    void quick() {
        HotPathsOptions o = HotPathsOptions.parse("--dataset", "/d/1y", "--quick", "--reads", "40");
        assertThat(o.reads).isEqualTo(40);
        assertThat(o.sustainSeconds).isEqualTo(20);
        assertThat(o.runs).isEqualTo(1);
        assertThat(o.users).isEqualTo(5);
        assertThat(o.thinkMillis).isEqualTo(200);
        assertThat(o.warmups()).isEqualTo(4);
        assertThat(HotPathsOptions.parse("--dataset", "/d/1y", "--quick", "--think-ms", "0").thinkMillis)
                .isZero();
    }

    @Test
    @DisplayName("§2 users: the pause between two calls is exponential around its mean, capped at ten means; 0 is none")
    void thinkTime() {
        assertThat(ThinkTime.draw(0, 0.7)).isZero();
        assertThat(ThinkTime.draw(5000, 0.0)).isZero();
        assertThat(ThinkTime.draw(5000, 1 - Math.exp(-1))).isEqualTo(5000);
        assertThat(ThinkTime.draw(5000, 0.5)).isEqualTo(Math.round(5000 * Math.log(2)));
        assertThat(ThinkTime.draw(5000, 1 - 1e-9)).isEqualTo(50_000);
        assertThatThrownBy(() -> ThinkTime.draw(5000, 1.0)).hasMessageContaining("[0, 1)");
        java.util.Random random = new java.util.Random(7);
        double sum = 0;
        for (int i = 0; i < 20_000; i++) {
            sum += ThinkTime.draw(1000, random.nextDouble());
        }
        assertThat(sum / 20_000).isBetween(970.0, 1030.0);
    }

    @Test
    @DisplayName("§2 command line: a dataset is needed, an unknown option or a zero rate is refused naming it")
    void refusals() {
        assertThatThrownBy(HotPathsOptions::parse).hasMessageContaining("--dataset");
        assertThatThrownBy(() -> HotPathsOptions.parse("--dataset", "x", "--speed", "2"))
                .hasMessageContaining("--speed");
        assertThatThrownBy(() -> HotPathsOptions.parse("--dataset", "x", "--rate", "0"))
                .hasMessageContaining("--rate");
        assertThatThrownBy(() -> HotPathsOptions.parse("--dataset", "x", "--think-ms", "-5"))
                .hasMessageContaining("--think-ms");
        assertThat(HotPathsOptions.parse("--help").help).isTrue();
        assertThatThrownBy(() -> HotPathsOptions.parse("--dataset", "x", "--skip", "hifr,search,speed"))
                .hasMessageContaining("'speed'");
        assertThat(HotPathsOptions.parse("--dataset", "x", "--skip", "hifr, requests").skip)
                .containsExactly("hifr", "requests");
    }

    @Test
    @DisplayName("§2 years of a dataset from its report; the HIFR quarter is the one before today's")
    void yearsAndQuarters() {
        assertThat(HotPathsBenchmark.yearsOfReport("# Dataset: 10 year(s) to 2026-11-30, scale 1.0, seed 1"))
                .isEqualTo(10);
        assertThat(HotPathsBenchmark.yearsOfReport("no title")).isNull();
        assertThat(HotPathsBenchmark.quarterBefore(LocalDate.of(2026, 12, 6))).isEqualTo("2026-Q3");
        assertThat(HotPathsBenchmark.quarterBefore(LocalDate.of(2026, 1, 1))).isEqualTo("2025-Q4");
        assertThat(HotPathsBenchmark.quarterSpan("2026-Q3"))
                .containsExactly(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
        assertThat(HotPathsBenchmark.lit("O'Neil \\ Sons")).isEqualTo("'O''Neil \\\\ Sons'");
    }

    @Test
    @DisplayName(
            "§2 chart: one series per hot path, x the dataset's years, y its p50 or total; paths without one left out")
    void series() {
        Row start = new Row(
                "start", "", Summary.NONE, Summary.NONE, Double.NaN, Goal.atMost("ms", 60_000, "ms"), 4e4, 4e4, "");
        Row rss = new Row(
                "footprint",
                "",
                Summary.NONE,
                Summary.NONE,
                Double.NaN,
                Goal.atMost("MB", 1536, "MB"),
                900,
                Double.NaN,
                "");
        var one = new HotPathsBenchmark.DatasetRun(
                "1y", Path.of("/d/1y"), 1, Map.of(), List.of(start, rss), List.of(), List.of(), List.of());
        var ten = new HotPathsBenchmark.DatasetRun(
                "10y",
                Path.of("/d/10y"),
                10,
                Map.of(),
                List.of(new Row(
                        "start",
                        "",
                        Summary.NONE,
                        Summary.NONE,
                        Double.NaN,
                        Goal.atMost("ms", 60_000, "ms"),
                        9e4,
                        9e4,
                        "")),
                List.of(),
                List.of(),
                List.of());
        assertThat(HotPathsReport.series(List.of(one, ten))).isEqualTo(Map.of("start", Map.of(1, 4e4, 10, 9e4)));
        assertThat(HotPathsReport.number(1234.4)).isEqualTo("1,234");
        assertThat(HotPathsReport.number(Double.NaN)).isEqualTo("–");
    }
}
