package org.tryon.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.Map;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;

/**
 * Shows a refused action on a screen: one message per broken rule, naming the field in plain words ("Owner mailing
 * address: at most 300 characters"), with the rule or ordinance section as the message's quieter second line (its
 * detail), never a constraint's class name (ADR 0053). Anything else is rethrown (and ends on the error page, logged).
 */
public final class FacesErrors {

    private FacesErrors() {}

    /** @return true when the exception was a user error now shown as messages */
    public static boolean show(RuntimeException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RuleViolationException r) {
                r.violations().forEach(v -> error(faces, label(v.field()) + ": " + v.message(), v.rule()));
                faces.validationFailed();
                return true;
            }
            if (t instanceof ConstraintViolationException c) {
                for (ConstraintViolation<?> v : c.getConstraintViolations()) {
                    error(faces, label(v.getPropertyPath().toString()) + ": " + plain(v), "");
                }
                faces.validationFailed();
                return true;
            }
            if (t instanceof org.tryon.platform.errors.NotAllowedException n) {
                error(faces, n.getMessage(), "role");
                faces.validationFailed();
                return true;
            }
            if (t instanceof RecordNotFoundException n) {
                error(faces, n.getMessage(), "exists");
                faces.validationFailed();
                return true;
            }
            if (t instanceof OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                error(
                        faces,
                        "Someone else changed this record while you were editing it. Nothing was saved: reload and apply your change again.",
                        "concurrent-edit");
                faces.validationFailed();
                return true;
            }
        }
        throw e;
    }

    public static void info(String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, ""));
    }

    /** An information message kept across the redirect that follows (post-redirect-get); returns {@code outcome}. */
    public static String infoAfterRedirect(String summary, String outcome) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(summary);
        return outcome;
    }

    private static void error(FacesContext faces, String summary, String rule) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, rule == null ? "" : rule));
    }

    /** A field's name as words: "ownerMailingAddress" (or "submit.arg1.ownerMailingAddress") reads "Owner mailing address". */
    public static String label(String field) {
        if (field == null || field.isBlank()) {
            return "Input";
        }
        String last = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        String words = last.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * What a broken Bean Validation constraint asks of the user, in plain words: the constraint's own message where the
     * code gave one ("must be a ZIP code like 28202 or 28202-1234"), otherwise a sentence made from its kind and limits
     * ("enter a value", "at most 200 characters") instead of the provider's default ("must match \"\\d{5}\"").
     */
    public static String plain(ConstraintViolation<?> v) {
        String template = v.getMessageTemplate();
        if (template != null && !template.startsWith("{")) {
            return v.getMessage();
        }
        Map<String, Object> a = v.getConstraintDescriptor().getAttributes();
        String kind =
                v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (kind) {
            case "NotBlank", "NotNull", "NotEmpty" -> "enter a value";
            case "Size" -> sizeText(a);
            case "Min", "DecimalMin" -> "at least " + a.get("value");
            case "Max", "DecimalMax" -> "at most " + a.get("value");
            case "Positive" -> "more than 0";
            case "PositiveOrZero" -> "0 or more";
            case "Digits" ->
                "at most " + a.get("integer") + " digits before the decimal point and " + a.get("fraction") + " after";
            case "Email" -> "enter an email address like name@example.com";
            case "Pattern" -> "is not in the expected form";
            case "Past" -> "a day before today";
            case "PastOrPresent" -> "today or a day before";
            case "Future" -> "a day after today";
            case "FutureOrPresent" -> "today or a day after";
            default -> v.getMessage();
        };
    }

    private static String sizeText(Map<String, Object> a) {
        int min = ((Number) a.getOrDefault("min", 0)).intValue();
        int max = ((Number) a.getOrDefault("max", Integer.MAX_VALUE)).intValue();
        if (min <= 0) {
            return "at most " + max + " characters";
        }
        if (max == Integer.MAX_VALUE) {
            return "at least " + min + " characters";
        }
        return "between " + min + " and " + max + " characters";
    }
}
