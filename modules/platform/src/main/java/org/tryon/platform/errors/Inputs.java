package org.tryon.platform.errors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Checks a command's Bean Validation constraints at the start of a use case, so that a screen
 * and the REST API refuse the same input with the same field and rule, before anything changes.
 */
public final class Inputs {

    private Inputs() {}

    public static <T> T valid(Validator validator, T command) {
        if (command == null) {
            throw new RuleViolationException("body", "required", "A request body is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return command;
    }

    /**
     * A day given as text in a query parameter ({@code yyyy-mm-dd}, years 1 to 9999): null when none is given; refused
     * with the field and the rule {@code iso-date} when it is not a day.
     */
    public static java.time.LocalDate day(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new RuleViolationException(
                    field, "iso-date", "'" + text + "' is not a day like 2026-11-23 (yyyy-mm-dd)");
        }
    }
}
