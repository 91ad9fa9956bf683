package org.tryon.platform.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON provider wraps a body it cannot read (not JSON, or a value of the wrong type for a
 * field) in a {@link ProcessingException}: that is the client's error, 400, with the parser's
 * words, which name the field or position.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        String detail = "The request body could not be read: " + MalformedBodyMapper.describe(e);
        return Problems.response(
                400,
                "Malformed request body",
                detail,
                java.util.List.of(new Problem.FieldProblem("body", "json", detail)));
    }
}
