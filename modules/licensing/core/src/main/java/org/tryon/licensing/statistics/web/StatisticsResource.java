package org.tryon.licensing.statistics.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.licensing.statistics.application.ExamStatistics;
import org.tryon.licensing.statistics.application.StatisticsScope;
import org.tryon.licensing.statistics.application.StatisticsViews.FormOption;
import org.tryon.licensing.statistics.application.StatisticsViews.Report;
import org.tryon.licensing.statistics.application.StatisticsViews.SessionOption;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.InvalidInputException;
import org.tryon.platform.rest.Downloads;

/**
 * Item statistics (107.1.5 C) for exam administrators: per item version the p-value, the corrected point-biserial, the
 * option shares and the review flags; per form N, mean, SD, KR-20 and SEM. Items are named by code and version only
 * (their stems are confidential). Undefined values (zero variance, no candidates) are null, never NaN.
 */
@Path("licensing/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing exams")
public class StatisticsResource {

    @Inject
    ExamStatistics statistics;

    @GET
    @Operation(
            summary =
                    "107.1.5 C: item statistics of a form (form=JE-A) over one administration (session=id) or a period of session days "
                            + "(from, to: yyyy-mm-dd, either open; neither: every administration); attempts whose current result is INVALIDATED are left out")
    public Report statistics(
            @QueryParam("form") String form,
            @QueryParam("certificateType") String certificateType,
            @QueryParam("session") String session,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return statistics.report(scope(form, certificateType, session, from, to));
    }

    @GET
    @Path("items.csv")
    @Produces("text/csv")
    @Operation(
            summary =
                    "107.1.5 C: the item table of GET /licensing/statistics as CSV (same parameters), n/a for an undefined value")
    public Response csv(
            @QueryParam("form") String form,
            @QueryParam("certificateType") String certificateType,
            @QueryParam("session") String session,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Report report = statistics.report(scope(form, certificateType, session, from, to));
        StreamingOutput body = out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            ExamStatistics.writeCsv(report, w);
            w.flush();
        };
        String name = "item-statistics-" + report.form().replaceAll("[^A-Za-z0-9-]", "")
                + (report.sessionId() == null ? "" : "-session-" + report.sessionId()) + ".csv";
        return Downloads.csv(body, name);
    }

    @GET
    @Path("forms")
    @Operation(
            summary =
                    "The locked and retired forms (of a certificate type, certificateType=...), with their submitted attempts")
    public List<FormOption> forms(@QueryParam("certificateType") String certificateType) {
        return statistics.forms(certificateType);
    }

    @GET
    @Path("sessions")
    @Operation(summary = "The administrations (sessions) in which a form (form=JE-A) was taken, newest first")
    public List<SessionOption> sessions(@QueryParam("form") String form) {
        if (form == null || form.isBlank()) {
            throw new InvalidInputException("form", "107.1.5 C", "Name the form (form=JE-A)");
        }
        return statistics.sessions(form.trim());
    }

    static StatisticsScope scope(String form, String certificateType, String session, String from, String to) {
        Long sessionId = null;
        if (session != null && !session.isBlank()) {
            try {
                sessionId = Long.parseLong(session.trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("session", "number", "'" + session + "' is not a session id");
            }
        }
        return new StatisticsScope(certificateType, form, sessionId, Inputs.day("from", from), Inputs.day("to", to));
    }
}
