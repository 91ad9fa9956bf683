package org.tryon.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.platform.errors.InvalidInputException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.time.CountyCalendar;
import org.tryon.platform.time.HolidayExceptionView;
import org.tryon.platform.time.HolidayRuleView;
import org.tryon.platform.time.HolidayView;
import org.tryon.platform.time.TryonClock;

/**
 * The county's holidays (working days are every other weekday), the rules and exceptions they are
 * computed from, and the application's clock. Every staff role reads the holidays, rules and
 * exceptions; only the administrator changes them or the clock (web-fragment.xml).
 */
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
    @Operation(
            summary = "The county's days off of a year (?year=2030), computed from the rules and exceptions; "
                    + "without a year, this year's and next year's")
    public List<HolidayView> holidays(@QueryParam("year") String year) {
        if (year == null || year.isBlank()) {
            int now = clock.today().getYear();
            List<HolidayView> both = new ArrayList<>(calendar.holidaysOf(now));
            both.addAll(calendar.holidaysOf(now + 1));
            return both;
        }
        int y;
        try {
            y = Integer.parseInt(year.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("year", "year", "'" + year + "' is not a year like 2030");
        }
        if (y < 1900 || y > 2200) {
            throw new InvalidInputException("year", "year", "The year must be between 1900 and 2200");
        }
        return calendar.holidaysOf(y);
    }

    @POST
    @Path("holidays")
    @Operation(summary = "Add a county holiday for one day (a closure); it stops counting as a working day")
    @Extension(name = CreatedResponses.EXTENSION, value = "calendar/holidays")
    @APIResponseSchema(value = HolidayView.class, responseCode = "201", responseDescription = "Created")
    public Response addHoliday(HolidayView holiday) {
        if (holiday == null) {
            throw new RuleViolationException("body", "required", "A request body is required");
        }
        return Response.status(201)
                .entity(calendar.addHoliday(holiday.date(), holiday.name()))
                .build();
    }

    @GET
    @Path("holidays/rules")
    @Operation(summary = "The holiday rules, each with the period it is in effect")
    public List<HolidayRuleView> rules() {
        return calendar.rules();
    }

    @POST
    @Path("holidays/rules")
    @Operation(summary = "Adopt a holiday rule from a date not in the past")
    @Extension(name = CreatedResponses.EXTENSION, value = "calendar/holidays/rules")
    @APIResponseSchema(value = HolidayRuleView.class, responseCode = "201", responseDescription = "Created")
    public Response adoptRule(HolidayRuleView rule) {
        return Response.status(201).entity(calendar.adoptRule(rule)).build();
    }

    /** The body of a rule's end: the last holiday date it applies to and why. */
    public record RuleEnd(LocalDate lastDay, String reason) {}

    @POST
    @Path("holidays/rules/{id}/end")
    @Operation(summary = "Drop a holiday rule: it applies to no holiday dated after lastDay")
    public HolidayRuleView endRule(@PathParam("id") long id, RuleEnd end) {
        if (end == null) {
            throw new RuleViolationException("body", "required", "A request body is required");
        }
        return calendar.endRule(id, end.lastDay(), end.reason());
    }

    @GET
    @Path("holidays/exceptions")
    @Operation(summary = "The days added to (closures) or removed from the holidays the rules give")
    public List<HolidayExceptionView> exceptions() {
        return calendar.exceptions();
    }

    @POST
    @Path("holidays/exceptions")
    @Operation(
            summary =
                    "Add one day to the holidays (kind ADDED, with a name) or remove one the rules give (kind REMOVED)")
    @Extension(name = CreatedResponses.EXTENSION, value = "calendar/holidays/exceptions")
    @APIResponseSchema(value = HolidayExceptionView.class, responseCode = "201", responseDescription = "Created")
    public Response addException(HolidayExceptionView exception) {
        return Response.status(201).entity(calendar.addException(exception)).build();
    }

    @DELETE
    @Path("holidays/exceptions/{id}")
    @Operation(summary = "Withdraw an exception for a day not yet past")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "204", description = "Withdrawn")
    public Response withdrawException(@PathParam("id") long id) {
        calendar.withdrawException(id);
        return Response.noContent().build();
    }

    @GET
    @Path("clock")
    public Map<String, Object> clock() {
        return Map.of(
                "now", clock.now().toString(), "today", clock.today().toString(), "adjustable", clock.isAdjustable());
    }

    /** Moves the clock (demonstrations and system tests); refused unless the installation allows it. */
    @PUT
    @Path("clock")
    @Operation(summary = "Set the clock to an instant (only where tryon.clock.adjustable=true, never in production)")
    public Map<String, Object> setClock(Map<String, String> body) {
        if (!clock.isAdjustable()) {
            throw new RuleViolationException(
                    "now", "clock.adjustable", "The clock of this installation cannot be moved");
        }
        String now = body == null ? null : body.get("now");
        if (now == null) {
            clock.reset();
        } else {
            try {
                clock.setFixed(Instant.parse(now));
            } catch (java.time.format.DateTimeParseException e) {
                throw new RuleViolationException(
                        "now", "instant", "'" + now + "' is not an instant like 2026-11-23T20:30:00Z");
            }
        }
        return clock();
    }
}
