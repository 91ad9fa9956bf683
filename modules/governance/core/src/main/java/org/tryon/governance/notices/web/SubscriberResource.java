package org.tryon.governance.notices.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.tryon.governance.notices.application.NoticeViews;
import org.tryon.governance.notices.application.Subscriptions;
import org.tryon.platform.rest.CreatedResponses;

/** The clerk's view of a body's list of those who asked for notices (G.S. 143-318.12(b)(2)). */
@Path("commissions/{code}/subscribers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Commission governance")
public class SubscriberResource {

    @Inject
    Subscriptions subscriptions;

    @GET
    @Operation(summary = "The body's subscriber list: pending, confirmed and ended addresses")
    public List<NoticeViews.SubscriberView> list(@PathParam("code") String code) {
        return subscriptions.list(code);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One subscriber of the body")
    public NoticeViews.SubscriberView get(@PathParam("code") String code, @PathParam("id") long id) {
        return subscriptions.get(code, id);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "commissions/{code}/subscribers/{id}")
    @APIResponseSchema(value = NoticeViews.SubscriberView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Operation(summary = "Add an address asked for in writing: confirmed at once (commission, email, name optional)")
    public Response add(@PathParam("code") String code, NoticeViews.Subscribe command, @Context UriInfo uri) {
        NoticeViews.SubscriberView s = subscriptions.add(code, command);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(s.id()))
                        .build())
                .entity(s)
                .build();
    }

    @POST
    @Path("{id}/removal")
    @Operation(summary = "Take an address off the list (at its owner's request); no body")
    public NoticeViews.SubscriberView remove(@PathParam("code") String code, @PathParam("id") long id) {
        return subscriptions.remove(code, id);
    }
}
