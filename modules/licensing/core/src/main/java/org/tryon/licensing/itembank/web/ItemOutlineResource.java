package org.tryon.licensing.itembank.web;

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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.licensing.itembank.application.ContentOutlines;
import org.tryon.licensing.itembank.application.ItemBankViews.OutlineView;
import org.tryon.licensing.itembank.application.RecordOutline;
import org.tryon.platform.rest.CreatedResponses;

/** Content outlines per certificate type, effective-dated (107.1.5 C). Exam administrators only. */
@Path("licensing/item-outlines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing exams: item bank")
public class ItemOutlineResource {

    @Inject
    ContentOutlines outlines;

    @GET
    @Operation(summary = "The content outlines, of a certificate type or all, newest first")
    public List<OutlineView> list(@QueryParam("certificateType") String certificateType) {
        return outlines.list(certificateType);
    }

    @POST
    @Extension(name = CreatedResponses.EXTENSION, value = "licensing/item-outlines/{id}")
    @Operation(
            summary =
                    "Record a content outline from a day: the items per content area, totalling the exam rule's questions (106)")
    public OutlineView record(RecordOutline command) {
        return outlines.record(command);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One content outline")
    public OutlineView get(@PathParam("id") long id) {
        return outlines.get(id);
    }
}
