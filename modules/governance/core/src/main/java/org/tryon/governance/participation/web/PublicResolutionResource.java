package org.tryon.governance.participation.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.governance.notices.application.NoticeViews;
import org.tryon.governance.notices.application.PublicMeetings;
import org.tryon.platform.errors.RuleViolationException;

/** The resolutions adopted by the BDC (107.1.4 A), without sign-in. */
@Path("public/resolutions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public records")
public class PublicResolutionResource {

    @Inject
    PublicMeetings publicMeetings;

    @Inject
    Clock clock;

    @GET
    @Operation(
            summary =
                    "The resolutions a body (commission, default BDC) adopted in a year (year, default this year), by number (no sign-in)")
    public List<NoticeViews.PublicResolution> list(
            @QueryParam("commission") String commission, @QueryParam("year") String year) {
        int y;
        try {
            y = year == null || year.isBlank() ? LocalDate.now(clock).getYear() : Integer.parseInt(year.trim());
        } catch (NumberFormatException e) {
            throw new RuleViolationException("year", "integer", "'" + year + "' is not a year like 2026");
        }
        return publicMeetings.resolutions(commission, y);
    }
}
