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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.licensing.checkin.application.CheckInCommands;
import org.tryon.licensing.checkin.application.CheckInViews.IrregularityView;
import org.tryon.licensing.checkin.application.Irregularities;
import org.tryon.platform.rest.CreatedResponses;

/** Irregularities at a sitting, append-only (107.1.5 C.2), and the referrals of cheating to the licensing subcommittee (107.1.5 C). */
@Path("licensing/irregularities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing exams")
public class IrregularityResource {

    @Inject
    Irregularities irregularities;

    @GET
    @Operation(
            summary =
                    "Irregularities, the latest first; sessionId: of one session; openReferrals=true: referred and not yet decided")
    public List<IrregularityView> list(
            @QueryParam("sessionId") Long sessionId, @QueryParam("openReferrals") boolean openReferrals) {
        return irregularities.list(sessionId, openReferrals);
    }

    @POST
    @Extension(name = CreatedResponses.EXTENSION, value = "licensing/irregularities/{id}")
    @Operation(
            summary =
                    "Record an irregularity at a sitting; cheating (notes in a reference book included) invalidates the result and "
                            + "refers the matter to the licensing subcommittee")
    public IrregularityView record(CheckInCommands.RecordIrregularity command) {
        return irregularities.record(command);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An irregularity and its referral")
    public IrregularityView irregularity(@PathParam("id") long id) {
        return irregularities.irregularity(id);
    }

    @POST
    @Path("{id}/referral/decision")
    @Operation(
            summary =
                    "Record the licensing subcommittee's decision on a referral (day, reference, outcome), once (107.1.5 C.2)")
    public IrregularityView decide(@PathParam("id") long id, CheckInCommands.DecideReferral command) {
        return irregularities.decide(id, command);
    }
}
