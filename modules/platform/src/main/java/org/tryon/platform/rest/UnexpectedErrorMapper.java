package org.tryon.platform.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.health.DatabaseUnavailable;

/**
 * The last line: an exception no other mapper took. Container and transaction wrappers
 * (EJBException, TransactionalException, RollbackException) are unwrapped to find a cause we
 * know; a concurrent edit is 409; anything else is a 500 with an incident id that is in the log.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RuleViolationException r) {
                return new RuleViolationMapper().toResponse(r);
            }
            if (t instanceof org.tryon.platform.errors.NotAllowedException n) {
                return Problems.response(403, "Forbidden", n.getMessage());
            }
            if (t instanceof RecordNotFoundException n) {
                return new RecordNotFoundMapper().toResponse(n);
            }
            if (t instanceof jakarta.validation.ConstraintViolationException c) {
                return new ConstraintViolationMapper().toResponse(c);
            }
            if (t instanceof OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return Problems.response(
                        409,
                        "Conflict",
                        "Someone else changed this record since you read it. Reload it and apply your change again; nothing was saved.");
            }
            if (t instanceof jakarta.ws.rs.ProcessingException || t instanceof jakarta.json.bind.JsonbException) {
                return Problems.response(
                        400,
                        "Malformed request body",
                        "The request body could not be read: " + MalformedBodyMapper.describe(t));
            }
            if (DatabaseUnavailable.transactionManagerFailure(t)) {
                LOG.log(Level.WARNING, "The database did not confirm a commit; answered 503", e);
                return Response.fromResponse(Problems.response(
                                503,
                                DatabaseUnavailable.TITLE,
                                "Tryon's database did not confirm the change "
                                        + "in time (it stopped answering, or it is waiting for disk space). The change may or may not have been saved: look "
                                        + "before you repeat it. Tryon recovers by itself when the database is back."))
                        .header("Retry-After", 5)
                        .build();
            }
            if (databaseUnreachable(t)) {
                return Response.fromResponse(
                                Problems.response(
                                        503,
                                        DatabaseUnavailable.TITLE,
                                        "Tryon could not reach its database in time. "
                                                + "Nothing was changed. Try again in a few seconds; Tryon recovers by itself when the database is back."))
                        .header("Retry-After", 5)
                        .build();
            }
            if (t instanceof WebApplicationException w) {
                return new WebApplicationExceptionMapper().toResponse(w);
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return Problems.response(
                500, "Internal error", "An unexpected error occurred; incident " + incident + " is in the server log.");
    }

    /** A connection that could not be made, was lost, or timed out: the database, not the request, is at fault. */
    static boolean databaseUnreachable(Throwable t) {
        return DatabaseUnavailable.connectionFailure(t);
    }
}
