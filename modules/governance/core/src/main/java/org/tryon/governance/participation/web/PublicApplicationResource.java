package org.tryon.governance.participation.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.governance.participation.application.ApplicationCommands;
import org.tryon.governance.participation.application.ApplicationView;
import org.tryon.governance.participation.application.SeatApplications;
import org.tryon.platform.rest.CreatedResponses;

/** Applications for a seat from the public, without sign-in (107.1.1 A, 107.2.1): the answer is a reference number only. */
@Path("public/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Public records")
public class PublicApplicationResource {

    @Inject
    SeatApplications applications;

    @Extension(name = CreatedResponses.EXTENSION, value = "governance/applications/{reference}")
    @APIResponseSchema(
            value = ApplicationView.Receipt.class,
            responseCode = "201",
            responseDescription = "Received: the reference number")
    @POST
    @Operation(
            summary =
                    "Apply for a seat of the BDC or the TAB without signing in: the seat (or the organisation whose seat is sought), "
                            + "name, address, county residency (BDC members reside in the county, 107.1.1 A), e-mail or telephone, qualifications; "
                            + "every field checked, the answer is the application's reference number")
    public ApplicationView.Receipt apply(ApplicationCommands.Apply command) {
        return applications.applyPublicly(command);
    }
}
