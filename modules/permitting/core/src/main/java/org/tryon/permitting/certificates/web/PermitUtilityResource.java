package org.tryon.permitting.certificates.web;

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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.permitting.certificates.application.GrantUtility;
import org.tryon.permitting.certificates.application.UtilityAuthorizationView;
import org.tryon.permitting.certificates.application.UtilityAuthorizations;
import org.tryon.permitting.certificates.application.WithdrawUtility;
import org.tryon.platform.rest.CreatedResponses;

/** Utilities before an electrical or mechanical permit is finaled (108.11.1, 108.11.2), under the permits API and its roles. */
@Path("permits/{permitId}/utility-authorizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates")
public class PermitUtilityResource {

    @Inject
    UtilityAuthorizations utilities;

    @GET
    @Operation(
            summary =
                    "The permit's authorizations of temporary utilities (108.11.1) and limited conditional utility (108.11.2), newest "
                            + "first, with where each stands today")
    public List<UtilityAuthorizationView> list(@PathParam("permitId") long permitId) {
        return utilities.forPermit(permitId);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "permits/{permitId}/utility-authorizations")
    @APIResponseSchema(value = UtilityAuthorizationView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Operation(
            summary =
                    "Authorize temporary utilities (108.11.1) or a limited conditional utility (108.11.2) on an issued electrical or "
                            + "mechanical permit: who asked, conditions, last day; trade code administrator, administrator")
    public Response grant(@PathParam("permitId") long permitId, GrantUtility command, @Context UriInfo uri) {
        UtilityAuthorizationView granted = utilities.grant(permitId, command);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(granted.id()))
                        .build())
                .entity(granted)
                .build();
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Withdraw an authorization of utilities, with the reason (108.11.1, 108.11.2)")
    public UtilityAuthorizationView withdraw(
            @PathParam("permitId") long permitId, @PathParam("id") long id, WithdrawUtility command) {
        return utilities.withdraw(permitId, id, command);
    }
}
