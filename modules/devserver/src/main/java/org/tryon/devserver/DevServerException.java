package org.tryon.devserver;

/** The dev server could not do what was asked; the message says why (and carries the log tail where there is one). */
public class DevServerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DevServerException(String message) {
        super(message);
    }

    public DevServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
