package org.tryon.governance.notices.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.governance.notices.application.PublicMeetings;

/** A body's meetings as an iCalendar feed (RFC 5545), without sign-in. */
@Path("public/commissions/{code}/meetings.ics")
@Tag(name = "Public records")
public class PublicCalendarResource {

    @Inject
    PublicMeetings publicMeetings;

    @GET
    @Produces("text/calendar;charset=UTF-8")
    @Operation(
            summary =
                    "The meetings of a body (BDC, TAB) from a year ago on, as an iCalendar feed; a cancelled meeting is marked "
                            + "CANCELLED (no sign-in)")
    public String calendar(@PathParam("code") String code) {
        return publicMeetings.calendar(code);
    }
}
