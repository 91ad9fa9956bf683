package org.tryon.governance.officers.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.governance.officers.application.Removals;
import org.tryon.platform.rest.CreatedResponses;

/** The BDC's removals of TAB members (107.2.1). */
@Path("governance/removals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Commission governance")
public class RemovalResource {

    @Inject
    Removals removals;

    @GET
    @Operation(summary = "The BDC's removals of TAB members, newest first (107.2.1)")
    public List<Removals.RemovalView> list() {
        return removals.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One removal")
    public Removals.RemovalView get(@PathParam("id") long id) {
        return removals.get(id);
    }

    @POST
    @Extension(name = CreatedResponses.EXTENSION, value = "governance/removals/{id}")
    @Operation(
            summary =
                    "The BDC removes a TAB member whose attendance does not give the TAB the help it needs (107.2.1): the resolution and "
                            + "its day; the appointment ends that day (REMOVED) and the seat is vacant")
    public Removals.RemovalView remove(Removals.Remove command) {
        return removals.remove(command);
    }
}
