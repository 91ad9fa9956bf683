package org.tryon.licensing.eligibility.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.licensing.eligibility.application.EligibilityCommands;
import org.tryon.licensing.eligibility.application.EligibilityViews.CredentialView;
import org.tryon.licensing.eligibility.application.StateCredentials;
import org.tryon.platform.rest.CreatedResponses;

/** Credentials issued by state boards, recorded and verified by the department (106), never examined by the county. */
@Path("licensing/state-credentials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing exams")
public class StateCredentialResource {

    @Inject
    StateCredentials credentials;

    @GET
    @Operation(summary = "The state board credentials recorded, by holder")
    public List<CredentialView> list() {
        return credentials.list();
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "licensing/state-credentials/{id}")
    @APIResponseSchema(value = CredentialView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Operation(
            summary =
                    "Record a state board's credential: type (the board follows), holder, license number, class, expiry, verified on, note")
    public CredentialView record(EligibilityCommands.RecordStateCredential command) {
        return credentials.record(command);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A state board credential")
    public CredentialView get(@PathParam("id") long id) {
        return credentials.get(id);
    }
}
