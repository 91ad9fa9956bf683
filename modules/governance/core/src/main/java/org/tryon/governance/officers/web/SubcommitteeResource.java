package org.tryon.governance.officers.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.governance.officers.application.Subcommittees;
import org.tryon.platform.rest.CreatedResponses;

/**
 * Subcommittees and task forces (107.1.4 C) and licensing subcommittees (107.1.5 C). Their seats, members, meetings, agendas,
 * votes and minutes use the bodies' own operations under {@code /commissions} and {@code /meetings} with the subcommittee's code.
 */
@Path("governance/subcommittees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Commission governance")
public class SubcommitteeResource {

    @Inject
    Subcommittees subcommittees;

    @GET
    @Operation(summary = "The subcommittees and task forces of a body (all when parent is not given)")
    public List<Subcommittees.SubcommitteeView> list(@QueryParam("parent") String parent) {
        return subcommittees.list(parent);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One subcommittee's charter")
    public Subcommittees.SubcommitteeView get(@PathParam("id") long id) {
        return subcommittees.get(id);
    }

    @POST
    @Extension(name = CreatedResponses.EXTENSION, value = "governance/subcommittees/{id}")
    @Operation(
            summary =
                    "The BDC establishes a subcommittee or task force (107.1.4 C) or a licensing subcommittee (107.1.5 C): seats, "
                            + "quorum (a majority unless set), members drawn from the BDC's unless the charter says otherwise")
    public Subcommittees.SubcommitteeView establish(Subcommittees.Establish command) {
        return subcommittees.establish(command);
    }
}
