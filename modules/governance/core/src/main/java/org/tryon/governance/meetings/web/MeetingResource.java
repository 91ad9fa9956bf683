package org.tryon.governance.meetings.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.governance.meetings.application.AgendaCommands;
import org.tryon.governance.meetings.application.AgendaView;
import org.tryon.governance.meetings.application.Agendas;
import org.tryon.governance.meetings.application.AttendanceRow;
import org.tryon.governance.meetings.application.MeetingCommands;
import org.tryon.governance.meetings.application.MeetingView;
import org.tryon.governance.meetings.application.Meetings;
import org.tryon.governance.meetings.application.ScheduleMeeting;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.rest.CreatedResponses;
import org.tryon.platform.rest.Downloads;

/** The meetings of the bodies: schedule, call to order, roll call, adjourn or cancel; excused absences; attendance (107). */
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Commission governance")
public class MeetingResource {

    @Inject
    Meetings meetings;

    @Inject
    Clock clock;

    @Inject
    Agendas agendas;

    @Inject
    org.tryon.governance.meetings.application.MinutesRecords minutesRecords;

    @GET
    @Operation(summary = "The meetings of a body between two days (default: this year)")
    public List<MeetingView> list(
            @QueryParam("commission") String commission, @QueryParam("from") String from, @QueryParam("to") String to) {
        int year = LocalDate.now(clock).getYear();
        return meetings.list(
                commission, day("from", from, LocalDate.of(year, 1, 1)), day("to", to, LocalDate.of(year, 12, 31)));
    }

    private static LocalDate day(String field, String text, LocalDate otherwise) {
        LocalDate d = org.tryon.platform.errors.Inputs.day(field, text);
        if (d != null && (d.getYear() < 1900 || d.getYear() > 9999)) {
            throw new RuleViolationException(field, "range", "A day from 1900 to 9999");
        }
        return d == null ? otherwise : d;
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "meetings/{id}")
    @APIResponseSchema(value = MeetingView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Operation(
            summary =
                    "Schedule a regular, special or emergency meeting (G.S. 143-318.12: a schedule change 7 days ahead, a special "
                            + "meeting 48 hours' notice with its purpose)")
    public Response schedule(ScheduleMeeting command, @Context UriInfo uri) {
        MeetingView m = meetings.schedule(command);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(m.id()))
                        .build())
                .entity(m)
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A meeting with its roll call, members present and quorum")
    public MeetingView get(@PathParam("id") long id) {
        return meetings.get(id);
    }

    @POST
    @Path("{id}/call-to-order")
    @Operation(
            summary =
                    "Call the meeting to order: now, or at the county time given in `at` for a meeting recorded afterwards "
                            + "(2026-11-10T15:00); no body")
    public MeetingView callToOrder(@PathParam("id") long id, @QueryParam("at") String at) {
        return meetings.callToOrder(id, moment(at));
    }

    @POST
    @Path("{id}/adjourn")
    @Operation(summary = "Adjourn the meeting: now, or at the county time given in `at`; no body")
    public MeetingView adjourn(@PathParam("id") long id, @QueryParam("at") String at) {
        return meetings.adjourn(id, moment(at));
    }

    /** A moment given in a query parameter, county time with or without an offset; none: now. */
    private MeetingCommands.At moment(String text) {
        if (text == null || text.isBlank()) {
            return new MeetingCommands.At(null);
        }
        try {
            return new MeetingCommands.At(org.tryon.platform.time.CountyTime.parse(text, clock.getZone()));
        } catch (java.time.format.DateTimeParseException e) {
            throw new RuleViolationException("at", "date-time", "'" + text + "' is not a time like 2026-11-10T15:00");
        }
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel a meeting not yet called to order, saying why (107.1.4 D)")
    public MeetingView cancel(@PathParam("id") long id, MeetingCommands.Cancel command) {
        return meetings.cancel(id, command);
    }

    @POST
    @Path("{id}/presences")
    @Operation(summary = "Roll call: a member arrives (107.1.1 B)")
    public MeetingView arrive(@PathParam("id") long id, MeetingCommands.Arrive command) {
        return meetings.arrive(id, command);
    }

    @POST
    @Path("{id}/presences/{presenceId}/departure")
    @Operation(summary = "Roll call: a member leaves, now or at the county time given in `at`; no body")
    public MeetingView depart(
            @PathParam("id") long id, @PathParam("presenceId") long presenceId, @QueryParam("at") String at) {
        return meetings.depart(id, presenceId, moment(at));
    }

    @POST
    @Path("{id}/excused-absences")
    @Operation(
            summary =
                    "A BDC member asks to be excused from a regular meeting, by e-mail, fax or letter, before or right after it (107.1.1 B)")
    public MeetingView requestExcuse(@PathParam("id") long id, MeetingCommands.RequestExcuse command) {
        return meetings.requestExcuse(id, command);
    }

    @POST
    @Path("excused-absences/{excuseId}/decision")
    @Operation(summary = "The chair's decision on a request to be excused (107.1.1 B)")
    public MeetingView decideExcuse(@PathParam("excuseId") long excuseId, MeetingCommands.DecideExcuse command) {
        return meetings.decideExcuse(excuseId, command);
    }

    @GET
    @Path("{id}/agenda")
    @Operation(
            summary =
                    "The meeting's agenda in order (old business, new business, other), with conflicts, motions and votes")
    public AgendaView agenda(@PathParam("id") long id) {
        return agendas.agenda(id);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "meetings/{meetingId}/agenda")
    @APIResponseSchema(
            value = AgendaView.class,
            responseCode = "201",
            responseDescription = "Created: the agenda with the new item")
    @POST
    @Path("{id}/agenda")
    @Operation(
            summary =
                    "Put a requested item on the agenda: BDC six working days ahead with detailed information and speakers (107.1.4 G); "
                            + "TAB 48 hours or two workdays ahead, whichever is greater, with the written summary (107.2.4 G, H); late requests refused")
    public Response requestItem(@PathParam("id") long id, AgendaCommands.RequestItem command, @Context UriInfo uri) {
        AgendaView agenda = agendas.request(id, command);
        return Response.created(uri.getAbsolutePath()).entity(agenda).build();
    }

    @POST
    @Path("{id}/conflicts")
    @Operation(
            summary =
                    "A member declares a conflict of interest with an agenda item and takes no part in it (107.2.4 J.1)")
    public AgendaView declareConflict(@PathParam("id") long id, AgendaCommands.DeclareConflict command) {
        return agendas.declareConflict(id, command);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "meetings/{meetingId}/agenda")
    @APIResponseSchema(
            value = AgendaView.class,
            responseCode = "201",
            responseDescription = "Created: the agenda with the new motion")
    @POST
    @Path("{id}/motions")
    @Operation(summary = "A motion moved and seconded by members present and not recused (107.1.4 E)")
    public Response move(@PathParam("id") long id, AgendaCommands.MakeMotion command, @Context UriInfo uri) {
        AgendaView agenda = agendas.move(id, command);
        return Response.created(uri.getBaseUriBuilder()
                        .path("meetings")
                        .path(String.valueOf(id))
                        .path("agenda")
                        .build())
                .entity(agenda)
                .build();
    }

    @POST
    @Path("motions/{motionId}/votes")
    @Operation(
            summary =
                    "Each member's vote on a motion; the item's quorum (present, not recused) is checked; carried by a simple majority of "
                            + "those present and voting; a carried BDC motion is a numbered resolution (107.1.4 A, E)")
    public AgendaView vote(@PathParam("motionId") long motionId, AgendaCommands.RecordVotes command) {
        return agendas.vote(motionId, command);
    }

    @GET
    @Path("{id}/minutes")
    @Operation(
            summary =
                    "The meeting's minutes: the approved text with its availability day and the 45 days for a suit (G.S. 143-318.16A), or "
                            + "the draft generated from the record")
    public org.tryon.governance.meetings.application.MinutesView minutes(@PathParam("id") long id) {
        return minutesRecords.minutes(id);
    }

    @GET
    @Path("{id}/minutes.pdf")
    @Produces(org.tryon.platform.pdf.PdfDocumentBuilder.MEDIA_TYPE)
    @Operation(summary = "The meeting's minutes as PDF (approved, or marked draft)")
    public Response minutesPdf(@PathParam("id") long id) {
        return Downloads.inlinePdf(minutesRecords.pdf(id), "minutes-" + id + ".pdf");
    }

    @POST
    @Path("{id}/minutes/approval")
    @Operation(
            summary =
                    "Approve the minutes by a motion carried at a later meeting of the same body; the text is frozen, the day stamped")
    public org.tryon.governance.meetings.application.MinutesView approveMinutes(
            @PathParam("id") long id, org.tryon.governance.meetings.application.MinutesRecords.Approve command) {
        return minutesRecords.approve(id, command);
    }

    @POST
    @Path("{id}/minutes/amendments")
    @Operation(
            summary = "Record an amendment of approved minutes, approved by a carried motion; the minutes never change")
    public org.tryon.governance.meetings.application.MinutesView amendMinutes(
            @PathParam("id") long id, org.tryon.governance.meetings.application.MinutesRecords.Amend command) {
        return minutesRecords.amend(id, command);
    }

    @GET
    @Path("attendance.csv")
    @Produces("text/csv")
    @Operation(
            summary =
                    "The BDC's attendance report of a year as CSV: one line per member and meeting, and the member's arithmetic (107.1.1 B)")
    public Response attendanceCsv(@QueryParam("year") Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        List<AttendanceRow> rows = meetings.attendance("BDC", y);
        jakarta.ws.rs.core.StreamingOutput body = out -> {
            java.io.Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
            try (org.apache.commons.csv.CSVPrinter csv = new org.apache.commons.csv.CSVPrinter(
                    w,
                    org.apache.commons.csv.CSVFormat.RFC4180
                            .builder()
                            .setHeader(
                                    "member",
                                    "year",
                                    "meeting",
                                    "meetingMinutes",
                                    "minutesPresent",
                                    "attended",
                                    "excuse",
                                    "meetings",
                                    "needed",
                                    "attendedTotal",
                                    "excusedTotal",
                                    "excusedCounted",
                                    "credited",
                                    "complies",
                                    "arithmetic")
                            .get())) {
                for (AttendanceRow r : rows) {
                    for (AttendanceRow.MeetingLine l : r.lines()) {
                        csv.printRecord(org.tryon.platform.csv.CsvCells.safe(java.util.Arrays.asList(
                                r.name(),
                                y,
                                l.day(),
                                l.meetingMinutes(),
                                l.minutesPresent(),
                                l.attended(),
                                l.excuse(),
                                r.meetings(),
                                r.needed(),
                                r.attended(),
                                r.excused(),
                                Math.min(r.excused(), r.excusedCap()),
                                r.credited(),
                                r.complies(),
                                r.explanation())));
                    }
                }
            }
        };
        return Downloads.csv(body, "bdc-attendance-" + y + ".csv");
    }

    @GET
    @Path("attendance")
    @Operation(summary = "The BDC's attendance report of a calendar year, with the arithmetic per member (107.1.1 B)")
    public List<AttendanceRow> attendance(
            @QueryParam("commission") String commission, @QueryParam("year") Integer year) {
        return meetings.attendance(
                commission == null ? "BDC" : commission,
                year == null ? LocalDate.now(clock).getYear() : year);
    }
}
