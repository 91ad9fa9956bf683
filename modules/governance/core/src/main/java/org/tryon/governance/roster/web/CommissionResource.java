package org.tryon.governance.roster.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.governance.roster.application.AddSeat;
import org.tryon.governance.roster.application.AppointMember;
import org.tryon.governance.roster.application.CommissionView;
import org.tryon.governance.roster.application.Commissions;
import org.tryon.governance.roster.application.CreateCommission;
import org.tryon.governance.roster.application.EndTerm;
import org.tryon.governance.roster.application.PersonInput;
import org.tryon.governance.roster.application.PersonView;
import org.tryon.governance.roster.application.WorkItem;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.rest.CreatedResponses;

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
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.code()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{code}")
    public CommissionView get(@PathParam("code") String code) {
        return commissions.get(code);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "commissions/{code}")
    @APIResponseSchema(
            value = CommissionView.AppointmentView.class,
            responseCode = "201",
            responseDescription = "Created")
    @POST
    @Path("{code}/seats/{seat}/appointments")
    @Operation(summary = "Appoint a member to a seat for a term (107.1.2, 107.2.2)")
    public Response appoint(@PathParam("code") String code, @PathParam("seat") int seat, AppointMember command) {
        return Response.status(201)
                .entity(commissions.appoint(code, seat, command))
                .build();
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "commissions/{code}")
    @APIResponseSchema(
            value = CommissionView.class,
            responseCode = "201",
            responseDescription = "Created: the body with its new seat")
    @POST
    @Path("{code}/seats")
    @Operation(
            summary =
                    "Add a seat from a date, with its recommending organisations (107.1.1 A, 107.2.1); no earlier day changes")
    public Response addSeat(@PathParam("code") String code, AddSeat command, @Context UriInfo uri) {
        CommissionView changed = commissions.addSeat(code, command);
        return Response.created(uri.getBaseUriBuilder()
                        .path("commissions")
                        .path(changed.code())
                        .build())
                .entity(changed)
                .build();
    }

    @POST
    @Path("appointments/{id}/end")
    @Operation(
            summary = "End a term early: resignation, death or removal (107.2.1); the seat is vacant from the next day")
    public CommissionView.AppointmentView endTerm(@PathParam("id") long id, EndTerm command) {
        return commissions.endTerm(id, command);
    }

    @GET
    @Path("work-list")
    @Operation(
            summary =
                    "The clerk's work list: vacant seats, terms ending within 90 days, reappointments the term limit forbids "
                            + "(107.1.2, 107.2.2)")
    public List<WorkItem> workList() {
        return commissions.workList();
    }

    @GET
    @Path("people")
    @Operation(summary = "The people who serve, served or applied, with their terms")
    public List<PersonView> people() {
        return commissions.people();
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "commissions/people/{id}")
    @APIResponseSchema(value = PersonView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("people")
    @Operation(summary = "Record a person with contact data and county residence (107.1.1 A)")
    public Response addPerson(PersonInput input, @Context UriInfo uri) {
        PersonView p = commissions.addPerson(input);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(p.id()))
                        .build())
                .entity(p)
                .build();
    }

    @GET
    @Path("people/{id}")
    @Operation(summary = "A person with every term on every body")
    public PersonView person(@PathParam("id") long id) {
        return commissions.person(id);
    }

    @PUT
    @Path("people/{id}")
    @Operation(
            summary =
                    "Change a person's contact data or residence; the version read is required, a change made meanwhile is refused")
    public PersonView changePerson(@PathParam("id") long id, PersonInput input) {
        return commissions.changePerson(id, input);
    }

    @GET
    @Path("appointments/{id}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return commissions.appointmentHistory(id);
    }
}
