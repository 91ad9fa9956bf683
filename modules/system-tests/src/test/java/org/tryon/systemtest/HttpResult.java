package org.tryon.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Optional;

/**
 * One HTTP answer of the system under test.
 *
 * @param status the status code
 * @param headers the response headers
 * @param body the body as text ("" when there is none)
 */
public record HttpResult(int status, HttpHeaders headers, String body) {

    /** The first value of a header (case-insensitive name). */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public List<String> headerValues(String name) {
        return headers.allValues(name);
    }

    public String contentType() {
        return header("Content-Type").orElse("");
    }

    /** The body as a JSON object (fails if it is not one). */
    public JsonObject json() {
        JsonStructure s = parse();
        if (!(s instanceof JsonObject o)) {
            throw new AssertionError("Expected a JSON object but got: " + abbreviated());
        }
        return o;
    }

    /** The body as a JSON array (fails if it is not one). */
    public JsonArray jsonArray() {
        JsonStructure s = parse();
        if (!(s instanceof JsonArray a)) {
            throw new AssertionError("Expected a JSON array but got: " + abbreviated());
        }
        return a;
    }

    private JsonStructure parse() {
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return r.read();
        } catch (RuntimeException e) {
            throw new AssertionError("Not JSON (HTTP " + status + ", " + contentType() + "): " + abbreviated(), e);
        }
    }

    private String abbreviated() {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }

    @Override
    public String toString() {
        return "HTTP " + status + " " + contentType() + " " + abbreviated();
    }
}
