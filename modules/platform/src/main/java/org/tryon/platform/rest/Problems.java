package org.tryon.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem responses. */
public final class Problems {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private Problems() {}

    public static Response response(int status, String title, String detail) {
        return response(Problem.of(status, title, detail));
    }

    public static Response response(int status, String title, String detail, List<Problem.FieldProblem> errors) {
        return response(new Problem("about:blank", title, status, detail, null, errors));
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(JSONB.toJson(problem))
                .build();
    }

    /** The same document as JSON text, for servlets and authentication mechanisms outside JAX-RS. */
    public static String json(Problem problem) {
        return JSONB.toJson(problem);
    }
}
