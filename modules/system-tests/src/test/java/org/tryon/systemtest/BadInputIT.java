package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Bad input against every write of the REST API (ADR 0022): walks the OpenAPI document's POST and PUT operations with a JSON
 * body and sends, field by field, values of the wrong type, out of range, oversized or malformed, as a user whose role may
 * make the call. Every answer must be 400, a problem document naming the field in {@code errors}, and nothing may change.
 */
class BadInputIT {

    private static final List<String[]> USERS = List.of(
            new String[] {"director", "director-demo"},
            new String[] {"tech", "tech-demo"},
            new String[] {"tca", "tca-demo"},
            new String[] {"inspector", "inspector-demo"},
            new String[] {"reviewer", "reviewer-demo"},
            new String[] {"clerk", "clerk-demo"},
            new String[] {"examiner", "examiner-demo"});

    /** Lists whose answers must be the same before and after. */
    private static final List<String> LISTS = List.of(
            "api/v1/contractors",
            "api/v1/permits?size=200",
            "api/v1/third-parties",
            "api/v1/inspection-allocations",
            "api/v1/fee-schedule",
            "api/v1/commissions",
            "api/v1/licensing/trades");

    private final SystemUnderTest system = SystemUnderTest.get();

    @Test
    @DisplayName(
            "every POST and PUT with a JSON body refuses wrongly typed, out-of-range, oversized and malformed fields with a 4xx "
                    + "problem naming the field, and changes nothing")
    void everyWriteRefusesBadInput() {
        JsonObject doc = Json.createReader(new StringReader(
                        system.send("GET", "openapi", null, null, null, null, "Accept", "application/json")
                                .body()))
                .readObject();
        Map<String, String> before = snapshot();
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        int operations = 0;
        for (var path : doc.getJsonObject("paths").entrySet()) {
            for (String method : List.of("post", "put")) {
                JsonObject op = path.getValue().asJsonObject().getJsonObject(method);
                JsonObject schema = op == null ? null : bodySchema(doc, op);
                if (schema == null || !schema.containsKey("properties")) {
                    continue;
                }
                String url = path.getKey().substring(1).replaceAll("\\{[^}]+}", "1");
                String[] user = roleFor(method.toUpperCase(), url);
                if (user == null) {
                    continue;
                }
                operations++;
                boolean longStringSent = false;
                for (var property : schema.getJsonObject("properties").entrySet()) {
                    JsonObject p = resolve(doc, property.getValue().asJsonObject());
                    List<String> bad = badValues(p, !longStringSent);
                    longStringSent |= bad.stream().anyMatch(b -> b.length() > 1000);
                    for (String value : bad) {
                        String body = "{\"" + property.getKey() + "\":" + value + "}";
                        HttpResult answer =
                                system.send(method.toUpperCase(), url, "application/json", body, user[0], user[1]);
                        sent++;
                        String what = method.toUpperCase() + " " + url + " " + property.getKey() + "="
                                + abbreviate(value) + " -> ";
                        if (answer.status() != 400) {
                            wrong.add(what + answer.status() + " " + abbreviate(answer.body()));
                        } else if (!answer.contentType().startsWith("application/problem+json")) {
                            wrong.add(what + answer.status() + " not a problem document: " + answer.contentType());
                        } else if (answer.status() == 400 && !names(answer, property.getKey())) {
                            wrong.add(what + "400 without the field: " + abbreviate(answer.body()));
                        }
                    }
                }
            }
        }
        assertThat(operations)
                .as("operations with a JSON body that some role may call")
                .isGreaterThan(40);
        assertThat(sent).as("bad bodies sent").isGreaterThan(150);
        assertThat(wrong)
                .as("%d wrong answers; first ones: %s", wrong.size(), wrong.subList(0, Math.min(15, wrong.size())))
                .isEmpty();
        assertThat(snapshot()).as("nothing changed").isEqualTo(before);
    }

    @Test
    @DisplayName(
            "a body that is not JSON, a JSON list for an object and a body above the size limit are refused as 'body'")
    void malformedBodies() {
        for (String body : List.of("{\"name\":", "not json", "[1,2,3]", "{\"name\":\"a\"}}")) {
            HttpResult answer = system.postJson("api/v1/contractors", body, "tech", "tech-demo");
            assertThat(answer.status()).as(body + ": " + answer).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                    .isEqualTo("body");
        }
        assertThat(system.postJson("api/v1/contractors", "{\"name\":", "tech", "tech-demo")
                        .json()
                        .getString("title"))
                .isEqualTo("Malformed request body");
        HttpResult huge = system.postJson(
                "api/v1/contractors", "{\"name\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}", "tech", "tech-demo");
        assertThat(huge.status()).as(huge.toString()).isEqualTo(413);
        assertThat(huge.contentType()).startsWith("application/problem+json");
    }

    @Test
    @DisplayName(
            "the attacks of the review: year 10000 and year -1, 2^63 and 1e400 and 2^32+5 in an int, 'maybe' for a boolean")
    void reviewedAttacks() {
        String base =
                "{\"name\":\"Year Builders\",\"licenseNumber\":\"GC-Y1\",\"trade\":\"BUILDING\",\"contactName\":\"Pat Lee\","
                        + "\"contactPhone\":\"704-555-0100\",\"licenseExpiresOn\":";
        for (String date : List.of("\"+10000-01-01\"", "\"-0001-01-01\"")) {
            HttpResult answer = system.postJson("api/v1/contractors", base + date + "}", "tech", "tech-demo");
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                    .isEqualTo("licenseExpiresOn");
        }
        String seats = String.join(",", java.util.Collections.nCopies(5000, "\"Seat\""));
        HttpResult commission = system.postJson(
                "api/v1/commissions",
                "{\"code\":\"HUGE\",\"name\":\"Huge\",\"seats\":[" + seats + "]}",
                "clerk",
                "clerk-demo");
        assertThat(commission.status()).as(commission.toString()).isEqualTo(400);
        assertThat(commission.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("seats");
        assertThat(system.get("api/v1/commissions", "clerk", "clerk-demo").body())
                .doesNotContain("HUGE");
    }

    /**
     * The first user whose role may make the call, found with a body that is not JSON (refused before anything runs);
     * null when none may (or the operation is not found).
     */
    private String[] roleFor(String method, String url) {
        for (String[] user : USERS) {
            HttpResult answer = system.send(method, url, "application/json", "{", user[0], user[1]);
            if (answer.status() == 400) {
                return user;
            }
        }
        return null;
    }

    private static boolean names(HttpResult answer, String field) {
        JsonObject problem = answer.json();
        if (!problem.containsKey("errors") || problem.isNull("errors")) {
            return false;
        }
        return problem.getJsonArray("errors").stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getString("field", "").equals(field)
                        || e.getString("field", "").startsWith(field + ".")
                        || e.getString("field", "").startsWith(field + "["));
    }

    private static List<String> badValues(JsonObject p, boolean longString) {
        String type = p.getString("type", "");
        String format = p.getString("format", "");
        List<String> bad = new ArrayList<>();
        switch (type) {
            case "integer" -> {
                bad.add("int32".equals(format) ? "4294967301" : "9223372036854775808");
                bad.add("1e400");
                bad.add("\"12\"");
            }
            case "number" -> {
                bad.add("1e400");
                bad.add("\"abc\"");
            }
            case "boolean" -> bad.add("\"maybe\"");
            case "string" -> {
                if ("date".equals(format)) {
                    bad.add("\"+10000-01-01\"");
                    bad.add("\"-0001-01-01\"");
                } else if ("date-time".equals(format)) {
                    bad.add("\"+10000-01-01T00:00:00\"");
                } else if (p.containsKey("enum")) {
                    bad.add("\"NO_SUCH_CONSTANT\"");
                } else if (longString) {
                    bad.add("\"" + "x".repeat(100_001) + "\"");
                }
                bad.add("{\"nested\":true}");
            }
            case "array" -> bad.add("{\"not\":\"a list\"}");
            default -> {}
        }
        return bad;
    }

    private static JsonObject bodySchema(JsonObject doc, JsonObject op) {
        JsonObject body = op.getJsonObject("requestBody");
        if (body == null || !body.containsKey("content")) {
            return null;
        }
        JsonObject json = body.getJsonObject("content").getJsonObject("application/json");
        return json == null || !json.containsKey("schema") ? null : resolve(doc, json.getJsonObject("schema"));
    }

    private static JsonObject resolve(JsonObject doc, JsonObject schema) {
        JsonObject s = schema;
        for (int i = 0; i < 5 && s != null; i++) {
            if (s.containsKey("$ref")) {
                String ref = s.getString("$ref");
                s = doc.getJsonObject("components")
                        .getJsonObject("schemas")
                        .getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
            } else if (s.containsKey("allOf") && s.getJsonArray("allOf").size() == 1) {
                s = s.getJsonArray("allOf").getJsonObject(0);
            } else if (s.containsKey("oneOf") && !s.getJsonArray("oneOf").isEmpty()) {
                s = s.getJsonArray("oneOf").getJsonObject(0);
            } else {
                return s;
            }
        }
        return s == null ? Json.createObjectBuilder().build() : s;
    }

    private Map<String, String> snapshot() {
        Map<String, String> lists = new LinkedHashMap<>();
        for (String list : LISTS) {
            for (String[] user : USERS) {
                HttpResult answer = system.get(list, user[0], user[1]);
                if (answer.status() == 200) {
                    lists.put(list, answer.body());
                    break;
                }
            }
        }
        return lists;
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "..." : s;
    }
}
