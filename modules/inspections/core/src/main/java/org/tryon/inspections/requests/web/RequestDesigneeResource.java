package org.tryon.inspections.requests.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.inspections.requests.application.RequestDesignees;
import org.tryon.platform.errors.InvalidInputException;
import org.tryon.platform.rest.CreatedResponses;

/** Who may request inspections for a permit holder (108.10 C): the holder, its point of contact and its designees. */
@Path("inspection-requesters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections")
public class RequestDesigneeResource {

    @Inject
    RequestDesignees designees;

    @GET
    @Operation(
            summary =
                    "108.10 C: who may request inspections on a permit (the firm or person responsible for the work, its point of "
                            + "contact, its designees)")
    public RequestDesignees.WhoMayRequest whoMayRequest(@QueryParam("permitId") Long permitId) {
        if (permitId == null) {
            throw new InvalidInputException("permitId", "required", "permitId is required");
        }
        return designees.whoMayRequest(permitId);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "inspection-requesters?permitId={permitId}")
    @POST
    @Operation(summary = "108.10 C: record a designee of the permit's holder (permit office)")
    public RequestDesignees.DesigneeView name(RequestDesignees.NameDesignee command) {
        return designees.name(command);
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "108.10 C: withdraw a designee (permit office); earlier requests keep their requester")
    public RequestDesignees.DesigneeView withdraw(@PathParam("id") long id) {
        return designees.withdraw(id);
    }
}
