package org.tryon.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.JsonbException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

public class JsonbSetupTest {

    private static final ZoneId COUNTY = ZoneId.of("America/New_York");

    public record Result(LocalDateTime inspectedAt, java.time.Instant recordedAt) {}

    @Test
    @DisplayName(
            "REST contract: a county's local time is written with the county's offset of that day (EST in winter, EDT in summer)")
    void writesTheOffset() {
        var jsonb = new JsonbSetup(COUNTY).getContext(Result.class);
        assertThat(jsonb.toJson(new Result(
                        LocalDateTime.of(2026, 12, 5, 9, 30), java.time.Instant.parse("2026-12-05T14:31:00Z"))))
                .contains("\"inspectedAt\":\"2026-12-05T09:30:00-05:00\"", "\"recordedAt\":\"2026-12-05T14:31:00Z\"");
        assertThat(jsonb.toJson(new Result(LocalDateTime.of(2026, 7, 1, 9, 30, 15, 999), null)))
                .contains("\"2026-07-01T09:30:15-04:00\"");
    }

    @Test
    @DisplayName(
            "REST contract: a local time is read with an offset (converted to the county's) or without (taken as the county's)")
    void readsWithOrWithoutOffset() {
        var jsonb = new JsonbSetup(COUNTY).getContext(Result.class);
        assertThat(jsonb.fromJson("{\"inspectedAt\":\"2026-12-05T09:30:00\"}", Result.class)
                        .inspectedAt())
                .isEqualTo(LocalDateTime.of(2026, 12, 5, 9, 30));
        assertThat(jsonb.fromJson("{\"inspectedAt\":\"2026-12-05T14:30:00Z\"}", Result.class)
                        .inspectedAt())
                .isEqualTo(LocalDateTime.of(2026, 12, 5, 9, 30));
        assertThat(jsonb.fromJson("{\"inspectedAt\":\"2026-12-05T09:30:00-05:00\"}", Result.class)
                        .inspectedAt())
                .isEqualTo(LocalDateTime.of(2026, 12, 5, 9, 30));
        assertThatThrownBy(() -> jsonb.fromJson("{\"inspectedAt\":\"yesterday\"}", Result.class))
                .isInstanceOf(JsonbException.class);
    }
}
