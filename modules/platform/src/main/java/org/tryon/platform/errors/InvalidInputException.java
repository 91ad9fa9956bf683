package org.tryon.platform.errors;

import java.util.List;

/**
 * Input that cannot be understood rather than input that breaks a business rule: a query
 * parameter that is not a number, a list field that does not exist, a page size out of range.
 * Names the field and the rule like any {@link RuleViolationException}; the REST API answers 400.
 */
public class InvalidInputException extends RuleViolationException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String field, String rule, String message) {
        super(List.of(new Violation(field, rule, message)));
    }
}
