package org.tryon.platform.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures of a request are 400, one entry per field: the field's name (the last
 * node of the property path, so {@code create.arg0.name} reads {@code name}), the constraint
 * that failed and its message.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Problem.FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldProblem(field(v), rule(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldProblem::field))
                .toList();
        String detail = errors.isEmpty()
                ? "Invalid request"
                : errors.get(0).field() + ": " + errors.get(0).message();
        return Problems.response(400, "Invalid request", detail, errors);
    }

    private static String field(ConstraintViolation<?> v) {
        String name = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                name = node.getName();
            }
        }
        if (name == null || name.matches("arg\\d+")) {
            return name == null ? "request" : "body";
        }
        return name;
    }

    private static String rule(ConstraintViolation<?> v) {
        return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }
}
