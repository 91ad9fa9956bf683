package org.tryon.licensing.checkin.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.licensing.checkin.application.Accommodations;
import org.tryon.licensing.checkin.application.CheckInCommands;
import org.tryon.licensing.checkin.application.CheckInViews.AccommodationView;
import org.tryon.licensing.checkin.application.CheckInViews.Document;
import org.tryon.platform.rest.CreatedResponses;
import org.tryon.platform.rest.Downloads;

/** Accommodations requested with documentation and decided before the session (domain facts "Licensing examinations"). */
@Path("licensing/accommodations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing exams")
public class AccommodationResource {

    @Inject
    Accommodations accommodations;

    @GET
    @Operation(
            summary =
                    "Accommodations with a status (REQUESTED by default: the queue to decide), the earliest session first")
    public List<AccommodationView> list(@QueryParam("status") String status) {
        return accommodations.withStatus(status);
    }

    @POST
    @Extension(name = CreatedResponses.EXTENSION, value = "licensing/accommodations/{id}")
    @Operation(
            summary =
                    "Request an accommodation for a registration with documentation: a description and a document reference or the "
                            + "document (PDF, PNG or JPEG in base64, at most 2 MiB)")
    public AccommodationView request(CheckInCommands.RequestAccommodation command) {
        return accommodations.request(command);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An accommodation request and its decision")
    public AccommodationView accommodation(@PathParam("id") long id) {
        return accommodations.accommodation(id);
    }

    @GET
    @Path("{id}/document")
    @Produces({"application/pdf", "image/png", "image/jpeg"})
    @Operation(summary = "The document uploaded with a request")
    @APIResponse(
            responseCode = "200",
            description = "The document as uploaded (its type read from its first bytes)",
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response document(@PathParam("id") long id) {
        Document d = accommodations.document(id);
        return Downloads.builder(d.content(), d.mediaType(), Downloads.Disposition.ATTACHMENT, d.name())
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Path("{id}/approval")
    @Operation(
            summary =
                    "Approve a request before the session starts; an approved extra time sets the registration's extra minutes")
    public AccommodationView approve(@PathParam("id") long id, @QueryParam("reason") String reason) {
        return accommodations.approve(id, reason);
    }

    @POST
    @Path("{id}/refusal")
    @Operation(summary = "Refuse a request before the session starts, with the reason")
    public AccommodationView refuse(@PathParam("id") long id, @QueryParam("reason") String reason) {
        return accommodations.refuse(id, reason);
    }
}
