package org.tryon.benchmark;

/** The benchmark cannot go on: setup failed, or the system under test answered what it must not. */
final class BenchmarkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BenchmarkException(String message) {
        super(message);
    }

    BenchmarkException(String message, Throwable cause) {
        super(message, cause);
    }
}
