package org.tryon.governance.participation.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.governance.participation.application.PublicAppearances;
import org.tryon.governance.participation.application.SpeakerCommands;
import org.tryon.governance.participation.application.SpeakersView;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.rest.CreatedResponses;

/** The public appearance at a meeting, for the clerk (107.1.4 F): sign-ups, the floor given and taken back, the timer. */
@Path("meetings/{meetingId}/speakers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Commission governance")
public class SpeakerResource {

    @Inject
    PublicAppearances appearances;

    @Inject
    Clock clock;

    @GET
    @Operation(
            summary =
                    "The speakers signed up, in order, with the time each spoke and the timer of the one who has the floor (speaker's and "
                            + "matter's time left, 107.1.4 F)")
    public SpeakersView list(@PathParam("meetingId") long meetingId) {
        return appearances.speakers(meetingId);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "meetings/{meetingId}/speakers")
    @APIResponseSchema(
            value = SpeakersView.class,
            responseCode = "201",
            responseDescription = "Created: the speakers with the new one")
    @POST
    @Operation(
            summary =
                    "Enter a sign-up from the sheet: now, or at the county time given in `signedUpAt`, before the call to order (107.1.4 F)")
    public SpeakersView signUp(
            @PathParam("meetingId") long meetingId,
            @QueryParam("signedUpAt") String signedUpAt,
            SpeakerCommands.SignUp command) {
        return appearances.signUpByClerk(meetingId, command, moment(signedUpAt));
    }

    @POST
    @Path("{speakerId}/start")
    @Operation(
            summary =
                    "Give the speaker the floor now: three minutes or what is left of the matter's ten (107.1.4 F); no body")
    public SpeakersView start(@PathParam("meetingId") long meetingId, @PathParam("speakerId") long speakerId) {
        return appearances.start(meetingId, speakerId);
    }

    @POST
    @Path("{speakerId}/stop")
    @Operation(summary = "Take the floor back now; the time spoken is kept for the minutes; no body")
    public SpeakersView stop(@PathParam("meetingId") long meetingId, @PathParam("speakerId") long speakerId) {
        return appearances.stop(meetingId, speakerId);
    }

    private LocalDateTime moment(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return org.tryon.platform.time.CountyTime.parse(text, clock.getZone());
        } catch (java.time.format.DateTimeParseException e) {
            throw new RuleViolationException(
                    "signedUpAt", "date-time", "'" + text + "' is not a time like 2026-11-10T14:45");
        }
    }
}
