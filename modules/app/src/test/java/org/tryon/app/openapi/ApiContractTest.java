package org.tryon.app.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The REST contract as the build publishes it (the OpenAPI document generated into the WAR): every answer is described,
 * creations answer 201 with a Location, errors are problem+json.
 */
class ApiContractTest {

    private static final Set<String> VERBS = Set.of("get", "post", "put", "delete", "patch");
    private static JsonObject paths;
    private static JsonObject schemas;

    @BeforeAll
    static void read() throws IOException {
        Path doc = Path.of("target/classes/META-INF/openapi.json");
        assertThat(doc)
                .as("the build generates the OpenAPI document before the tests")
                .exists();
        try (Reader r = Files.newBufferedReader(doc);
                JsonReader json = Json.createReader(r)) {
            JsonObject document = json.readObject();
            paths = document.getJsonObject("paths");
            schemas = document.getJsonObject("components").getJsonObject("schemas");
        }
    }

    private static List<String> each(Check check) {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            for (Map.Entry<String, JsonValue> op :
                    path.getValue().asJsonObject().entrySet()) {
                if (VERBS.contains(op.getKey())) {
                    String problem = check.problem(
                            op.getKey(), path.getKey(), op.getValue().asJsonObject());
                    if (problem != null) {
                        wrong.add(op.getKey().toUpperCase() + " " + path.getKey() + ": " + problem);
                    }
                }
            }
        }
        return wrong;
    }

    interface Check {
        String problem(String verb, String path, JsonObject operation);
    }

    @Test
    @DisplayName(
            "REST contract (ADR 0045): a typed id is a plain integer, as JSON-B writes it, never an object with a value")
    void typedIdsArePlainNumbers() {
        assertThat(schemas.getJsonObject("DefectId").getString("type")).isEqualTo("integer");
        assertThat(schemas.getJsonObject("InspectionResultId").getString("format"))
                .isEqualTo("int64");
        List<String> wrapped = schemas.entrySet().stream()
                .filter(s -> s.getValue().asJsonObject().containsKey("properties")
                        && s.getValue()
                                .asJsonObject()
                                .getJsonObject("properties")
                                .keySet()
                                .equals(Set.of("value")))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(wrapped).isEmpty();
    }

    @Test
    @DisplayName("REST contract: a call that creates answers 201 with its body's schema and a Location, never 200")
    void creationsAnswer201WithLocation() {
        List<String> created = each((verb, path, op) -> op.containsKey("x-created") ? "" : null);
        assertThat(created).as("the creations of every module are marked").hasSizeGreaterThan(30);
        assertThat(each((verb, path, op) -> {
                    if (!op.containsKey("x-created")) {
                        return null;
                    }
                    JsonObject responses = op.getJsonObject("responses");
                    if (responses.containsKey("200")) {
                        return "documents 200";
                    }
                    JsonObject created201 = responses.getJsonObject("201");
                    if (created201 == null || !created201.containsKey("content")) {
                        return "no 201 with a body schema";
                    }
                    return created201.containsKey("headers")
                                    && created201.getJsonObject("headers").containsKey("Location")
                            ? null
                            : "no Location header";
                }))
                .isEmpty();
    }

    @Test
    @DisplayName("REST contract: every successful answer says what its body is (JSON schema, PDF, CSV), but 204")
    void everySuccessfulAnswerHasASchema() {
        assertThat(each((verb, path, op) -> {
                    for (Map.Entry<String, JsonValue> r :
                            op.getJsonObject("responses").entrySet()) {
                        if (r.getKey().startsWith("2")
                                && !r.getKey().equals("204")
                                && !r.getValue().asJsonObject().containsKey("content")) {
                            return r.getKey() + " has no body schema";
                        }
                    }
                    return null;
                }))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "REST contract: every operation lists its problem answers (400, 401, 403, 500; 404 on a record; 422 on a write) "
                    + "as application/problem+json")
    void everyOperationListsItsProblems() {
        assertThat(each((verb, path, op) -> {
                    JsonObject responses = op.getJsonObject("responses");
                    List<String> expected = new ArrayList<>(List.of("400", "401", "403", "500"));
                    if (path.contains("{")) {
                        expected.add("404");
                    }
                    if (!verb.equals("get")) {
                        expected.add("422");
                    }
                    for (String status : expected) {
                        JsonObject r = responses.getJsonObject(status);
                        if (r == null) {
                            return "no " + status;
                        }
                        if (!r.containsKey("content")
                                || !r.getJsonObject("content").containsKey("application/problem+json")) {
                            return status + " is not application/problem+json";
                        }
                    }
                    return null;
                }))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "REST contract: every write (POST, PUT, PATCH, DELETE) documents the optional Idempotency-Key header (ADR 0025)")
    void everyWriteTakesAnIdempotencyKey() {
        List<String> writes = each((verb, path, op) -> verb.equals("get") ? null : "");
        assertThat(writes).as("the writes of every module").hasSizeGreaterThan(30);
        assertThat(each((verb, path, op) -> {
                    if (verb.equals("get")) {
                        return null;
                    }
                    if (op.containsKey("parameters")) {
                        for (JsonValue p : op.getJsonArray("parameters")) {
                            JsonObject parameter = p.asJsonObject();
                            if ("Idempotency-Key".equals(parameter.getString("name", null))
                                    && "header".equals(parameter.getString("in", null))
                                    && !parameter.getBoolean("required", false)) {
                                return null;
                            }
                        }
                    }
                    return "no optional header parameter Idempotency-Key";
                }))
                .isEmpty();
    }
}
