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
import org.tryon.licensing.eligibility.application.EligibilityViews.RuleView;
import org.tryon.licensing.eligibility.application.ExamRules;
import org.tryon.platform.rest.CreatedResponses;

/** The exam rules per certificate type, effective-dated (106): the history and a new rule from a day not before today. */
@Path("licensing/exam-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing exams")
public class ExamRuleResource {

    @Inject
    ExamRules rules;

    @GET
    @Path("{type}")
    @Operation(summary = "The rule history of a certificate type, newest first, the one in force today marked")
    public List<RuleView> history(@PathParam("type") String type) {
        return rules.rules(type);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "licensing/exam-rules/{certificateType}")
    @APIResponseSchema(value = RuleView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Operation(
            summary =
                    "Record a new rule for a certificate type from a day not before the county's today (one per day): questions, minutes, "
                            + "cut score, fee, retake wait, attempts, experience months, eligibility valid days, code book, renewal, CE hours, least weekly hours")
    public RuleView record(EligibilityCommands.RecordRule command) {
        return rules.record(command);
    }
}
