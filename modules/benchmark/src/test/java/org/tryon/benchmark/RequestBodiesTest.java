package org.tryon.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RequestBodiesTest {

    @Test
    @DisplayName(
            "Benchmark: a request body written by JSON-P is the compact JSON the hand-built strings sent (amount scale kept)")
    void compactJson() {
        assertThat(Api.json(Json.createObjectBuilder()
                        .add("amount", new BigDecimal("25.50"))
                        .add("method", "CHECK")
                        .add("reference", "DRILL-1")))
                .isEqualTo("{\"amount\":25.50,\"method\":\"CHECK\",\"reference\":\"DRILL-1\"}");
        assertThat(Api.json(Json.createObjectBuilder()
                        .add("displayName", "Ann \"Lee\"")
                        .add("trades", Json.createArrayBuilder().add("BUILDING"))
                        .add("dailyCapacity", 8)))
                .as("a quote in a name no longer breaks the body")
                .isEqualTo("{\"displayName\":\"Ann \\\"Lee\\\"\",\"trades\":[\"BUILDING\"],\"dailyCapacity\":8}");
    }

    @Test
    @DisplayName(
            "Benchmark command line: the department's scale as defaults; --opt value and --opt=value; unknown options refused")
    void options() {
        Options d = Options.parse();
        assertThat(d.baseUrl).isEqualTo("http://localhost:8080/");
        assertThat(d.requests).isEqualTo(1300);
        assertThat(d.permits()).isEqualTo(1300);
        assertThat(d.timeout).isEqualTo(Duration.ofSeconds(120));
        assertThat(d.report).isEqualTo(Path.of("target", "benchmark-report.md"));
        Options o = Options.parse(
                "--requests=300", "--clients", "4", "--sessions", "--data", "/tmp/d", "--only=exam-statistics");
        assertThat(o.requests).isEqualTo(300);
        assertThat(o.clients).isEqualTo(4);
        assertThat(o.sessions).isTrue();
        assertThat(o.only).isEqualTo("exam-statistics");
        assertThatThrownBy(() -> Options.parse("--request", "3")).hasMessage("unknown option '--request'");
        assertThatThrownBy(() -> Options.parse("--clients")).hasMessage("--clients needs a value");
        assertThatThrownBy(() -> Options.parse("--only", "x", "--data", "d"))
                .hasMessage("--only knows exam-statistics, not 'x'");
        assertThatThrownBy(() -> Options.parse("--only", "exam-statistics")).hasMessageContaining("needs --data");
    }
}
