package org.tryon.licensing.delivery.web;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.licensing.delivery.application.AnswerSheets;
import org.tryon.licensing.delivery.application.AnswerSheets.SheetView;
import org.tryon.licensing.scoring.application.ScoringViews.ResultView;
import org.tryon.platform.rest.CreatedResponses;

/** Paper answer sheets (106; the outage plan): keyed one by one or imported as a CSV batch, all lines or none. */
@Path("licensing/answer-sheets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing exams: results")
public class AnswerSheetResource {

    @Inject
    AnswerSheets sheets;

    /** A keyed sheet: the letters in the form's order, {@code -} for a blank. */
    public record KeySheet(String answers) {}

    @GET
    @Path("{registrationId}")
    @Operation(
            summary = "The blank sheet of a checked-in registration: its form's positions and the letters each allows")
    public SheetView sheet(@PathParam("registrationId") long registrationId) {
        return sheets.sheet(registrationId);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "licensing/results/{id}")
    @APIResponseSchema(value = ResultView.class, responseCode = "201", responseDescription = "Recorded and scored")
    @POST
    @Path("{registrationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Keys a paper answer sheet (answers: one letter per position, - for a blank): a submitted PAPER attempt, scored")
    public Response key(@PathParam("registrationId") long registrationId, KeySheet sheet, @Context UriInfo uri) {
        ResultView r = sheets.key(registrationId, sheet == null ? null : sheet.answers());
        return Response.created(uri.getBaseUriBuilder()
                        .path("licensing/results")
                        .path(String.valueOf(r.id()))
                        .build())
                .entity(r)
                .build();
    }

    @POST
    @Path("batch")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(
            summary =
                    "Imports a CSV batch of paper sheets (header registration,answers; one line per candidate): all lines or none, each "
                            + "refusal naming its line, field and rule")
    public List<ResultView> batch(String csv) {
        return sheets.importBatch(csv);
    }
}
