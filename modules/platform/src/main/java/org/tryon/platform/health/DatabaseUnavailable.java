package org.tryon.platform.health;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.tryon.platform.rest.Problem;
import org.tryon.platform.rest.Problems;
import org.tryon.platform.text.UsFormat;

/**
 * The answer while the database does not answer: 503 with a Retry-After, as a problem document for the API and as a
 * short page for the screens, at once instead of after a hang. Nothing was changed, so the caller may simply retry
 * (a form's typed values stay in the browser: the page answered is a new one, the form's page is not replaced until
 * the user goes back to it).
 */
public final class DatabaseUnavailable {

    public static final String TITLE = "The database is not available";

    private DatabaseUnavailable() {}

    /**
     * Whether a failure comes from the database connection (it could not be made, was lost or timed out) or from the
     * transaction manager failing to commit or roll back on it, anywhere in its chain of causes: the database, not the
     * request, is at fault.
     */
    public static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (connectionFailure(t) || transactionManagerFailure(t)) {
                return true;
            }
        }
        return false;
    }

    /** A connection that could not be made, was lost, or timed out. */
    public static boolean connectionFailure(Throwable t) {
        if (t instanceof java.sql.SQLTransientConnectionException
                || t instanceof java.sql.SQLNonTransientConnectionException
                || t instanceof java.sql.SQLTimeoutException
                || t instanceof java.net.SocketTimeoutException
                || t instanceof org.hibernate.exception.JDBCConnectionException) {
            return true;
        }
        String message = t.getMessage();
        return t instanceof java.sql.SQLException
                && message != null
                && message.contains("Error in allocating a connection");
    }

    /**
     * The transaction manager could not commit or roll back (JTS5031 "completed: Maybe": the database did not answer the
     * COMMIT in time): whether the change was saved is not known.
     */
    public static boolean transactionManagerFailure(Throwable t) {
        return t instanceof jakarta.transaction.SystemException
                || t instanceof jakarta.transaction.HeuristicMixedException
                || t instanceof jakarta.transaction.HeuristicRollbackException;
    }

    /** Every request but the health endpoint (which says DOWN itself) and static resources (which need no database). */
    public static boolean gated(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.equals("/api/v1/health")
                && !path.startsWith("/jakarta.faces.resource/")
                && !path.startsWith("/resources/");
    }

    public static final String DISK_FULL_TITLE = "The database's disk is full";

    /** A change (any method but GET, HEAD, OPTIONS) while the database's writes wait for disk space; reads still work. */
    public static boolean isChange(HttpServletRequest request) {
        String m = request.getMethod();
        return !m.equals("GET") && !m.equals("HEAD") && !m.equals("OPTIONS");
    }

    /** The answer to a change while the database's disk is full (ADR 0027): at once, naming the cause, nothing changed. */
    public static void answerDiskFull(HttpServletRequest request, HttpServletResponse response) {
        write(
                request,
                response,
                503,
                60,
                DISK_FULL_TITLE,
                "Tryon's database has no disk space left, so it cannot save changes now. "
                        + "Nothing was changed. Reading works. Try again once an administrator has freed space on the database's disk; Tryon "
                        + "recovers by itself.");
    }

    public static void answer(HttpServletRequest request, HttpServletResponse response, DatabaseWatch watch) {
        String detail = "Tryon cannot reach its database"
                + (watch.unavailableSince() == null ? "" : " since " + UsFormat.dateTime(watch.unavailableSince()))
                + ". Nothing was changed. Try again in a few seconds; Tryon recovers by itself when the database is back.";
        write(request, response, 503, watch.retryAfterSeconds(), TITLE, detail);
    }

    private static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            int retryAfter,
            String title,
            String detail) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            response.setStatus(status);
            response.setHeader("Retry-After", String.valueOf(retryAfter));
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            if (path.startsWith("/api/")) {
                response.setContentType(Problem.MEDIA_TYPE);
                response.getWriter().write(Problems.json(Problem.of(status, title, detail)));
            } else {
                response.setContentType("text/html");
                response.getWriter()
                        .write(
                                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                                        + "</title><meta http-equiv=\"refresh\" content=\"" + retryAfter
                                        + "\"></head><body>"
                                        + "<h1 id=\"unavailable\">" + title + "</h1><p>" + detail
                                        + "</p><p>This page reloads by itself. "
                                        + "To keep what you typed, go back to your form and submit it again once Tryon answers.</p></body></html>");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
