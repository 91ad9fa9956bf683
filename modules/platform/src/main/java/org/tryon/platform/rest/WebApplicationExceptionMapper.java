package org.tryon.platform.rest;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own errors (unknown path, wrong method, unsupported media type, a body that is not
 * JSON or has a value of the wrong type) as problem documents, keeping their 4xx status.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.StatusType type = e.getResponse().getStatusInfo();
        String detail = detail(e, status);
        Response problem = Problems.response(status, type.getReasonPhrase(), detail);
        if (e instanceof NotAllowedException) {
            return Response.fromResponse(problem).allow(e.getResponse().getAllowedMethods()).build();
        }
        return problem;
    }

    private static String detail(WebApplicationException e, int status) {
        if (status == 400) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return "The request body could not be read: " + MalformedBodyMapper.describe(cause);
        }
        return e.getMessage();
    }
}
