package org.tryon.benchmark.dataset;

/** The generator cannot go on (a database error, a broken invariant); its message says why. */
final class DatasetException extends RuntimeException {

    DatasetException(String message) {
        super(message);
    }

    DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
