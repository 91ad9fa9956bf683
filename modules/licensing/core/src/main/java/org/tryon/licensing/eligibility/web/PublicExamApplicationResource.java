package org.tryon.licensing.eligibility.web;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.licensing.eligibility.application.Eligibility;
import org.tryon.licensing.eligibility.application.EligibilityCommands;
import org.tryon.licensing.eligibility.application.EligibilityViews.PublicStatus;
import org.tryon.licensing.eligibility.application.EligibilityViews.Receipt;
import org.tryon.platform.rest.CreatedResponses;

/** Candidates apply for an examination and follow their application without signing in (106). */
@Path("public/exam-applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Public records")
public class PublicExamApplicationResource {

    @Inject
    Eligibility eligibility;

    @Extension(name = CreatedResponses.EXTENSION, value = "public/exam-applications/{reference}")
    @APIResponseSchema(
            value = Receipt.class,
            responseCode = "201",
            responseDescription = "Received: the application's reference")
    @POST
    @Operation(
            summary =
                    "Apply for an examination: identity (name, date of birth, mailing address), contact, certificate type, experience lines "
                            + "and references; the answer is a random reference that, with the e-mail address, opens the application's status")
    public Receipt apply(EligibilityCommands.Apply command) {
        return eligibility.applyPublicly(command);
    }

    @GET
    @Path("{reference}")
    @Operation(
            summary =
                    "The candidate's application: status, eligibility, scheduled sessions and current results; `email` must be the "
                            + "application's (a wrong one answers the same 404 as an unknown reference)")
    public PublicStatus status(@PathParam("reference") String reference, @QueryParam("email") String email) {
        return eligibility.publicStatus(reference, email);
    }
}
