package org.tryon.licensing.delivery.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.licensing.delivery.application.ExamKiosk;
import org.tryon.licensing.delivery.application.KioskViews.KioskView;
import org.tryon.licensing.delivery.application.KioskViews.Saved;
import org.tryon.licensing.scoring.application.ScoreReports;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.pdf.PdfDocumentBuilder;
import org.tryon.platform.rest.Downloads;

/**
 * The candidate's kiosk without sign-in (106): the access code given at check-in is the credential. Answers are
 * saved one request each; the server keeps the time. Repeated wrong codes from one address are refused for a while (429).
 */
@Path("public/exam-kiosk")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing exams: kiosk")
public class PublicExamKioskResource {

    @Inject
    ExamKiosk kiosk;

    @Inject
    ScoreReports reports;

    @Inject
    KioskGuard guard;

    @Context
    HttpServletRequest request;

    @GET
    @Path("{code}")
    @Operation(
            summary =
                    "The kiosk for an access code: the candidate's name to confirm, or the questions, answers and the seconds left "
                            + "(the server's clock), or the result once submitted (106)")
    public KioskView view(@PathParam("code") String code) {
        return guard.guard(request.getRemoteAddr(), () -> kiosk.view(code));
    }

    @POST
    @Path("{code}/start")
    @Operation(
            summary =
                    "The candidate confirmed their name: starts the exam and its time, or resumes it with the answers saved and the time "
                            + "left (the clock kept running through the interruption, 106)")
    public KioskView start(@PathParam("code") String code) {
        return guard.guard(request.getRemoteAddr(), () -> kiosk.start(code));
    }

    @POST
    @Path("{code}/answers/{position}")
    @Operation(
            summary =
                    "Saves one answer (choice a letter; empty clears it), in its own transaction; refused with 422 after the time, "
                            + "and the exam is then submitted (106)")
    public KioskView answer(
            @PathParam("code") String code, @PathParam("position") int position, @QueryParam("choice") String choice) {
        return accepted(guard.guard(request.getRemoteAddr(), () -> kiosk.answer(code, position, choice)), "choice");
    }

    @POST
    @Path("{code}/flags/{position}")
    @Operation(summary = "Flags a question in the navigator to look at again (or takes the flag off)")
    public KioskView flag(
            @PathParam("code") String code,
            @PathParam("position") int position,
            @QueryParam("flagged") boolean flagged) {
        return accepted(guard.guard(request.getRemoteAddr(), () -> kiosk.flag(code, position, flagged)), "flagged");
    }

    @POST
    @Path("{code}/submission")
    @Operation(
            summary =
                    "Submits the exam (the candidate, or anyone after the time-out) and scores it; submitting again changes nothing")
    public KioskView submit(@PathParam("code") String code) {
        return guard.guard(request.getRemoteAddr(), () -> kiosk.submit(code));
    }

    @GET
    @Path("{code}/score-report.pdf")
    @Produces(PdfDocumentBuilder.MEDIA_TYPE)
    @Operation(
            summary =
                    "The candidate's score report as PDF (score, percent, cut score, pass or fail; the score per content area and the "
                            + "retake rule after a fail)")
    public Response scoreReport(@PathParam("code") String code) {
        byte[] pdf = guard.guard(request.getRemoteAddr(), () -> reports.pdfForCode(code));
        return Downloads.pdf(pdf, "score-report.pdf");
    }

    private static KioskView accepted(Saved saved, String field) {
        if (!saved.accepted()) {
            throw new RuleViolationException(field, "106", saved.refusal());
        }
        return saved.kiosk();
    }
}
