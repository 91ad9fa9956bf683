package org.tryon.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CreatedResponsesTest {

    record View(long id, String name) {}

    record Correction(long id, long accountId) {}

    record NoId(String name) {}

    @Test
    @DisplayName(
            "REST contract: the Location of a created record is its template filled with its id and the request's path parameters")
    void locationFromTemplate() {
        MultivaluedHashMap<String, String> params = new MultivaluedHashMap<>();
        params.putSingle("projectId", "17");
        params.putSingle("id", "99");
        assertThat(CreatedResponses.location("projects/{projectId}/appeals/{id}", new View(42, "x"), params))
                .as("the new record's id, not the path's")
                .isEqualTo("projects/17/appeals/42");
        assertThat(CreatedResponses.location(
                        "ledger/accounts/{accountId}/lines", new Correction(7, 5), new MultivaluedHashMap<>()))
                .isEqualTo("ledger/accounts/5/lines");
        assertThat(CreatedResponses.location(
                        "projects/{projectId}/x/{id}", new View(42, "x"), new MultivaluedHashMap<>()))
                .as("a placeholder without a value gives no Location rather than a wrong one")
                .isNull();
        assertThat(CreatedResponses.location("accounts/{id}/payments", Map.of("balance", 1), params))
                .isEqualTo("accounts/99/payments");
    }

    @Test
    @DisplayName("REST contract: the id of a created record's view is read from a record, a map or an id() method")
    void idOfViews() {
        assertThat(CreatedResponses.property(new View(9, "x"), "id")).isEqualTo(9L);
        assertThat(CreatedResponses.property(Map.of("id", 3), "id")).isEqualTo(3);
        assertThat(CreatedResponses.property(new NoId("x"), "id")).isNull();
        assertThat(CreatedResponses.property("text", "id")).isNull();
    }
}
