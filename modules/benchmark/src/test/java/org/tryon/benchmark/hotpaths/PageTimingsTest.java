package org.tryon.benchmark.hotpaths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.benchmark.hotpaths.PageTimings.Sample;
import org.tryon.benchmark.hotpaths.PageTimings.Timing;

class PageTimingsTest {

    @Test
    @DisplayName("percentiles by nearest rank: p50 of 1..10 is 5, p95 is 10, p95 of 1..20 is 19")
    void nearestRank() {
        double[] ten = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        assertThat(PageTimings.percentile(ten, 50)).isEqualTo(5);
        assertThat(PageTimings.percentile(ten, 95)).isEqualTo(10);
        assertThat(PageTimings.percentile(ten, 100)).isEqualTo(10);
        double[] twenty = new double[20];
        for (int i = 0; i < 20; i++) {
            twenty[i] = i + 1;
        }
        assertThat(PageTimings.percentile(twenty, 95)).isEqualTo(19);
        assertThat(PageTimings.percentile(new double[] {42}, 95)).isEqualTo(42);
        assertThat(PageTimings.percentile(new double[0], 50)).isZero();
    }

    @Test
    @DisplayName("a page's timing: p50/p95/max of the load event, medians of response end and DOMContentLoaded")
    void summary() {
        List<Sample> samples = List.of(
                new Sample(10, 40, 100), new Sample(30, 60, 300), new Sample(20, 50, 200), new Sample(50, 90, 900));
        Timing t = PageTimings.summarise("permits", "/permitting/permits.xhtml", samples);
        assertThat(t.count()).isEqualTo(4);
        assertThat(t.p50Millis()).isEqualTo(200);
        assertThat(t.p95Millis()).isEqualTo(900);
        assertThat(t.maxMillis()).isEqualTo(900);
        assertThat(t.responseEndMillis()).isEqualTo(20);
        assertThat(t.domContentLoadedMillis()).isEqualTo(50);
        assertThat(t.loadEventMillis()).isEqualTo(200);
        assertThat(t.page()).isEqualTo("permits");
        assertThat(t.path()).isEqualTo("/permitting/permits.xhtml");
    }

    @Test
    @DisplayName("navigation timing values are kept to the browser's 0.1 ms")
    void rounding() {
        assertThat(PageTimings.millis(1575.9000000059605)).isEqualTo(1575.9);
        assertThat(PageTimings.millis(12L)).isEqualTo(12.0);
    }
}
