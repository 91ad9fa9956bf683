package org.tryon.platform.errors;

import java.util.List;

/**
 * Input that breaks a rule: names the field, the rule and, where the rule comes from the
 * ordinance, its section. Thrown before anything changes, so the transaction rolls back and
 * nothing the user had entered is altered. The REST layer answers 422 (or 400 for plain input
 * checks) and the screens show the message next to the field.
 */
public class RuleViolationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    public RuleViolationException(String field, String rule, String message) {
        this(List.of(new Violation(field, rule, message)));
    }

    public RuleViolationException(List<Violation> violations) {
        super(violations.isEmpty() ? "rule violated" : violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** One broken rule: the field it concerns, the rule's name (with its section where there is one) and a message. */
    public record Violation(String field, String rule, String message) implements java.io.Serializable {}
}
