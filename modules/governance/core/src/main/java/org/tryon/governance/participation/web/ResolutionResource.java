package org.tryon.governance.participation.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.governance.participation.application.CertifiedCopies;
import org.tryon.governance.participation.application.ResolutionCommands;
import org.tryon.governance.participation.application.ResolutionView;
import org.tryon.platform.pdf.PdfDocumentBuilder;
import org.tryon.platform.rest.CreatedResponses;
import org.tryon.platform.rest.Downloads;

/** BDC resolutions with certified copies sent to interested parties (107.1.4 A). */
@Path("governance/resolutions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Commission governance")
public class ResolutionResource {

    @Inject
    CertifiedCopies copies;

    @Inject
    Clock clock;

    @GET
    @Operation(
            summary =
                    "The BDC's resolutions of a year (default this year), each with its interested parties, certified copies and deliveries")
    public List<ResolutionView> list(@QueryParam("year") Integer year) {
        return copies.list(year == null ? LocalDate.now(clock).getYear() : year);
    }

    @GET
    @Path("{motionId}")
    @Operation(summary = "A resolution with its interested parties, certified copies and deliveries")
    public ResolutionView get(@PathParam("motionId") long motionId) {
        return copies.get(motionId);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "governance/resolutions/{motionId}")
    @APIResponseSchema(
            value = ResolutionView.class,
            responseCode = "201",
            responseDescription = "Created: the resolution with the new party")
    @POST
    @Path("{motionId}/interested-parties")
    @Operation(summary = "Name a party interested in the resolution, with a postal or an e-mail address (107.1.4 A)")
    public ResolutionView nameParty(@PathParam("motionId") long motionId, ResolutionCommands.NameParty command) {
        return copies.nameParty(motionId, command);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "governance/resolutions/certified-copies/{id}")
    @APIResponseSchema(value = ResolutionView.Copy.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("{motionId}/certified-copies")
    @Operation(
            summary =
                    "Certify a copy of the resolution for one of its interested parties; the clerk and the moment are recorded (107.1.4 A)")
    public ResolutionView.Copy certify(@PathParam("motionId") long motionId, ResolutionCommands.Certify command) {
        return copies.certify(motionId, command);
    }

    @GET
    @Path("certified-copies/{copyId}")
    @Operation(summary = "A certified copy with its deliveries")
    public ResolutionView.Copy copy(@PathParam("copyId") long copyId) {
        return copies.copy(copyId);
    }

    @GET
    @Path("certified-copies/{copyId}.pdf")
    @Produces(PdfDocumentBuilder.MEDIA_TYPE)
    @Operation(
            summary =
                    "The certified copy as PDF: the resolution's text, the vote of each member, the clerk's certification with its date")
    public Response pdf(@PathParam("copyId") long copyId) {
        return Downloads.inlinePdf(copies.pdf(copyId), "certified-copy-" + copyId + ".pdf");
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "governance/resolutions/certified-copies/{copyId}")
    @APIResponseSchema(
            value = ResolutionView.Copy.class,
            responseCode = "201",
            responseDescription = "Created: the copy with the new delivery")
    @POST
    @Path("certified-copies/{copyId}/deliveries")
    @Operation(
            summary =
                    "Record a delivery of a certified copy: the method (e-mail, mail, registered mail, by hand) and where to; now, by you")
    public ResolutionView.Copy deliver(@PathParam("copyId") long copyId, ResolutionCommands.Deliver command) {
        return copies.deliver(copyId, command);
    }
}
