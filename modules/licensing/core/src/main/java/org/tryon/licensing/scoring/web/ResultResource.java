package org.tryon.licensing.scoring.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.licensing.scoring.application.ScoreReports;
import org.tryon.licensing.scoring.application.Scoring;
import org.tryon.licensing.scoring.application.ScoringViews.ResultDetail;
import org.tryon.licensing.scoring.application.ScoringViews.ResultView;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.pdf.PdfDocumentBuilder;
import org.tryon.platform.rest.Downloads;

/** Examination results (106, 107.1.5 C.2): the current results, a result with its rescore chain, the score report. */
@Path("licensing/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing exams: results")
public class ResultResource {

    @Inject
    Scoring scoring;

    @Inject
    ScoreReports reports;

    @GET
    @Operation(
            summary =
                    "The current results (one per attempt), newest first, by session, certificate type and the days taken; a delegate "
                            + "sees the sessions delegated to them (107.1.5 C)")
    public List<ResultView> results(
            @QueryParam("sessionId") Long sessionId,
            @QueryParam("certificateType") String certificateType,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return scoring.results(
                sessionId,
                certificateType,
                from == null ? null : Inputs.day("from", from),
                to == null ? null : Inputs.day("to", to));
    }

    @GET
    @Path("{id}")
    @Operation(
            summary =
                    "A result with the history of its attempt's rows (first score, rescores, invalidation), the score per content area "
                            + "and the retake rule")
    public ResultDetail result(@PathParam("id") long id) {
        return scoring.result(id);
    }

    @GET
    @Path("{id}/score-report.pdf")
    @Produces(PdfDocumentBuilder.MEDIA_TYPE)
    @Operation(summary = "The score report of a result as PDF")
    public Response scoreReport(@PathParam("id") long id) {
        return Downloads.inlinePdf(reports.pdf(id), "score-report-" + id + ".pdf");
    }
}
