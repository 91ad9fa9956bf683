package org.tryon.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.StringReader;

/**
 * One HTTP answer of the Tryon under test, with how long it took.
 *
 * @param status the status code (0 when the request did not get an answer)
 * @param contentType the Content-Type header ("" when there is none)
 * @param body the body as text ("" when there is none; the exception when there was no answer)
 * @param nanos from sending the request to having read the whole body
 */
record Answer(int status, String contentType, String body, long nanos) {

    JsonObject json() {
        if (!(parse() instanceof JsonObject o)) {
            throw new BenchmarkException("Expected a JSON object but got: " + this);
        }
        return o;
    }

    JsonArray jsonArray() {
        if (!(parse() instanceof JsonArray a)) {
            throw new BenchmarkException("Expected a JSON array but got: " + this);
        }
        return a;
    }

    private JsonStructure parse() {
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return r.read();
        } catch (RuntimeException e) {
            throw new BenchmarkException("Not JSON: " + this, e);
        }
    }

    /** The status and the start of the body, on one line. */
    @Override
    public String toString() {
        String oneLine = body.replaceAll("\\s+", " ").trim();
        return "HTTP " + status + " " + (oneLine.length() <= 400 ? oneLine : oneLine.substring(0, 400) + "…");
    }
}
