package org.tryon.inspections.thirdparties.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.inspections.thirdparties.application.ThirdPartiesAndAllocations;
import org.tryon.platform.rest.CreatedResponses;

/** Approved third parties (108.10 F.2.2.1) and inspection count allocations (108.10.4). */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections")
public class ThirdPartyResource {

    @Inject
    ThirdPartiesAndAllocations registry;

    @GET
    @Path("third-parties")
    @Operation(
            summary =
                    "108.10 F.2.2.1: the department-approved third parties (NC licensed professionals, approved entities)")
    public List<ThirdPartiesAndAllocations.ThirdPartyView> thirdParties() {
        return registry.thirdParties();
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "third-parties")
    @POST
    @Path("third-parties")
    @Operation(summary = "108.10 F.2.2.1: approve a third party (trade code administrator, administrator)")
    public ThirdPartiesAndAllocations.ThirdPartyView approve(ThirdPartiesAndAllocations.ApproveThirdParty command) {
        return registry.approve(command);
    }

    @POST
    @Path("third-parties/{id}/withdrawal")
    @Operation(summary = "108.10 F.2.2.1: withdraw a third party's approval from a day, with the reason")
    public ThirdPartiesAndAllocations.ThirdPartyView withdraw(
            @PathParam("id") long id, ThirdPartiesAndAllocations.Withdraw command) {
        return registry.withdraw(id, command);
    }

    @GET
    @Path("inspection-allocations")
    @Operation(
            summary =
                    "108.10.4: permits with inspections included in the base fee, with the inspections made and those beyond")
    public List<ThirdPartiesAndAllocations.AllocationView> allocations() {
        return registry.allocations();
    }

    @PUT
    @Path("inspection-allocations")
    @Operation(
            summary =
                    "108.10.4: set the inspections a permit's base fee includes (a designated project, or an owner as contractor)")
    public ThirdPartiesAndAllocations.AllocationView allocate(ThirdPartiesAndAllocations.SetAllocation command) {
        return registry.allocate(command);
    }
}
