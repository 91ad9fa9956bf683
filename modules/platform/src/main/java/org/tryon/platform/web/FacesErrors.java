package org.tryon.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;

/**
 * Shows a refused action on a screen: one message per broken rule, naming the field. Anything
 * else is rethrown (and ends on the error page, logged).
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
                    error(
                            faces,
                            label(v.getPropertyPath().toString()) + ": " + v.getMessage(),
                            v.getConstraintDescriptor()
                                    .getAnnotation()
                                    .annotationType()
                                    .getSimpleName());
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
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, "Rule: " + rule));
    }

    private static String label(String field) {
        if (field == null || field.isBlank()) {
            return "Input";
        }
        String last = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        return last.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }
}
