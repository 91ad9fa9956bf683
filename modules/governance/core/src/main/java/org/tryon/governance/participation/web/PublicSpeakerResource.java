package org.tryon.governance.participation.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.governance.participation.application.PublicAppearances;
import org.tryon.governance.participation.application.SpeakerCommands;
import org.tryon.governance.participation.application.SpeakersView;
import org.tryon.platform.rest.CreatedResponses;

/** The public appearance sign-up without sign-in (107.1.4 F): before the meeting is called to order. */
@Path("public/meetings/{meetingId}/speakers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Public records")
public class PublicSpeakerResource {

    @Inject
    PublicAppearances appearances;

    @Extension(name = CreatedResponses.EXTENSION, value = "meetings/{meetingId}/speakers")
    @APIResponseSchema(value = SpeakersView.Receipt.class, responseCode = "201", responseDescription = "Signed up")
    @POST
    @Operation(
            summary =
                    "Sign up to speak at a meeting, for an agenda item or other business with a short description, before the meeting "
                            + "starts (107.1.4 F: three minutes per speaker, ten in all on one matter); refused once it is called to order")
    public SpeakersView.Receipt signUp(@PathParam("meetingId") long meetingId, SpeakerCommands.SignUp command) {
        return appearances.signUpPublicly(meetingId, command);
    }
}
