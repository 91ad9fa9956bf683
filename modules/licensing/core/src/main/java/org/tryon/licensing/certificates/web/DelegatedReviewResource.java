package org.tryon.licensing.certificates.web;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.licensing.certificates.application.CertificateCommands;
import org.tryon.licensing.certificates.application.CertificateViews.ReviewView;
import org.tryon.licensing.certificates.application.Certificates;

/** Passing results of delegated sessions, reviewed by the county before a certificate issues (107.1.5 C). */
@Path("licensing/delegated-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing exams")
public class DelegatedReviewResource {

    @Inject
    Certificates certificates;

    @GET
    @Operation(summary = "Delegated results, newest first; pending=true for those waiting for review")
    public List<ReviewView> list(@QueryParam("pending") boolean pending) {
        return certificates.reviews(pending);
    }

    @POST
    @Path("{id}/approval")
    @Operation(summary = "Approve a delegated result: the certificate issues now (107.1.5 C)")
    public ReviewView approve(@PathParam("id") long id, CertificateCommands.ReviewDecision command) {
        return certificates.approve(id, command);
    }

    @POST
    @Path("{id}/referral")
    @Operation(summary = "Refer a delegated result back: no certificate issues on it (107.1.5 C)")
    public ReviewView referBack(@PathParam("id") long id, CertificateCommands.ReviewDecision command) {
        return certificates.referBack(id, command);
    }
}
