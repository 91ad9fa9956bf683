package org.tryon.licensing.scoring.web;

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
import org.tryon.licensing.scoring.application.Challenges;
import org.tryon.licensing.scoring.application.ScoringViews.ChallengeView;
import org.tryon.platform.rest.CreatedResponses;

/** Item challenges and score appeals, filed through staff and decided by the licensing subcommittee (107.1.5 C). */
@Path("licensing/challenges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing exams: results")
public class ChallengeResource {

    @Inject
    Challenges challenges;

    @GET
    @Operation(summary = "Item challenges and score appeals, newest first")
    public List<ChallengeView> list() {
        return challenges.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One challenge or appeal with its decision")
    public ChallengeView challenge(@PathParam("id") long id) {
        return challenges.challenge(id);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "licensing/challenges/{id}")
    @APIResponseSchema(value = ChallengeView.class, responseCode = "201", responseDescription = "Filed")
    @POST
    @Operation(
            summary =
                    "Files a candidate's item challenge (kind ITEM_CHALLENGE, the question's position) or score appeal (SCORE_APPEAL) "
                            + "against a current valid result, with the grounds")
    public Response file(Challenges.File command, @Context UriInfo uri) {
        ChallengeView c = challenges.file(command);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(c.id()))
                        .build())
                .entity(c)
                .build();
    }

    @POST
    @Path("{id}/decision")
    @Operation(
            summary =
                    "Records the subcommittee's decision (accepted, day, reference, text; an accepted item challenge: CREDIT_ALL or "
                            + "KEY_CHANGED with the corrected letter); an accepted one rescores every attempt concerned as new result rows (107.1.5 C.2)")
    public ChallengeView decide(@PathParam("id") long id, Challenges.Decide command) {
        return challenges.decide(id, command);
    }
}
