package org.tryon.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tryon.platform.errors.InvalidInputException;

/**
 * Input that cannot be understood (a malformed query parameter, an unknown list field, a body
 * breaking the platform's JSON rules) is 400, naming the field and rule; a body above the size
 * limit is 413.
 */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException e) {
        var errors = e.violations().stream()
                .map(v -> new Problem.FieldProblem(v.field(), v.rule(), v.message()))
                .toList();
        if (e instanceof StrictJsonReader.BodyTooLargeException) {
            return Problems.response(413, "Request body too large", e.getMessage(), errors);
        }
        boolean notJson = errors.size() == 1
                && "body".equals(errors.get(0).field())
                && "json".equals(errors.get(0).rule());
        return Problems.response(400, notJson ? "Malformed request body" : "Invalid request", e.getMessage(), errors);
    }
}
