package org.tryon.governance.web;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.tryon.platform.rest.CreatedResponses;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.governance.application.AppointMember;
import org.tryon.governance.application.CommissionView;
import org.tryon.governance.application.Commissions;
import org.tryon.governance.application.CreateCommission;
import org.tryon.platform.audit.HistoryEntry;

@Path("commissions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Commission governance")
public class CommissionResource {

    @Inject
    Commissions commissions;

    @GET
    public List<CommissionView> list() {
        return commissions.list();
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "commissions/{code}")
    @APIResponseSchema(value = CommissionView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Operation(summary = "Create a commission with its seats (107.1.1, 107.2.1)")
    public Response create(CreateCommission command, @Context UriInfo uri) {
        CommissionView created = commissions.create(command);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @GET
    @Path("{code}")
    public CommissionView get(@PathParam("code") String code) {
        return commissions.get(code);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "commissions/{code}")
    @APIResponseSchema(value = CommissionView.AppointmentView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("{code}/seats/{seat}/appointments")
    @Operation(summary = "Appoint a member to a seat for a term (107.1.2, 107.2.2)")
    public Response appoint(@PathParam("code") String code, @PathParam("seat") int seat, AppointMember command) {
        return Response.status(201).entity(commissions.appoint(code, seat, command)).build();
    }

    @GET
    @Path("appointments/{id}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return commissions.appointmentHistory(id);
    }
}
