package org.tryon.licensing.delegation.web;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.licensing.delegation.application.DelegationViews.DelegationView;
import org.tryon.licensing.delegation.application.DelegationViews.EndDelegation;
import org.tryon.licensing.delegation.application.DelegationViews.RecordDelegation;
import org.tryon.licensing.delegation.application.Delegations;
import org.tryon.platform.rest.CreatedResponses;

/** What the BDC or the department delegated to which delegate (107.1.5 C). */
@Path("licensing/delegations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing exams")
public class DelegationResource {

    @Inject
    Delegations delegations;

    @GET
    @Operation(summary = "Delegations, newest first; delegate= for one delegate's")
    public List<DelegationView> list(@QueryParam("delegate") String delegate) {
        return delegations.list(delegate);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One delegation")
    public DelegationView get(@PathParam("id") long id) {
        return delegations.get(id);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "licensing/delegations/{id}")
    @APIResponseSchema(value = DelegationView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Operation(
            summary =
                    "Record a delegation: delegate, certificate type, from - to, decided by the BDC or the DEPARTMENT with a reference (107.1.5 C)")
    public DelegationView record(RecordDelegation command) {
        return delegations.record(command);
    }

    @POST
    @Path("{id}/end")
    @Operation(summary = "End a delegation after its last day (107.1.5 C)")
    public DelegationView end(@PathParam("id") long id, EndDelegation command) {
        return delegations.end(id, command);
    }
}
