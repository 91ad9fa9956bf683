package org.tryon.permitting.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.permitting.application.ContractorView;
import org.tryon.permitting.application.Contractors;
import org.tryon.permitting.application.RegisterContractor;
import org.tryon.platform.audit.HistoryEntry;

@Path("contractors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Permitting")
public class ContractorResource {

    @Inject
    Contractors contractors;

    @GET
    public List<ContractorView> list() {
        return contractors.list();
    }

    @POST
    public Response register(RegisterContractor command, @Context UriInfo uri) {
        ContractorView created = contractors.register(command);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    public ContractorView get(@PathParam("id") long id) {
        return contractors.get(id);
    }

    @GET
    @Path("{id}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return contractors.history(id);
    }
}
