package org.tryon.permitting.machinery.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.permitting.enforcement.application.RecordDelivery;
import org.tryon.permitting.machinery.application.FileAppeal;
import org.tryon.permitting.machinery.application.IssueExceptionNotice;
import org.tryon.permitting.machinery.application.MachineryAppeals;
import org.tryon.permitting.machinery.application.MachineryDeterminations;
import org.tryon.permitting.machinery.application.MachineryExceptionNotices;
import org.tryon.permitting.machinery.application.MachineryFieldReports;
import org.tryon.permitting.machinery.application.MachineryRecordView;
import org.tryon.permitting.machinery.application.MachineryRecords;
import org.tryon.permitting.machinery.application.MakeDetermination;
import org.tryon.permitting.machinery.application.RecordAppealOutcome;
import org.tryon.permitting.machinery.application.RecordDeclaration;
import org.tryon.permitting.machinery.application.RecordInspectionScope;
import org.tryon.permitting.machinery.application.RecordSiteVisit;
import org.tryon.permitting.machinery.application.ReferToTradeChief;
import org.tryon.permitting.machinery.application.ReportUnsafeInstallation;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.pdf.PdfDocumentBuilder;
import org.tryon.platform.rest.CreatedResponses;
import org.tryon.platform.rest.Downloads;

/**
 * Industrial machinery (108.10 G) over HTTP. Under {@code /industrial-machinery}, not
 * {@code /permits}, because field inspectors, who make the initial determinations (G.3 C), do not
 * otherwise use the permits API; each action's roles are checked in its use case (403). Every
 * change answers with the permit's whole machinery record.
 */
@Path("industrial-machinery")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Industrial machinery")
public class MachineryResource {

    @Inject
    MachineryRecords records;

    @Inject
    MachineryDeterminations determinations;

    @Inject
    MachineryExceptionNotices notices;

    @Inject
    MachineryAppeals appeals;

    @Inject
    MachineryFieldReports field;

    @GET
    @Path("open-work")
    @Operation(
            summary =
                    "Permits with industrial machinery items awaiting the inspector (G.3 C), referred to the trade chief (G.3 D) "
                            + "or under appeal (G.2)")
    public List<MachineryRecords.OpenWork> openWork() {
        return records.openWork();
    }

    @GET
    @Path("permits/{permitId}")
    @Operation(
            summary =
                    "The permit's industrial machinery record: declarations, items with their determinations, referrals, notices, "
                            + "appeals, unsafe installations and the final inspection's scope (108.10 G)")
    public MachineryRecordView record(@PathParam("permitId") long permitId) {
        return records.record(permitId);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "industrial-machinery/permits/{permitId}")
    @APIResponseSchema(value = MachineryRecordView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("permits/{permitId}/declarations")
    @Operation(
            summary =
                    "Record the owner's signed industrial machinery declaration, or an amendment adding or revising items "
                            + "(108.10 G.1; permit technician, inspector, trade code administrator, administrator)")
    public Response declare(@PathParam("permitId") long permitId, RecordDeclaration command, @Context UriInfo uri) {
        return created(determinations.declare(permitId, command), uri);
    }

    @POST
    @Path("items/{itemId}/initial-determination")
    @Operation(
            summary =
                    "The field inspector's initial determination of an item: accepted, or excepted with the ground (108.10 G.3 C; inspector)")
    public MachineryRecordView determineInitially(@PathParam("itemId") long itemId, MakeDetermination command) {
        return determinations.determineInitially(itemId, command);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "industrial-machinery/permits/{permitId}")
    @APIResponseSchema(value = MachineryRecordView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("permits/{permitId}/referrals")
    @Operation(
            summary =
                    "Refer items to the trade chief or assistant trade chief: the inspector is unsure, or the owner disagrees "
                            + "(108.10 G.3 D; inspector, trade code administrator, administrator)")
    public Response refer(@PathParam("permitId") long permitId, ReferToTradeChief command, @Context UriInfo uri) {
        return created(determinations.refer(permitId, command), uri);
    }

    @POST
    @Path("referrals/{referralId}/site-visit")
    @Operation(
            summary =
                    "Record the joint project visit of the inspector and the trade chief or assistant trade chief (108.10 G.3 D)")
    public MachineryRecordView siteVisit(@PathParam("referralId") long referralId, RecordSiteVisit command) {
        return determinations.recordSiteVisit(referralId, command);
    }

    @POST
    @Path("items/{itemId}/final-determination")
    @Operation(
            summary =
                    "The final determination of a referred item after the site visit (108.10 G.3 D; trade code administrator, "
                            + "administrator acting as trade chief)")
    public MachineryRecordView determineFinally(@PathParam("itemId") long itemId, MakeDetermination command) {
        return determinations.determineFinally(itemId, command);
    }

    @PUT
    @Path("items/{itemId}/inspection-scope")
    @Operation(
            summary =
                    "For accepted machinery: in place at final inspection or not, and the connection point the building wiring is "
                            + "inspected to (108.10 G.3 F.4.1.1, F.4.1.2)")
    public MachineryRecordView inspectionScope(@PathParam("itemId") long itemId, RecordInspectionScope command) {
        return field.recordInspectionScope(itemId, command);
    }

    @GET
    @Path("items/{itemId}/history")
    @Operation(summary = "Every change of an item with who, when, before and after (108.3)")
    public List<HistoryEntry> itemHistory(@PathParam("itemId") long itemId) {
        return records.itemHistory(itemId);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "industrial-machinery/permits/{permitId}")
    @APIResponseSchema(value = MachineryRecordView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("permits/{permitId}/exception-notices")
    @Operation(
            summary =
                    "Notify the customer of the exceptions taken to the list (108.10 G.1; inspector, trade code administrator, "
                            + "administrator)")
    public Response issueNotice(
            @PathParam("permitId") long permitId, IssueExceptionNotice command, @Context UriInfo uri) {
        return created(notices.issue(permitId, command), uri);
    }

    @GET
    @Path("exception-notices/{noticeId}/notice.pdf")
    @Produces(PdfDocumentBuilder.MEDIA_TYPE)
    @Operation(summary = "The notice of exceptions as a PDF (108.10 G.1, 106 Written Notice)")
    public Response noticePdf(@PathParam("noticeId") long noticeId) {
        MachineryExceptionNotices.Document notice = notices.pdf(noticeId);
        return Downloads.pdf(notice.pdf(), notice.fileName());
    }

    @POST
    @Path("exception-notices/{noticeId}/deliveries")
    @Operation(
            summary =
                    "Record how and when the notice of exceptions was delivered: in person or by registered mail (106)")
    public MachineryRecordView deliver(@PathParam("noticeId") long noticeId, RecordDelivery command) {
        return notices.recordDelivery(noticeId, command);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "industrial-machinery/permits/{permitId}")
    @APIResponseSchema(value = MachineryRecordView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("permits/{permitId}/appeals")
    @Operation(
            summary =
                    "Record the owner's appeal of exceptions of the final determination (108.10 G.2, G.3 E; permit technician, "
                            + "trade code administrator, administrator)")
    public Response appeal(@PathParam("permitId") long permitId, FileAppeal command, @Context UriInfo uri) {
        return created(appeals.file(permitId, command), uri);
    }

    @POST
    @Path("appeals/{appealId}/outcomes")
    @Operation(
            summary =
                    "Record the outcome of an appeal for one item: exception upheld or reversed (108.10 G.2; trade code "
                            + "administrator, administrator)")
    public MachineryRecordView outcome(@PathParam("appealId") long appealId, RecordAppealOutcome command) {
        return appeals.decide(appealId, command);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "industrial-machinery/permits/{permitId}")
    @APIResponseSchema(value = MachineryRecordView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("permits/{permitId}/unsafe-installations")
    @Operation(
            summary =
                    "Record an unsafe industrial machinery installation and the advice to the owner (or the owner's electrical "
                            + "contractor) and OSHA (108.10 G.3 F)")
    public Response unsafe(
            @PathParam("permitId") long permitId, ReportUnsafeInstallation command, @Context UriInfo uri) {
        return created(field.reportUnsafeInstallation(permitId, command), uri);
    }

    /** A record was added: 201, located at the permit's machinery record it is part of. */
    private static Response created(MachineryRecordView view, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder()
                        .path("industrial-machinery/permits/{id}")
                        .build(view.permitId()))
                .entity(view)
                .build();
    }
}
