package org.tryon.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or has a value of the wrong type for a field, is 400 and says which. */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException e) {
        String detail = "The request body could not be read: " + describe(e);
        return Problems.response(
                400,
                "Malformed request body",
                detail,
                java.util.List.of(new Problem.FieldProblem("body", "json", detail)));
    }

    /** The innermost message, which names the offending field or position. */
    static String describe(Throwable e) {
        Throwable t = e;
        StringBuilder sb = new StringBuilder();
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                if (sb.length() > 0) {
                    sb.append(" / ");
                }
                sb.append(t.getMessage());
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return sb.length() == 0 ? "unreadable JSON" : sb.toString();
    }
}
