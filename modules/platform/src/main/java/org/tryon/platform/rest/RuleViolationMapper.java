package org.tryon.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tryon.platform.errors.RuleViolationException;

/** A broken business rule is 422 Unprocessable Content, naming each field and rule. */
@Provider
public class RuleViolationMapper implements ExceptionMapper<RuleViolationException> {

    @Override
    public Response toResponse(RuleViolationException e) {
        var errors = e.violations().stream()
                .map(v -> new Problem.FieldProblem(v.field(), v.rule(), v.message()))
                .toList();
        return Problems.response(422, "The request breaks a rule", e.getMessage(), errors);
    }
}
