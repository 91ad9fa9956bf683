package org.tryon.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

    @Test
    @DisplayName(
            "Idempotency-Key: 1 to 255 printable characters; empty, 256, a control character, a non-ASCII letter or a space at an end are refused")
    void keysAtTheirEdges() {
        assertThat(IdempotencyKeys.problem("a")).isNull();
        assertThat(IdempotencyKeys.problem("x".repeat(255))).isNull();
        assertThat(IdempotencyKeys.problem("payment 2026-12-06 #1 ~!")).isNull();
        assertThat(IdempotencyKeys.problem("")).contains("Idempotency-Key");
        assertThat(IdempotencyKeys.problem(null)).contains("Idempotency-Key");
        assertThat(IdempotencyKeys.problem("x".repeat(256))).contains("255");
        assertThat(IdempotencyKeys.problem("a\tb")).contains("printable");
        assertThat(IdempotencyKeys.problem("clé")).contains("printable");
        assertThat(IdempotencyKeys.problem(" a")).contains("space");
    }

    @Test
    @DisplayName("Idempotency-Key applies to POST, PUT, PATCH and DELETE under /api/v1 only")
    void appliesToWritesOfTheApi() {
        assertThat(IdempotencyKeys.applies("POST", "/api/v1/ledger/accounts/1/payments"))
                .isTrue();
        assertThat(IdempotencyKeys.applies("put", "/api/v1/x")).isTrue();
        assertThat(IdempotencyKeys.applies("PATCH", "/api/v1/x")).isTrue();
        assertThat(IdempotencyKeys.applies("DELETE", "/api/v1/x")).isTrue();
        assertThat(IdempotencyKeys.applies("GET", "/api/v1/x")).isFalse();
        assertThat(IdempotencyKeys.applies("POST", "/permits/new.xhtml")).isFalse();
        assertThat(IdempotencyKeys.applies("POST", "/api/v2/x")).isFalse();
    }

    @Test
    @DisplayName(
            "a request is the same when its method, path with query and body are: any one differing makes another request")
    void theSameRequest() {
        byte[] body = "{\"amount\":10}".getBytes(StandardCharsets.UTF_8);
        String hash = IdempotencyKeys.hash("POST", "/api/v1/a", body);
        assertThat(hash).hasSize(64).isEqualTo(IdempotencyKeys.hash("post", "/api/v1/a", body.clone()));
        assertThat(IdempotencyKeys.hash("PUT", "/api/v1/a", body)).isNotEqualTo(hash);
        assertThat(IdempotencyKeys.hash("POST", "/api/v1/b", body)).isNotEqualTo(hash);
        assertThat(IdempotencyKeys.hash("POST", "/api/v1/a?x=1", body)).isNotEqualTo(hash);
        assertThat(IdempotencyKeys.hash("POST", "/api/v1/a", "{\"amount\":11}".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(hash);
    }
}
