package org.tryon.governance.meetings.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.governance.meetings.application.Recesses;
import org.tryon.governance.notices.application.NoticeViews;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.rest.CreatedResponses;

/** Recesses announced in open session: the meeting resumes at the announced time and place with no new notice (G.S. 143-318.12(b)(1)). */
@Path("meetings/{meetingId}/recesses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Commission governance")
public class RecessResource {

    @Inject
    Recesses recesses;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "The meeting's recesses")
    public List<NoticeViews.RecessView> list(@PathParam("meetingId") long meetingId) {
        return recesses.list(meetingId);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One recess of the meeting")
    public NoticeViews.RecessView get(@PathParam("meetingId") long meetingId, @PathParam("id") long id) {
        return recesses.get(meetingId, id);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "meetings/{meetingId}/recesses/{id}")
    @APIResponseSchema(value = NoticeViews.RecessView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Operation(
            summary =
                    "Recess the meeting in progress: now, or at the county time in `at`; the body gives the time and place of resumption "
                            + "and that they were announced in open session (G.S. 143-318.12(b)(1): then no new notice)")
    public Response recess(
            @PathParam("meetingId") long meetingId,
            NoticeViews.RecordRecess command,
            @QueryParam("at") String at,
            @Context UriInfo uri) {
        NoticeViews.RecessView r = recesses.recess(meetingId, command, moment(at));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(r.id()))
                        .build())
                .entity(r)
                .build();
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
