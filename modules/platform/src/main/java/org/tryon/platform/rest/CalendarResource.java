package org.tryon.platform.rest;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.time.CountyCalendar;
import org.tryon.platform.time.HolidayView;
import org.tryon.platform.time.TryonClock;

/** The county's holidays (working days are every other weekday) and the application's clock. Administrator only. */
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
public class CalendarResource {

    @Inject
    CountyCalendar calendar;

    @Inject
    TryonClock clock;

    @GET
    @Path("holidays")
    public List<HolidayView> holidays() {
        return calendar.holidayViews();
    }

    @POST
    @Path("holidays")
    @Operation(summary = "Add a county holiday; it stops counting as a working day")
    @Extension(name = CreatedResponses.EXTENSION, value = "calendar/holidays")
    @APIResponseSchema(value = HolidayView.class, responseCode = "201", responseDescription = "Created")
    public Response addHoliday(HolidayView holiday) {
        if (holiday == null) {
            throw new RuleViolationException("body", "required", "A request body is required");
        }
        return Response.status(201).entity(calendar.addHoliday(holiday.date(), holiday.name())).build();
    }

    @GET
    @Path("clock")
    public Map<String, Object> clock() {
        return Map.of("now", clock.now().toString(), "today", clock.today().toString(), "adjustable", clock.isAdjustable());
    }

    /** Moves the clock (demonstrations and system tests); refused unless the installation allows it. */
    @PUT
    @Path("clock")
    @Operation(summary = "Set the clock to an instant (only where tryon.clock.adjustable=true, never in production)")
    public Map<String, Object> setClock(Map<String, String> body) {
        if (!clock.isAdjustable()) {
            throw new RuleViolationException("now", "clock.adjustable", "The clock of this installation cannot be moved");
        }
        String now = body == null ? null : body.get("now");
        if (now == null) {
            clock.reset();
        } else {
            try {
                clock.setFixed(Instant.parse(now));
            } catch (java.time.format.DateTimeParseException e) {
                throw new RuleViolationException("now", "instant", "'" + now + "' is not an instant like 2026-11-23T20:30:00Z");
            }
        }
        return clock();
    }
}
