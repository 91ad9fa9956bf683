package org.tryon.fees.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.fees.application.AdjustmentDocuments;
import org.tryon.fees.application.AdjustmentRecap;
import org.tryon.fees.application.RecordArrangement;
import org.tryon.fees.application.ReinspectionAdjustments;
import org.tryon.platform.pdf.PdfDocumentBuilder;

/**
 * A project's re-inspection fee adjustment (seed 001) over HTTP. Not under {@code /projects}: that root
 * is permitting's resource, and a second root resource on the same path would hide its methods.
 */
@Path("reinspection-adjustments/{projectId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fees and ledger")
public class ReinspectionAdjustmentResource {

    @Inject
    ReinspectionAdjustments adjustments;

    @Inject
    AdjustmentDocuments documents;

    @GET
    @Path("")
    @Operation(summary = "The recap sheet of the project's re-inspection fee adjustment computed as of today, not posted: inspections and "
            + "failures per trade, the rate raw and rounded with its rule, the schedule line, the limits and the charge or credit; with "
            + "what was applied before the certificate (seed 001)")
    public AdjustmentRecap recap(@PathParam("projectId") long projectId) {
        return adjustments.recap(projectId);
    }

    @GET
    @Path("recap.pdf")
    @Produces(PdfDocumentBuilder.MEDIA_TYPE)
    @Operation(summary = "The recap sheet as a PDF (seed 001)")
    public Response recapPdf(@PathParam("projectId") long projectId) {
        AdjustmentDocuments.Document document = documents.recap(projectId);
        return Response.ok(document.pdf(), PdfDocumentBuilder.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"").build();
    }

    @PUT
    @Path("arrangement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record who answers for the adjustment of a project with several contractors: each prime for its own work "
            + "(commercial multi-primes) or the contractor they agreed on (seed 001); not once the adjustment is applied")
    public AdjustmentRecap arrangement(@PathParam("projectId") long projectId, RecordArrangement command) {
        return adjustments.recordArrangement(projectId, command);
    }
}
