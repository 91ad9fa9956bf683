package org.tryon.inspections.hifr.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.inspections.hifr.application.FailureRates;
import org.tryon.inspections.hifr.application.HifrProcess;
import org.tryon.inspections.hifr.domain.Quarter;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.rest.CreatedResponses;
import org.tryon.platform.rest.Downloads;

/** The HIFR list and process (108.10 F) and the inspection failure reports (106, Re-Inspection Fee Program). */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "High Inspection Failure Rate")
public class HifrResource {

    @Inject
    HifrProcess hifr;

    @Inject
    FailureRates rates;

    @GET
    @Path("hifr/listings")
    @Operation(
            summary =
                    "The HIFR list (108.10 F): active listings, or all with all=true, each with its notice, training and decisions")
    public List<HifrProcess.ListingView> listings(@QueryParam("all") @DefaultValue("false") boolean all) {
        return hifr.list(all);
    }

    @GET
    @Path("hifr/listings/{id}")
    public HifrProcess.ListingView listing(@PathParam("id") long id) {
        return hifr.get(id);
    }

    @GET
    @Path("hifr/listings/{id}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return hifr.history(id);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "hifr/listings/{id}")
    @POST
    @Path("hifr/listings/{id}/trainings")
    @Operation(
            summary =
                    "108.10 F.2.3.1, F.2.4.1: record training documentation presented; rotates the contractor off when complete "
                            + "(trade code administrator, administrator)")
    public HifrProcess.ListingView training(@PathParam("id") long id, HifrProcess.RecordTraining command) {
        return hifr.recordTraining(id, command);
    }

    @POST
    @Path("hifr/quarters/{quarter}/run")
    @Operation(
            summary =
                    "108.10 F: judge an ended quarter now (it is judged once; the daily job does it after each quarter's end)")
    public HifrProcess.QuarterRun run(@PathParam("quarter") String quarter) {
        return hifr.run(quarter);
    }

    @GET
    @Path("hifr/decisions")
    @Operation(
            summary =
                    "The quarterly decisions with their arithmetic and section, of a quarter (2026-Q3) or a contractor")
    public List<HifrProcess.DecisionView> decisions(
            @QueryParam("quarter") String quarter, @QueryParam("contractorId") Long contractorId) {
        return hifr.decisions(quarter, contractorId);
    }

    @GET
    @Path("failure-rates")
    @Operation(
            summary =
                    "Inspection failure rates by contractor, discipline and quarter (106, 108.10 F), from and to a quarter (2026-Q1)")
    public List<FailureRates.Row> failureRates(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("discipline") Trade discipline,
            @QueryParam("contractorId") Long contractorId) {
        return rows(from, to, discipline, contractorId);
    }

    @GET
    @Path("failure-rates/trend")
    @Operation(summary = "The department's failure rate per discipline and quarter: the sums of the same rows")
    public List<FailureRates.TrendPoint> trend(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("discipline") Trade discipline) {
        return rates.trend(rows(from, to, discipline, null));
    }

    @GET
    @Path("failure-rates.csv")
    @Produces("text/csv")
    @Operation(summary = "The failure rates as CSV: the same rows as GET /failure-rates")
    public Response failureRatesCsv(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("discipline") Trade discipline,
            @QueryParam("contractorId") Long contractorId) {
        List<FailureRates.Row> rows = rows(from, to, discipline, contractorId);
        StreamingOutput body = out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            FailureRates.writeCsv(rows, w);
        };
        return Downloads.csv(body, "failure-rates.csv");
    }

    private List<FailureRates.Row> rows(String from, String to, Trade discipline, Long contractorId) {
        Quarter f = Quarter.parse(from, "from");
        Quarter t = to == null || to.isBlank() ? f : Quarter.parse(to, "to");
        return rates.byContractor(f, t, discipline, contractorId);
    }
}
