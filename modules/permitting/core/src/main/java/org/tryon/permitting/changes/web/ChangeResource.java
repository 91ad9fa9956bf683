package org.tryon.permitting.changes.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.permitting.changes.application.ChangeView;
import org.tryon.permitting.changes.application.ChangesInWork;
import org.tryon.permitting.changes.application.DecideChange;
import org.tryon.permitting.changes.application.RequestChange;
import org.tryon.platform.pdf.PdfDocumentBuilder;
import org.tryon.platform.rest.CreatedResponses;
import org.tryon.platform.rest.Downloads;

@Path("permits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Permitting")
public class ChangeResource {

    @Inject
    ChangesInWork changes;

    @GET
    @Path("{id}/changes")
    @Operation(summary = "The permit's changes in work and their decisions (108.8.2)")
    public List<ChangeView> list(@PathParam("id") long id) {
        return changes.forPermit(id);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "permits/{permitId}/changes")
    @POST
    @Path("{id}/changes")
    @Operation(summary = "Request a change in the work of an issued permit (108.8.2)")
    public ChangeView request(@PathParam("id") long id, RequestChange command) {
        return changes.request(id, command);
    }

    @POST
    @Path("changes/{changeId}/decision")
    @Operation(
            summary =
                    "Approve in writing (substantial or not, with any additional fee of 108.9) or refuse a change (108.8.2)")
    public ChangeView decide(@PathParam("changeId") long changeId, DecideChange command) {
        return changes.decide(changeId, command);
    }

    @GET
    @Path("changes/{changeId}/decision.pdf")
    @Produces(PdfDocumentBuilder.MEDIA_TYPE)
    @Operation(summary = "The Department's written decision on the change, as a PDF (108.8.2)")
    public Response pdf(@PathParam("changeId") long changeId) {
        return Downloads.pdf(changes.decisionPdf(changeId), "change-in-work-" + changeId + ".pdf");
    }
}
