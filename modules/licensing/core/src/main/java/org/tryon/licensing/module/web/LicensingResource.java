package org.tryon.licensing.module.web;

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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.licensing.module.application.EnterCandidate;
import org.tryon.licensing.module.application.Licensing;
import org.tryon.licensing.module.application.LicensingViews.CandidateView;
import org.tryon.licensing.module.application.LicensingViews.CertificateTypeView;
import org.tryon.licensing.module.application.LicensingViews.TradeView;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.rest.CreatedResponses;

@Path("licensing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing exams")
public class LicensingResource {

    @Inject
    Licensing licensing;

    @GET
    @Path("trades")
    public List<TradeView> trades() {
        return licensing.trades();
    }

    @GET
    @Path("certificate-types")
    public List<CertificateTypeView> certificateTypes() {
        return licensing.certificateTypes();
    }

    @GET
    @Path("candidates")
    public List<CandidateView> candidates() {
        return licensing.candidates();
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "licensing/candidates/{id}")
    @APIResponseSchema(value = CandidateView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("candidates")
    public Response enter(EnterCandidate command, @Context UriInfo uri) {
        CandidateView created = licensing.enter(command);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("candidates/{id}")
    public CandidateView candidate(@PathParam("id") long id) {
        return licensing.candidate(id);
    }

    @GET
    @Path("candidates/{id}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return licensing.candidateHistory(id);
    }
}
