package org.tryon.governance.officers.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.governance.officers.application.ClosedSessions;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.rest.CreatedResponses;

/**
 * A meeting's closed sessions (G.S. 143-318.11): on a motion adopted in open session citing a purpose; the general account
 * sealed until the commission clerk releases it (G.S. 143-318.10(e)).
 */
@Path("meetings/{meetingId}/closed-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Commission governance")
public class ClosedSessionResource {

    @Inject
    ClosedSessions closedSessions;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "The meeting's closed sessions; a sealed account's text only to the commission clerk")
    public List<ClosedSessions.SessionView> list(@PathParam("meetingId") long meetingId) {
        return closedSessions.list(meetingId);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One closed session")
    public ClosedSessions.SessionView get(@PathParam("meetingId") long meetingId, @PathParam("id") long id) {
        return closedSessions.get(meetingId, id);
    }

    @POST
    @Extension(name = CreatedResponses.EXTENSION, value = "meetings/{meetingId}/closed-sessions/{id}")
    @Operation(
            summary =
                    "Go into closed session on a motion of this meeting adopted in open session citing a purpose of G.S. 143-318.11(a); "
                            + "now or at the county time given in `at`")
    public ClosedSessions.SessionView open(
            @PathParam("meetingId") long meetingId, ClosedSessions.Open command, @QueryParam("at") String at) {
        return closedSessions.open(meetingId, command, moment(at));
    }

    @POST
    @Path("{id}/end")
    @Operation(summary = "Return to open session, now or at the county time given in `at`; no body")
    public ClosedSessions.SessionView end(
            @PathParam("meetingId") long meetingId, @PathParam("id") long id, @QueryParam("at") String at) {
        return closedSessions.end(meetingId, id, moment(at));
    }

    @PUT
    @Path("{id}/account")
    @Operation(
            summary =
                    "The commission clerk writes the general account (G.S. 143-318.10(e)); sealed, it may be rewritten until released")
    public ClosedSessions.SessionView account(
            @PathParam("meetingId") long meetingId, @PathParam("id") long id, ClosedSessions.Account command) {
        return closedSessions.account(meetingId, id, command);
    }

    @POST
    @Path("{id}/release")
    @Operation(summary = "The commission clerk releases the sealed account (who and when are recorded); no body")
    public ClosedSessions.SessionView release(@PathParam("meetingId") long meetingId, @PathParam("id") long id) {
        return closedSessions.release(meetingId, id);
    }

    private LocalDateTime moment(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return org.tryon.platform.time.CountyTime.parse(text, clock.getZone());
        } catch (java.time.format.DateTimeParseException e) {
            throw new RuleViolationException("at", "date-time", "'" + text + "' is not a time like 2026-11-10T15:00");
        }
    }
}
