package org.tryon.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tryon.platform.errors.InvalidInputException;

/** Input that cannot be understood (a malformed query parameter, an unknown list field) is 400, naming the field and rule. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException e) {
        var errors = e.violations().stream().map(v -> new Problem.FieldProblem(v.field(), v.rule(), v.message())).toList();
        return Problems.response(400, "Invalid request", e.getMessage(), errors);
    }
}
