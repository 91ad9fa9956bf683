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
import org.tryon.licensing.itembank.application.AssembleForm;
import org.tryon.licensing.itembank.application.ExamForms;
import org.tryon.licensing.itembank.application.ItemBankViews.FormDetail;
import org.tryon.licensing.itembank.application.ItemBankViews.FormRow;
import org.tryon.platform.rest.CreatedResponses;

/** Forms (107.1.5 C): assembled by the content outline, reviewed, locked, retired. Exam administrators only. */
@Path("licensing/forms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing exams: item bank")
public class ItemFormResource {

    @Inject
    ExamForms forms;

    @GET
    @Operation(summary = "The forms, of a certificate type and a status (DRAFT, LOCKED, RETIRED), each optional")
    public List<FormRow> list(
            @QueryParam("certificateType") String certificateType, @QueryParam("status") String status) {
        return forms.list(certificateType, status);
    }

    @POST
    @Extension(name = CreatedResponses.EXTENSION, value = "licensing/forms/{id}")
    @Operation(
            summary =
                    "Assemble a DRAFT form from ACTIVE items by the outline in force (at random with the seed; parallel forms draw "
                            + "other items where the bank allows); refused naming the content area that has too few active items")
    public FormDetail assemble(AssembleForm command) {
        return forms.assemble(command);
    }

    @GET
    @Path("{id}")
    @Operation(
            summary =
                    "A form with its items (the exact version at each position): a review of confidential items, logged")
    public FormDetail review(@PathParam("id") long id) {
        return forms.review(id);
    }

    @POST
    @Path("{id}/lock")
    @Operation(summary = "Lock a reviewed DRAFT form: its versions become administered and never change (107.1.5 C.2)")
    public FormRow lock(@PathParam("id") long id) {
        return forms.lock(id);
    }

    @POST
    @Path("{id}/retirement")
    @Operation(summary = "Retire a form: check-in no longer gives it; its record stays")
    public FormRow retire(@PathParam("id") long id) {
        return forms.retire(id);
    }
}
