package org.tryon.permitting.plans.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.permitting.plans.application.PendingReviewView;
import org.tryon.permitting.plans.application.PendingReviews;

/** The plan reviewers' work list over REST (issue 17): the rows of the "Plan reviews waiting" screen. */
@Path("plan-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Permitting")
public class PlanReviewResource {

    @Inject
    PendingReviews pending;

    @GET
    @Path("pending")
    @Operation(
            summary = "The discipline reviews still pending (108.8 E, F.1), oldest submission first, with the calendar"
                    + " days each has waited to the county's today")
    public List<PendingReviewView> pending() {
        return pending.list();
    }
}
