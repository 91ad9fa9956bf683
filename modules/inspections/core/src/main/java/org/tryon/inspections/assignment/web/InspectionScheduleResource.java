package org.tryon.inspections.assignment.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.inspections.assignment.application.AssignmentView;
import org.tryon.inspections.assignment.application.BoardView;
import org.tryon.inspections.assignment.application.DayListView;
import org.tryon.inspections.assignment.application.DistrictView;
import org.tryon.inspections.assignment.application.InspectionAssignments;
import org.tryon.inspections.assignment.application.InspectionSchedule;
import org.tryon.inspections.assignment.application.InspectorView;
import org.tryon.inspections.assignment.application.Inspectors;
import org.tryon.inspections.assignment.application.OnTimeReportView;
import org.tryon.inspections.assignment.application.OnTimeReports;
import org.tryon.inspections.assignment.application.ReassignRequest;
import org.tryon.inspections.assignment.application.SaveInspector;
import org.tryon.inspections.requests.application.InspectionRequestView;
import org.tryon.inspections.requests.application.MarkUrgent;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.rest.CreatedResponses;

/**
 * Inspectors, their day lists, the supervisor's board, reassignment and the on-time rate (the department's requirements,
 * "Requests and scheduling"). Inspectors, trade code administrators and the administrator reach it;
 * each use case checks its own roles.
 */
@Path("inspection-schedule")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inspection schedule")
public class InspectionScheduleResource {

    @Inject
    Inspectors inspectors;

    @Inject
    InspectionAssignments assignments;

    @Inject
    InspectionSchedule schedule;

    @Inject
    OnTimeReports onTime;

    @GET
    @Path("inspectors")
    @Operation(summary = "The inspectors: trades, districts, daily capacity, active or not")
    public List<InspectorView> inspectors() {
        return inspectors.list();
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "inspection-schedule/inspectors/{id}")
    @APIResponseSchema(value = InspectorView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("inspectors")
    @Operation(
            summary =
                    "Record an inspector (administrator): login user name (optional), name, phone, trades, districts, daily capacity")
    public Response create(SaveInspector command, @Context UriInfo uri) {
        InspectorView created = inspectors.create(command);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("inspectors/{id}")
    public InspectorView inspector(@PathParam("id") long id) {
        return inspectors.get(id);
    }

    @PUT
    @Path("inspectors/{id}")
    @Operation(summary = "Change an inspector's record (administrator); active=false stops new assignments to them")
    public InspectorView update(@PathParam("id") long id, SaveInspector command) {
        return inspectors.update(id, command);
    }

    @GET
    @Path("inspectors/{id}/history")
    public List<HistoryEntry> inspectorHistory(@PathParam("id") long id) {
        return inspectors.history(id);
    }

    @GET
    @Path("districts")
    @Operation(
            summary =
                    "The inspection districts and their ZIP codes (a permit's district is that of the ZIP code ending its address)")
    public List<DistrictView> districts() {
        return inspectors.districts();
    }

    @GET
    @Path("day-list")
    @Operation(
            summary =
                    "An inspector's requests of a day in route order: urgent first (outage notice of December 2017), then by district and address. Without "
                            + "inspectorId the caller's own; without date today. Inspectors see their own, supervisors any")
    public DayListView dayList(@QueryParam("inspectorId") Long inspectorId, @QueryParam("date") String date) {
        return schedule.dayList(inspectorId, day("date", date));
    }

    @GET
    @Path("board")
    @Operation(
            summary =
                    "The supervisor's board of a day (today without date): each inspector's load against capacity, the requests of the "
                            + "day with unassigned ones first. Trade code administrator, administrator")
    public BoardView board(@QueryParam("date") String date) {
        return schedule.board(day("date", date));
    }

    @POST
    @Path("requests/{id}/assignment")
    @Operation(
            summary =
                    "Reassign a request to another inspector (trade code administrator, administrator). Refused when the request is "
                            + "not open or the inspector is inactive or not of the permit's trade; over capacity or outside the inspector's districts is "
                            + "allowed and answered with warnings")
    public AssignmentView.Reassigned reassign(@PathParam("id") long id, ReassignRequest command) {
        return assignments.reassign(id, command);
    }

    @GET
    @Path("requests/{id}/assignments")
    @Operation(summary = "Every change of a request's assignment, oldest first")
    public List<AssignmentView> assignmentLog(@PathParam("id") long id) {
        return assignments.log(id);
    }

    @POST
    @Path("requests/{id}/urgency")
    @Operation(
            summary =
                    "Flag an open request urgent (outage notice of December 2017: POWER_RESTORATION, HOME_PURCHASE_CLOSING, OTHER with urgentNote); an "
                            + "unassigned one is assigned, beyond capacity if need be. Trade code administrator, administrator")
    public InspectionRequestView markUrgent(@PathParam("id") long id, MarkUrgent command) {
        return assignments.markUrgent(id, command);
    }

    @GET
    @Path("on-time")
    @Operation(
            summary =
                    "The on-time rate of the requests scheduled from 'from' to 'to' (ISO dates; without them the 30 days up to today) "
                            + "by day, trade and inspector against the target (90 % by default). Trade code administrator, administrator")
    public OnTimeReportView onTime(@QueryParam("from") String from, @QueryParam("to") String to) {
        return onTime.report(day("from", from), day("to", to));
    }

    private static LocalDate day(String field, String text) {
        return org.tryon.platform.errors.Inputs.day(field, text);
    }
}
