package org.tryon.platform.errors;

/** The caller's role does not allow this action (for example only the administrator revokes a permit, 108.12.2). REST answers 403. */
public class NotAllowedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotAllowedException(String message) {
        super(message);
    }
}
