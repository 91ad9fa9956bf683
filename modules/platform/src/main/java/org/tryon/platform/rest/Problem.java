package org.tryon.platform.rest;

import java.util.List;

/**
 * An RFC 9457 problem document, sent as {@code application/problem+json} for every error of the
 * REST API. {@code errors} lists, for validation problems, each field and the rule it broke.
 */
public record Problem(
        String type, String title, int status, String detail, String instance, List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldProblem(String field, String rule, String message) {}

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, List.of());
    }
}
