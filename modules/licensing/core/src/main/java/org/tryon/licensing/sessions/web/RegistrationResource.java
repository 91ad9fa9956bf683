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
import org.tryon.licensing.sessions.application.SessionCommands.Cancel;
import org.tryon.licensing.sessions.application.SessionCommands.Payment;
import org.tryon.licensing.sessions.application.SessionCommands.Register;
import org.tryon.licensing.sessions.application.SessionCommands.Reschedule;
import org.tryon.licensing.sessions.application.SessionViews.EligibleApplicationView;
import org.tryon.licensing.sessions.application.SessionViews.RegistrationDetail;
import org.tryon.licensing.sessions.application.SessionViews.RegistrationView;
import org.tryon.platform.rest.CreatedResponses;

/** Exam registrations: register, the fee's payment, rescheduling and cancellation (107.1.5 C; ADR 0035). */
@Path("licensing/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing exams")
public class RegistrationResource {

    @Inject
    ExamSessions sessions;

    @GET
    public List<RegistrationView> list(
            @QueryParam("candidateId") Long candidateId, @QueryParam("status") String status) {
        return sessions.registrations(candidateId, status);
    }

    /** Applications decided eligible whose eligibility stands today: what may register. */
    @GET
    @Path("eligible-applications")
    public List<EligibleApplicationView> eligibleApplications() {
        return sessions.eligibleApplications();
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "licensing/registrations/{id}")
    @APIResponseSchema(value = RegistrationView.class, responseCode = "201", responseDescription = "Created")
    @POST
    public Response register(Register command, @Context UriInfo uri) {
        RegistrationView created = sessions.register(command);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public RegistrationDetail get(@PathParam("id") long id) {
        return sessions.registration(id);
    }

    /** Records a payment of the exam fee; when the fee is settled the seat is confirmed. */
    @POST
    @Path("{id}/payment")
    public RegistrationDetail pay(@PathParam("id") long id, Payment command) {
        return sessions.pay(id, command);
    }

    /** Moves the seat to another session of the same type (a new registration; the old one is RESCHEDULED). */
    @Extension(name = CreatedResponses.EXTENSION, value = "licensing/registrations/{id}")
    @APIResponseSchema(value = RegistrationView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("{id}/reschedule")
    public Response reschedule(@PathParam("id") long id, Reschedule command, @Context UriInfo uri) {
        RegistrationView created = sessions.reschedule(id, command);
        return Response.created(uri.getBaseUriBuilder()
                        .path("licensing/registrations")
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @POST
    @Path("{id}/cancellation")
    public RegistrationView cancel(@PathParam("id") long id, Cancel command) {
        return sessions.cancel(id, command);
    }
}
