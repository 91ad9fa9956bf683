package org.tryon.inspections.requests.web;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.inspections.requests.application.InspectionRequestView;
import org.tryon.inspections.requests.application.InspectionRequests;
import org.tryon.inspections.requests.application.InspectionTypeView;
import org.tryon.inspections.requests.application.RequestInspection;
import org.tryon.inspections.results.application.FinalInspectionView;
import org.tryon.inspections.results.application.InspectionResults;
import org.tryon.inspections.results.application.RecordFinalInspection;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.rest.CreatedResponses;

@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections")
public class InspectionRequestResource {

    @Inject
    InspectionRequests requests;

    @Inject
    InspectionResults finals;

    @GET
    @Path("inspection-requests")
    public List<InspectionRequestView> list() {
        return requests.list();
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "inspection-requests/{id}")
    @APIResponseSchema(value = InspectionRequestView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("inspection-requests")
    @Operation(
            summary =
                    "Request an inspection on an issued permit (108.10 C); assigned at once to the least loaded inspector of the "
                            + "permit's trade and district with room that day (none: unassigned, for the supervisor's board). A permit has one open "
                            + "request per inspection type and day (108.10.1): a second one is refused with 422, rule '108.10.1 requested-once', "
                            + "field inspectionType, also when two are made at the same moment")
    public Response request(RequestInspection command, @Context UriInfo uri) {
        InspectionRequestView created =
                org.tryon.inspections.module.application.DeadlockRetry.retried(() -> requests.request(command));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "inspection-requests/final-results?permitId={permitId}")
    @APIResponseSchema(value = FinalInspectionView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("inspection-requests/final-results")
    @Operation(
            summary =
                    "Record that the final inspection of an issued permit passed (108.10; permitting then finals the permit, the step "
                            + "before its certificate, 108.11.4); inspector, trade code administrator, administrator. Answers the permit's open request "
                            + "for that final if there is one. The general form is POST /inspection-results")
    public Response finalPassed(RecordFinalInspection command, @Context UriInfo uri) {
        FinalInspectionView created = finals.recordPassedFinal(command);
        return Response.created(uri.getAbsolutePathBuilder()
                        .queryParam("permitId", created.permitId())
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("inspection-requests/final-results")
    @Operation(summary = "The final inspections that passed, newest first (of one permit with permitId)")
    public List<FinalInspectionView> finals(@QueryParam("permitId") Long permitId) {
        return finals.passedFinals(permitId);
    }

    @GET
    @Path("inspection-requests/earliest-date")
    @Operation(
            summary =
                    "The earliest date a request made now can be scheduled for (108.10.1: next working day before the cut-off time)")
    public java.util.Map<String, String> earliestDate() {
        return java.util.Map.of("earliestDate", requests.earliestDate().toString());
    }

    @GET
    @Path("inspection-requests/{id}")
    public InspectionRequestView get(@PathParam("id") long id) {
        return requests.get(id);
    }

    @GET
    @Path("inspection-requests/{id}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return requests.history(id);
    }

    /** Inspections' own record of a permit, kept from permitting's events: its state as inspections last learned it (108.8.1). */
    @GET
    @Path("inspection-permits/{id}")
    public org.tryon.inspections.register.application.InspectablePermitView permit(@PathParam("id") long id) {
        return requests.permit(id);
    }

    @GET
    @Path("inspection-types")
    public List<InspectionTypeView> types(@QueryParam("trade") Trade trade) {
        return requests.types(trade);
    }
}
