package org.tryon.inspections.outage.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.inspections.outage.application.OutageKit;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.pdf.PdfDocumentBuilder;
import org.tryon.platform.rest.Downloads;

/** Outage notice of December 2017: the kit to work by phone and paper when the system or the network is down. */
@Path("inspection-schedule/kit")
@Tag(name = "Inspections")
public class OutageKitResource {

    @Inject
    OutageKit kit;

    @GET
    @Path("kit.pdf")
    @Produces(PdfDocumentBuilder.MEDIA_TYPE)
    @Operation(
            summary =
                    "outage notice of December 2017: the day's kit as a printable PDF: each inspector's list in route order and the staff directory")
    public Response pdf(@QueryParam("date") String date) {
        LocalDate day = day(date);
        return Downloads.inlinePdf(kit.pdf(day), "kit-" + day + ".pdf");
    }

    @GET
    @Path("kit.csv")
    @Produces("text/csv")
    @Operation(summary = "outage notice of December 2017: the day's kit as CSV, one line per inspection")
    public Response csv(@QueryParam("date") String date) {
        LocalDate day = day(date);
        return Downloads.csv(kit.csv(day), "kit-" + day + ".csv");
    }

    @GET
    @Path("exports")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "outage notice of December 2017: the kits written every evening (the next working day's), newest first")
    public List<OutageKit.Export> exports() {
        return kit.exports();
    }

    @POST
    @Path("exports")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "outage notice of December 2017: write a day's kit now, if it was not written (trade code administrator, administrator)")
    @APIResponseSchema(
            value = OutageKit.Export.class,
            responseCode = "200",
            responseDescription = "The kit written now")
    @APIResponse(responseCode = "204", description = "The day's kit was written already; nothing was written")
    public Response export(@QueryParam("date") String date) {
        OutageKit.Export e = kit.exportNow(day(date));
        return e == null ? Response.noContent().build() : Response.ok(e).build();
    }

    private static LocalDate day(String date) {
        if (date == null || date.isBlank()) {
            throw new RuleViolationException("date", "required", "Name the day of the kit (date=2026-11-23)");
        }
        try {
            return LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("date", "iso-date", "'" + date + "' is not a day like 2026-11-23");
        }
    }
}
