package org.tryon.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.platform.outage.OutageView;
import org.tryon.platform.outage.Outages;

/**
 * Outages of the county's systems (outage notice of December 2017): anyone signed in reads them; the
 * director declares one, its end and its backlog entered. While an outage or its backlog is open no
 * permit clock runs out on a day inside it (ADR 0016).
 */
@Path("outages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
public class OutageResource {

    @Inject
    Outages outages;

    @GET
    public List<OutageView> list() {
        return outages.list();
    }

    @GET
    @Path("{id}")
    public OutageView get(@PathParam("id") long id) {
        return outages.get(id);
    }

    @POST
    @Operation(
            summary = "Declare an outage: its first day, its last day when it is already over, and a note (director)")
    @Extension(name = CreatedResponses.EXTENSION, value = "outages/{id}")
    @APIResponseSchema(value = OutageView.class, responseCode = "201", responseDescription = "Created")
    public Response declare(OutageView.Declaration declaration) {
        return Response.status(201).entity(outages.declare(declaration)).build();
    }

    @POST
    @Path("{id}/end")
    @Operation(summary = "Declare the last day of an ongoing outage (director)")
    public OutageView end(@PathParam("id") long id, OutageView.End end) {
        return outages.end(id, end);
    }

    @POST
    @Path("{id}/backlog-entered")
    @Operation(
            summary =
                    "Declare every result and request done by hand during the outage keyed in: held clocks run again (director)")
    public OutageView backlogEntered(@PathParam("id") long id) {
        return outages.backlogEntered(id);
    }
}
