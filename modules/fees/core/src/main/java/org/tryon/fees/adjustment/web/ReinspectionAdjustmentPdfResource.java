package org.tryon.fees.adjustment.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.fees.adjustment.application.AdjustmentDocuments;
import org.tryon.platform.pdf.PdfDocumentBuilder;
import org.tryon.platform.rest.Downloads;

/** The recap sheet of a project's re-inspection fee adjustment as a PDF (Re-Inspection Fee Program). */
@Path("projects/{projectId}/reinspection-adjustment.pdf")
@Tag(name = "Fees and ledger")
public class ReinspectionAdjustmentPdfResource {

    @Inject
    AdjustmentDocuments documents;

    @GET
    @Produces(PdfDocumentBuilder.MEDIA_TYPE)
    @Operation(
            summary =
                    "The recap sheet as a PDF, with the appeals and the director's decisions (Re-Inspection Fee Program)")
    public Response recapPdf(@PathParam("projectId") long projectId) {
        AdjustmentDocuments.Document document = documents.recap(projectId);
        return Downloads.pdf(document.pdf(), document.fileName());
    }
}
