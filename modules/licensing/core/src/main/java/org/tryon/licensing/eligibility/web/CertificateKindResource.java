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
import org.tryon.licensing.eligibility.application.EligibilityViews.KindView;
import org.tryon.licensing.eligibility.application.EligibilityViews.TypeView;
import org.tryon.licensing.eligibility.application.ExamRules;
import org.tryon.platform.rest.CreatedResponses;

/** What each certificate type is over time: EXAMINED, RENEWAL_ONLY, STATE_CREDENTIAL (106; effective-dated). */
@Path("licensing/certificate-kinds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing exams")
public class CertificateKindResource {

    @Inject
    ExamRules rules;

    @GET
    @Operation(summary = "Every certificate type with what it is today and its issuing state board, if any")
    public List<TypeView> types() {
        return rules.types();
    }

    @GET
    @Path("{type}")
    @Operation(summary = "What a certificate type was from which day, newest first")
    public List<KindView> history(@PathParam("type") String type) {
        return rules.kinds(type);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "licensing/certificate-kinds/{type}")
    @APIResponseSchema(value = KindView[].class, responseCode = "201", responseDescription = "Created: the history")
    @POST
    @Path("{type}")
    @Operation(
            summary =
                    "Record what a certificate type is from a day not before the county's today (one per day); the examined dates follow")
    public List<KindView> record(@PathParam("type") String type, EligibilityCommands.RecordKind command) {
        return rules.recordKind(type, command);
    }
}
