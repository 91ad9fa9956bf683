package org.tryon.permitting.enforcement.web;

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
import org.tryon.permitting.enforcement.application.CondemnBuilding;
import org.tryon.permitting.enforcement.application.DecideAppeal;
import org.tryon.permitting.enforcement.application.EnforcementActionView;
import org.tryon.permitting.enforcement.application.EnforcementActions;
import org.tryon.permitting.enforcement.application.EnforcementNotices;
import org.tryon.permitting.enforcement.application.GiveHearingNotice;
import org.tryon.permitting.enforcement.application.IssueCorrectiveOrder;
import org.tryon.permitting.enforcement.application.IssueDefectNotice;
import org.tryon.permitting.enforcement.application.IssueRevocationNotice;
import org.tryon.permitting.enforcement.application.IssueStopOrder;
import org.tryon.permitting.enforcement.application.LiftOrder;
import org.tryon.permitting.enforcement.application.RecordAppeal;
import org.tryon.permitting.enforcement.application.RecordDelivery;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.pdf.PdfDocumentBuilder;
import org.tryon.platform.rest.CreatedResponses;
import org.tryon.platform.rest.Downloads;

/**
 * Administrative enforcement (108.12) over HTTP. Under {@code /enforcement} rather than
 * {@code /permits} because inspectors, who issue stop orders and notices of defects (108.12.1,
 * 108.12.3), do not otherwise use the permits API; the roles of each action are checked in the use
 * case (403).
 */
@Path("enforcement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enforcement")
public class EnforcementResource {

    @Inject
    EnforcementActions actions;

    @Inject
    EnforcementNotices notices;

    @GET
    @Operation(
            summary = "Department-wide list of enforcement actions, newest first (inForce=true: the orders in force), "
                    + "with appeal deadlines and finality (108.12.7)")
    public List<EnforcementActionView> list(@QueryParam("inForce") boolean inForce) {
        return actions.list(inForce);
    }

    @GET
    @Path("permits/{permitId}/actions")
    @Operation(summary = "The enforcement actions on a permit's work, newest first")
    public List<EnforcementActionView> forPermit(@PathParam("permitId") long permitId) {
        return actions.forPermit(permitId);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "enforcement/actions/{id}")
    @APIResponseSchema(value = EnforcementActionView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("permits/{permitId}/stop-orders")
    @Operation(
            summary =
                    "Issue a stop order to the person doing the work (108.12.1; inspector, trade code administrator, administrator)")
    public Response stopOrder(@PathParam("permitId") long permitId, IssueStopOrder command, @Context UriInfo uri) {
        return created(actions.issueStopOrder(permitId, command), uri);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "enforcement/actions/{id}")
    @APIResponseSchema(value = EnforcementActionView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("permits/{permitId}/defect-notices")
    @Operation(
            summary =
                    "Notify the owner or occupant of defects to be corrected (108.12.3; inspector, trade code administrator, administrator)")
    public Response defectNotice(
            @PathParam("permitId") long permitId, IssueDefectNotice command, @Context UriInfo uri) {
        return created(actions.issueDefectNotice(permitId, command), uri);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "enforcement/actions/{id}")
    @APIResponseSchema(value = EnforcementActionView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("permits/{permitId}/revocation-notices")
    @Operation(
            summary =
                    "Revoke the permit and give the holder written notice of the reason (108.12.2; administrator, trade code administrator)")
    public Response revocationNotice(
            @PathParam("permitId") long permitId, IssueRevocationNotice command, @Context UriInfo uri) {
        return created(actions.issueRevocationNotice(permitId, command), uri);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "enforcement/actions/{id}")
    @APIResponseSchema(value = EnforcementActionView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("condemnations")
    @Operation(
            summary =
                    "Condemn an unsafe building, on a permit's work or by its address (108.12.4; administrator, trade code administrator)")
    public Response condemn(CondemnBuilding command, @Context UriInfo uri) {
        return created(actions.condemn(command), uri);
    }

    @GET
    @Path("actions/{id}")
    @Operation(summary = "One enforcement action with its deliveries, appeal, deadline and finality")
    public EnforcementActionView get(@PathParam("id") long id) {
        return actions.get(id);
    }

    @GET
    @Path("actions/{id}/notice.pdf")
    @Produces(PdfDocumentBuilder.MEDIA_TYPE)
    @Operation(summary = "The written notice of the action as a PDF (106 Written Notice)")
    public Response notice(@PathParam("id") long id) {
        EnforcementNotices.Notice notice = notices.notice(id);
        return Downloads.pdf(notice.pdf(), notice.fileName());
    }

    @POST
    @Path("actions/{id}/deliveries")
    @Operation(
            summary =
                    "Record how and when the written notice was delivered: in person or by registered mail, with its article number (106)")
    public EnforcementActionView deliver(@PathParam("id") long id, RecordDelivery command) {
        return actions.recordDelivery(id, command);
    }

    @POST
    @Path("actions/{id}/lifting")
    @Operation(
            summary = "Lift an order in force: work may resume (108.12.1), defects corrected (108.12.3), "
                    + "condemnation notice removed by the Department (108.12.5), corrective action taken (108.12.6)")
    public EnforcementActionView lift(@PathParam("id") long id, LiftOrder command) {
        return actions.lift(id, command);
    }

    @POST
    @Path("actions/{id}/appeal")
    @Operation(
            summary =
                    "Record the written notice of appeal of a stop order or corrective order, if in time (108.12.1, 108.12.7)")
    public EnforcementActionView appeal(@PathParam("id") long id, RecordAppeal command) {
        return actions.appeal(id, command);
    }

    @POST
    @Path("actions/{id}/appeal/decision")
    @Operation(summary = "Record the decision on the appeal: affirmed, modified and affirmed, or revoked (108.12.7)")
    public EnforcementActionView decide(@PathParam("id") long id, DecideAppeal command) {
        return actions.decideAppeal(id, command);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "enforcement/actions/{id}")
    @APIResponseSchema(value = EnforcementActionView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("actions/{id}/hearing-notices")
    @Operation(
            summary =
                    "Give the owner of a condemned building notice of a hearing on the failure to take corrective action (108.12.6)")
    public Response hearingNotice(@PathParam("id") long id, GiveHearingNotice command, @Context UriInfo uri) {
        return created(actions.giveHearingNotice(id, command), uri);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "enforcement/actions/{id}")
    @APIResponseSchema(value = EnforcementActionView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("actions/{id}/corrective-orders")
    @Operation(
            summary = "After the hearing, order the owner to repair, close, vacate or demolish the building (108.12.6)")
    public Response correctiveOrder(@PathParam("id") long id, IssueCorrectiveOrder command, @Context UriInfo uri) {
        return created(actions.issueCorrectiveOrder(id, command), uri);
    }

    @GET
    @Path("actions/{id}/history")
    @Operation(summary = "Every change of the action with who, when, before and after (108.3)")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return actions.history(id);
    }

    private static Response created(EnforcementActionView view, UriInfo uri) {
        return Response.created(
                        uri.getBaseUriBuilder().path("enforcement/actions/{id}").build(view.id()))
                .entity(view)
                .build();
    }
}
