package org.tryon.licensing.sessions.web;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.licensing.sessions.application.ExamSessions;
import org.tryon.licensing.sessions.application.SessionCommands.ScheduleSession;
import org.tryon.licensing.sessions.application.SessionViews.SessionDetail;
import org.tryon.licensing.sessions.application.SessionViews.SessionView;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.rest.CreatedResponses;

/** Exam sessions (107.1.5 C): schedule, list, one session with its registrations, close as held (no-shows), cancel. */
@Path("licensing/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing exams")
public class ExamSessionResource {

    @Inject
    ExamSessions sessions;

    /** Sessions from {@code from} (a day; all when not given), of a certificate type and status when given. */
    @GET
    public List<SessionView> list(
            @QueryParam("from") String from,
            @QueryParam("certificateType") String certificateType,
            @QueryParam("status") String status) {
        return sessions.sessions(Inputs.day("from", from), certificateType, status);
    }

    /** Scheduled sessions that have not begun and have a seat left. */
    @GET
    @Path("open")
    public List<SessionView> open(@QueryParam("certificateType") String certificateType) {
        return sessions.openSessions(certificateType);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "licensing/sessions/{id}")
    @APIResponseSchema(value = SessionView.class, responseCode = "201", responseDescription = "Created")
    @POST
    public Response schedule(ScheduleSession command, @Context UriInfo uri) {
        SessionView created = sessions.schedule(command);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public SessionDetail get(@PathParam("id") long id) {
        return sessions.session(id);
    }

    /** The session was held: registrations never checked in become no-shows. */
    @POST
    @Path("{id}/close")
    public SessionDetail close(@PathParam("id") long id, @QueryParam("reason") String reason) {
        return sessions.close(id, reason);
    }

    /** The county cancels the session; every open registration is cancelled and its fee credited. */
    @POST
    @Path("{id}/cancellation")
    public SessionDetail cancel(@PathParam("id") long id, @QueryParam("reason") String reason) {
        return sessions.cancelSession(id, reason);
    }
}
