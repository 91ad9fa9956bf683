package org.tryon.permitting.permits.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.permitting.permits.application.ApplyForPermit;
import org.tryon.permitting.permits.application.PermitSearch;
import org.tryon.permitting.permits.application.PermitView;
import org.tryon.permitting.permits.application.Permits;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.lists.ListPage;
import org.tryon.platform.lists.ListRequest;
import org.tryon.platform.rest.CreatedResponses;
import org.tryon.platform.rest.Downloads;

@Path("permits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Permitting")
public class PermitResource {

    @Inject
    Permits permits;

    @Inject
    PermitSearch search;

    @GET
    @Operation(
            summary =
                    "Permits, newest first, as a plain list: the same search, filters, sort and paging as /permits/search "
                            + "(500 rows unless size says fewer); the header X-Total-Count tells how many match")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(
            responseCode = "200",
            description = "The permits of the page",
            content =
                    @org.eclipse.microprofile.openapi.annotations.media.Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @org.eclipse.microprofile.openapi.annotations.media.Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                                            implementation = PermitView.class)))
    public Response list(@BeanParam PermitQuery query) {
        ListPage<PermitView> page = search.page(PermitSearch.Which.ALL, query.request(PermitQuery.MAX_SIZE));
        return Response.ok(new GenericEntity<List<PermitView>>(page.rows()) {})
                .header("X-Total-Count", page.total())
                .build();
    }

    @GET
    @Path("search")
    @Operation(
            summary = "Search permits by number, address, parcel number (PIN) or contractor (name or license), "
                    + "or q for any of them; filter by status and trade; one page of rows with the total count")
    public PermitSearchPage search(@BeanParam PermitQuery query) {
        ListRequest request = query.request(50);
        ListPage<PermitView> page = search.page(PermitSearch.Which.ALL, request);
        return new PermitSearchPage(page.rows(), page.total(), request.first() / request.size() + 1, request.size());
    }

    @GET
    @Path("search.csv")
    @Produces("text/csv")
    @Operation(summary = "Every permit the search finds (same parameters as /permits/search, not paged) as CSV")
    public Response searchCsv(@BeanParam PermitQuery query) {
        ListRequest all = query.all();
        search.count(PermitSearch.Which.ALL, all); // refuses bad parameters with a 400 before the answer starts
        jakarta.ws.rs.core.StreamingOutput body = out -> {
            java.io.Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
            PermitCsv.write(page -> search.rows(PermitSearch.Which.ALL, page), all, w);
            w.flush();
        };
        return Downloads.csv(body, "permits.csv");
    }

    @GET
    @Path("work-list")
    @Operation(summary = "Permits whose clock runs out within the work-list days (30 by default), soonest first")
    public List<PermitView> workList() {
        return search.page(
                        PermitSearch.Which.CLOCKS_RUNNING_OUT,
                        ListRequest.filtered(java.util.Map.of(), Integer.MAX_VALUE))
                .rows();
    }

    @GET
    @Path("blds.csv")
    @Produces("text/csv")
    @Operation(summary = "Every permit in the BLDS open-data format (CSV)")
    public Response blds() {
        jakarta.ws.rs.core.StreamingOutput body = out -> {
            java.io.Writer w = new java.io.BufferedWriter(
                    new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
            var sink = org.tryon.permitting.permits.application.BldsPermitExport.sink(w);
            try {
                permits.bldsRows(sink);
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            sink.flush();
            w.flush();
        };
        return Downloads.csv(body, "permits-blds.csv");
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "permits/{id}")
    @APIResponseSchema(value = PermitView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Operation(summary = "Apply for a permit (108.8 D)")
    public Response apply(ApplyForPermit command, @Context UriInfo uri) {
        PermitView created = permits.apply(command);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public PermitView get(@PathParam("id") long id) {
        return permits.get(id);
    }

    @GET
    @Path("{id}/issue-check")
    @Operation(
            summary =
                    "Every reason (with its section: 108.7, 108.8 E, F.1, F.3, G) that stands between the permit and its issue today")
    public List<org.tryon.platform.errors.RuleViolationException.Violation> issueCheck(@PathParam("id") long id) {
        return permits.issueCheck(id);
    }

    @POST
    @Path("{id}/issue")
    @Operation(summary = "Issue the permit (108.8); its fee is posted to the contractor's account")
    public PermitView issue(@PathParam("id") long id) {
        return permits.issue(id);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel a permit no work was done under; inspections stop accepting requests on it")
    public PermitView cancel(@PathParam("id") long id, org.tryon.permitting.permits.application.CancelPermit command) {
        return permits.cancel(id, command);
    }

    @POST
    @Path("{id}/revoke")
    @Operation(summary = "Revoke a permit on a ground of 108.12.2 (administrator or trade code administrator)")
    public PermitView revoke(@PathParam("id") long id, org.tryon.permitting.permits.application.RevokePermit command) {
        return permits.revoke(id, command);
    }

    @POST
    @Path("{id}/commencement")
    @Operation(summary = "Record evidence that the work has commenced (106 Project Commenced)")
    public PermitView commencement(
            @PathParam("id") long id, org.tryon.permitting.permits.application.RecordCommencement command) {
        return permits.recordCommencement(id, command);
    }

    @GET
    @Path("{id}/notices")
    public List<org.tryon.permitting.permits.application.NoticeView> notices(@PathParam("id") long id) {
        return permits.notices(id);
    }

    @POST
    @Path("clock-runs")
    @Operation(summary = "Run today's permit clocks now (108.8.1, 108.10 E); each day runs once; administrator only")
    public org.tryon.permitting.permits.application.PermitClockJob.Run runClocks() {
        return permits.runClocks();
    }

    @GET
    @Path("{id}/status-changes")
    @Operation(summary = "Every change of the permit's state with who, when and why")
    public List<org.tryon.permitting.permits.application.StatusChangeView> statusChanges(@PathParam("id") long id) {
        return permits.statusChanges(id);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every change of the permit with who, when, before and after (108.3)")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return permits.history(id);
    }
}
