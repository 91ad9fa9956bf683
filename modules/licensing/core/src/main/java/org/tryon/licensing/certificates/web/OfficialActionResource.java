package org.tryon.licensing.certificates.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.licensing.certificates.application.CertificateViews.ActionView;
import org.tryon.licensing.certificates.application.Certificates;
import org.tryon.platform.errors.Inputs;

/** The register of official actions of the licensing subcommittees (107.1.5 C.2): read only; never edited. */
@Path("licensing/official-actions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing exams")
public class OfficialActionResource {

    @Inject
    Certificates certificates;

    @GET
    @Operation(
            summary =
                    "The register, newest first: decided from - to (days), of one kind (ISSUED, RENEWED, SUSPENDED, REINSTATED, REVOKED, "
                            + "DELEGATED_RESULT_APPROVED, DELEGATED_RESULT_REFERRED_BACK)")
    public List<ActionView> register(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("kind") String kind) {
        return certificates.register(
                from == null || from.isBlank() ? null : Inputs.day("from", from),
                to == null || to.isBlank() ? null : Inputs.day("to", to),
                kind);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One official action")
    public ActionView get(@PathParam("id") long id) {
        return certificates.action(id);
    }
}
