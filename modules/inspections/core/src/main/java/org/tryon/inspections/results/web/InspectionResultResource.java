package org.tryon.inspections.results.web;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.inspections.api.InspectionQueries;
import org.tryon.inspections.results.application.BldsInspectionExport;
import org.tryon.inspections.results.application.InspectionResultView;
import org.tryon.inspections.results.application.InspectionResults;
import org.tryon.inspections.results.application.RecordResult;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.rest.CreatedResponses;
import org.tryon.platform.rest.Downloads;

@Path("inspection-results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections")
public class InspectionResultResource {

    @Inject
    InspectionResults results;

    @Inject
    org.tryon.inspections.api.InspectionQueries queries;

    @Extension(name = CreatedResponses.EXTENSION, value = "inspection-results/{id}")
    @APIResponseSchema(value = InspectionResultView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Operation(
            summary =
                    "Record an inspection's result (108.10): PASSED, FAILED (with its defects), PARTIAL, NOT_READY or CANCELLED; "
                            + "a re-inspection passes corrected defects (108.10 D). Inspector, trade code administrator, administrator")
    public Response record(RecordResult command, @Context UriInfo uri) {
        InspectionResultView created = results.record(command);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Operation(summary = "Inspection results with their defects, newest first (of one permit with permitId)")
    public List<InspectionResultView> list(@QueryParam("permitId") Long permitId) {
        return results.list(permitId);
    }

    @POST
    @Path("paper-batch")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(
            summary =
                    "outage notice of December 2017: results taken on paper during an outage, as one CSV batch with their real moments (columns: "
                            + "requestId or permitNumber+inspectionType, outcome, inspectedAt, inspector, defects, correctedDefectIds, notes); every line is "
                            + "checked, duplicates are refused, and nothing is recorded unless every line is right")
    public List<InspectionResultView> paperBatch(String csv) {
        return results.recordPaperBatch(new java.io.StringReader(csv == null ? "" : csv));
    }

    @GET
    @Path("blds.csv")
    @Produces("text/csv")
    @Operation(summary = "Every inspection result in the BLDS open-data inspection format")
    public Response blds() {
        var rows = results.bldsRows();
        jakarta.ws.rs.core.StreamingOutput body = out -> {
            java.io.Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
            BldsInspectionExport.write(rows, w);
        };
        return Downloads.csv(body, "inspections-blds.csv");
    }

    @GET
    @Path("open-defects")
    @Operation(
            summary =
                    "108.10 D: the defects still open on a permit (not to be covered until a re-inspection passes them)")
    public List<InspectionQueries.OpenDefect> openDefects(@QueryParam("permitId") Long permitId) {
        if (permitId == null) {
            throw new RuleViolationException("permitId", "required", "Name the permit (permitId)");
        }
        return queries.openDefects(new PermitId(permitId));
    }

    @GET
    @Path("{id}")
    public InspectionResultView get(@PathParam("id") long id) {
        return results.get(id);
    }

    @Inject
    org.tryon.inspections.results.application.ResultPhotos photos;

    @POST
    @Path("{resultId}/photos")
    @Consumes({"image/png", "image/jpeg", "image/gif", "image/webp", MediaType.APPLICATION_OCTET_STREAM})
    @Extension(name = CreatedResponses.EXTENSION, value = "inspection-results/{resultId}/photos/{id}")
    @APIResponseSchema(
            value = org.tryon.inspections.results.application.ResultPhotos.PhotoView.class,
            responseCode = "201",
            responseDescription = "Created")
    @Operation(
            summary =
                    "Attach a photo to an inspection result (108.3; ADR 0051): the image as the body (PNG, JPEG, GIF or "
                            + "WebP, at most 5 MB), its name in fileName. Inspector, trade code administrator, administrator")
    public Response addPhoto(
            @PathParam("resultId") long resultId,
            @QueryParam("fileName") String fileName,
            @jakarta.ws.rs.HeaderParam("Content-Type") String contentType,
            byte[] body,
            @Context UriInfo uri) {
        var created = photos.add(
                resultId,
                new org.tryon.inspections.results.application.ResultPhotos.NewPhoto(fileName, contentType, body));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{resultId}/photos")
    @Operation(summary = "The photos attached to an inspection result, without their images")
    public List<org.tryon.inspections.results.application.ResultPhotos.PhotoView> photos(
            @PathParam("resultId") long resultId) {
        return photos.list(resultId);
    }

    @GET
    @Path("{resultId}/photos/{photoId}")
    @Produces({"image/png", "image/jpeg", "image/gif", "image/webp"})
    @Operation(summary = "One photo of an inspection result, the image itself")
    @APIResponse(
            responseCode = "200",
            description = "The image as uploaded (its type read from its first bytes)",
            content = {
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/gif", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response photo(@PathParam("resultId") long resultId, @PathParam("photoId") long photoId) {
        var image = photos.image(resultId, photoId);
        // through Downloads: a safe Content-Disposition whatever the file's name (ADR 0041)
        return Downloads.builder(image.data(), image.contentType(), Downloads.Disposition.INLINE, image.fileName())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, max-age=86400")
                .build();
    }

    @GET
    @Path("{id}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return results.history(id);
    }
}
