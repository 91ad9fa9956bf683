package org.tryon.governance.notices.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.governance.notices.application.NoticeViews;
import org.tryon.governance.notices.application.Subscriptions;

/**
 * Subscriptions to notices of a body's meetings, without sign-in (G.S. 143-318.12(b)(2)): asked for here, confirmed by the
 * link mailed to the address (double opt-in), ended by the link in every notice.
 */
@Path("public/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Public records")
public class PublicSubscriptionResource {

    @Inject
    Subscriptions subscriptions;

    @POST
    @APIResponseSchema(
            value = NoticeViews.SubscriptionAnswer.class,
            responseCode = "202",
            responseDescription = "Accepted: a link to "
                    + "confirm is mailed unless the address is on the list already (the answer is the same either way)")
    @Operation(
            summary =
                    "Ask for notices of a body's meetings (commission, email, name optional); a link to confirm is mailed (no sign-in)")
    public Response subscribe(NoticeViews.Subscribe command) {
        return Response.accepted(subscriptions.request(command)).build();
    }

    @POST
    @Path("confirmation")
    @Operation(
            summary =
                    "Confirm a subscription with the token of the mailed link (query parameter token); no body (no sign-in)")
    public NoticeViews.SubscriptionState confirm(@QueryParam("token") String token) {
        return subscriptions.confirm(token);
    }

    @POST
    @Path("cancellation")
    @Operation(
            summary =
                    "Leave the list with the token of the link in a notice (query parameter token); no body (no sign-in)")
    public NoticeViews.SubscriptionState leave(@QueryParam("token") String token) {
        return subscriptions.leave(token);
    }
}
