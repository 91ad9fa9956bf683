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

    private Inputs() {
    }

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
}
