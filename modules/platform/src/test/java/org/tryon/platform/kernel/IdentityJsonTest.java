package org.tryon.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.events.IntegrationEvent;

/**
 * ADR 0045: typed ids are plain numbers in JSON, as the {@code long}s they replaced, so the outbox's events stored by
 * an earlier version still read after an upgrade (the outbox writes and reads with a default JSON-B, as here).
 */
class IdentityJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final UUID EVENT = UUID.fromString("7c8f3c52-2b0e-4f7e-9d2a-3c1e9f0a1b2c");
    private static final Instant AT = Instant.parse("2026-12-05T14:30:00Z");

    /** An event as the apis carry them: a required id, a nullable one, and one in a list. */
    public record ResultRecorded(
            UUID eventId, Instant occurredAt, long resultId, Long requestId, long permitId, String permitNumber)
            implements IntegrationEvent {}

    public record TypedResultRecorded(
            UUID eventId,
            Instant occurredAt,
            ContractorId resultId,
            CandidateId requestId,
            PermitId permitId,
            String permitNumber)
            implements IntegrationEvent {}

    public record Project(ProjectId projectId, List<PermitId> permitIds) {}

    @Test
    @DisplayName("an event's typed ids are written as plain numbers, exactly as the longs were")
    void writesPlainNumbers() {
        TypedResultRecorded typed = new TypedResultRecorded(
                EVENT, AT, new ContractorId(12), new CandidateId(3), new PermitId(5), "B-2026-000005");
        String json = JSONB.toJson(typed);
        assertThat(json).contains("\"permitId\":5").contains("\"resultId\":12").contains("\"requestId\":3");
        assertThat(json).isEqualTo(JSONB.toJson(new ResultRecorded(EVENT, AT, 12, 3L, 5, "B-2026-000005")));
        assertThat(JSONB.toJson(new Project(new ProjectId(7), List.of(new PermitId(5), new PermitId(6)))))
                .isEqualTo("{\"permitIds\":[5,6],\"projectId\":7}");
    }

    @Test
    @DisplayName("JSON stored by the version with long ids reads into typed ids, a missing or null id as null")
    void readsOldJson() {
        String old = JSONB.toJson(new ResultRecorded(EVENT, AT, 12, null, 5, "B-2026-000005"));
        assertThat(old).doesNotContain("requestId");
        TypedResultRecorded read = JSONB.fromJson(old, TypedResultRecorded.class);
        assertThat(read.permitId()).isEqualTo(new PermitId(5));
        assertThat(read.resultId()).isEqualTo(new ContractorId(12));
        assertThat(read.requestId()).isNull();
        assertThat(read.eventId()).isEqualTo(EVENT);

        TypedResultRecorded withNull = JSONB.fromJson(
                "{\"eventId\":\"" + EVENT + "\",\"occurredAt\":\"2026-12-05T14:30:00Z\",\"permitId\":5,"
                        + "\"requestId\":null,\"resultId\":12}",
                TypedResultRecorded.class);
        assertThat(withNull.requestId()).isNull();
        assertThat(withNull.permitId().value()).isEqualTo(5);

        assertThat(JSONB.fromJson("{\"permitIds\":[5,6],\"projectId\":7}", Project.class))
                .isEqualTo(new Project(new ProjectId(7), List.of(new PermitId(5), new PermitId(6))));
    }

    @Test
    @DisplayName("an id is positive: zero or a negative number is refused, naming the type, also when read from JSON")
    void refusesIdsThatAreNotPositive() {
        assertThatThrownBy(() -> new PermitId(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PermitId");
        assertThatThrownBy(() -> new ExamRegistrationId(-4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ExamRegistrationId");
        assertThat(new ProjectId(1).value()).isEqualTo(1);
        assertThatThrownBy(() -> JSONB.fromJson("{\"projectId\":0,\"permitIds\":[]}", Project.class))
                .isInstanceOf(JsonbException.class)
                .hasStackTraceContaining("ProjectId");
    }
}
