package org.tryon.inspections.defects.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.inspections.defects.application.DefectLibrary;
import org.tryon.inspections.defects.application.DefectLibraryView;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.Trade;

/** The defect library (ADR 0051): code sections per trade with their standard wording, effective-dated. */
@Path("defect-library")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections")
public class DefectLibraryResource {

    @Inject
    DefectLibrary library;

    @GET
    @Operation(
            summary = "The defect library: every entry, or with on=yyyy-mm-dd those in force that day (of one trade "
                    + "with trade=BUILDING, ELECTRICAL, MECHANICAL or PLUMBING)")
    public List<DefectLibraryView> list(@QueryParam("trade") String trade, @QueryParam("on") String on) {
        if (on == null || on.isBlank()) {
            List<DefectLibraryView> all = library.all();
            return trade == null || trade.isBlank()
                    ? all
                    : all.stream()
                            .filter(e -> e.trade().equalsIgnoreCase(trade.trim()))
                            .toList();
        }
        LocalDate day;
        try {
            day = LocalDate.parse(on.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new RuleViolationException("on", "date", "The day 'on' is written yyyy-mm-dd (\"" + on + "\")");
        }
        if (trade == null || trade.isBlank()) {
            return library.inForce(day);
        }
        Trade t;
        try {
            t = Trade.valueOf(trade.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("trade", "exists", "There is no trade '" + trade + "'");
        }
        return library.inForce(t, day);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One defect library entry")
    public DefectLibraryView get(@PathParam("id") long id) {
        return library.get(id);
    }

    @POST
    @Extension(name = org.tryon.platform.rest.CreatedResponses.EXTENSION, value = "defect-library/{id}")
    @APIResponseSchema(value = DefectLibraryView.class, responseCode = "201", responseDescription = "Created")
    @Operation(
            summary =
                    "Add a code section with its standard wording to a trade's defect library, from a day. Trade code "
                            + "administrator, administrator")
    public Response add(DefectLibrary.NewEntry entry, @Context UriInfo uri) {
        DefectLibraryView created = library.add(entry);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(
            summary = "A new wording of an entry from a day on (effective-dated: the entry ends the day before and the "
                    + "answer is the entry in force from that day). Trade code administrator, administrator")
    public DefectLibraryView change(@PathParam("id") long id, DefectLibrary.Change change) {
        return library.change(id, change);
    }

    @POST
    @Path("{id}/retire")
    @Operation(
            summary = "The entry is no longer in force from a day on ({\"from\": \"yyyy-mm-dd\"}). Trade code "
                    + "administrator, administrator")
    public DefectLibraryView retire(@PathParam("id") long id, DefectLibrary.Retirement retirement) {
        return library.retire(id, retirement);
    }
}
