package org.tryon.platform.rest;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/**
 * JAX-RS's own errors (unknown path, wrong method, unsupported media type, a body that is not
 * JSON or has a value of the wrong type) as problem documents, keeping their 4xx status. A query,
 * form, header or cookie parameter that cannot be converted to its type (the runtime's
 * {@code ParamException}) is 400 naming the parameter (a path parameter stays 404, naming it).
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response param = parameterProblem(e);
        if (param != null) {
            return param;
        }
        int status = e.getResponse().getStatus();
        Response.StatusType type = e.getResponse().getStatusInfo();
        String detail = detail(e, status);
        List<Problem.FieldProblem> errors =
                status == 400 ? List.of(new Problem.FieldProblem("body", "json", detail)) : List.of();
        Response problem = Problems.response(status, type.getReasonPhrase(), detail, errors);
        if (e instanceof NotAllowedException) {
            return Response.fromResponse(problem)
                    .allow(e.getResponse().getAllowedMethods())
                    .build();
        }
        return problem;
    }

    /** The runtime's parameter conversion failure, read by name so the platform does not depend on one JAX-RS implementation. */
    static Response parameterProblem(WebApplicationException e) {
        if (!e.getClass().getName().contains("ParamException")) {
            return null;
        }
        String name = call(e, "getParameterName");
        if (name == null) {
            return null;
        }
        String kind = e.getClass().getSimpleName().replace("ParamException", "").toLowerCase(Locale.ROOT);
        boolean path = "path".equals(kind);
        int status = path ? 404 : 400;
        String cause = e.getCause() == null ? "" : ": " + MalformedBodyMapper.describe(e.getCause());
        String detail = (kind.isEmpty() ? "Parameter " : kind + " parameter ") + name + " has a value of the wrong type"
                + cause;
        detail = Character.toUpperCase(detail.charAt(0)) + detail.substring(1);
        return Problems.response(
                status,
                path ? "Not Found" : "Invalid request",
                detail,
                List.of(new Problem.FieldProblem(name, "type", detail)));
    }

    private static String call(Object target, String method) {
        try {
            Object value = target.getClass().getMethod(method).invoke(target);
            return value == null ? null : value.toString();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static String detail(WebApplicationException e, int status) {
        if (status == 400) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return "The request body could not be read: " + MalformedBodyMapper.describe(cause);
        }
        return e.getMessage();
    }
}
