package org.tryon.licensing.eligibility.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.licensing.eligibility.application.Eligibility;
import org.tryon.licensing.eligibility.application.EligibilityCommands;
import org.tryon.licensing.eligibility.application.EligibilityViews.ApplicationRow;
import org.tryon.licensing.eligibility.application.EligibilityViews.ApplicationView;
import org.tryon.platform.pdf.PdfDocumentBuilder;
import org.tryon.platform.rest.CreatedResponses;
import org.tryon.platform.rest.Downloads;

/** Applications to sit an examination and their eligibility (106): staff's side. */
@Path("licensing/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing exams")
public class ExamApplicationResource {

    @Inject
    Eligibility eligibility;

    @GET
    @Operation(
            summary =
                    "Applications, newest first; of one status (`status`: SUBMITTED, ELIGIBLE, INELIGIBLE, WITHDRAWN, LAPSED) and one "
                            + "certificate type (`type`) if given")
    public List<ApplicationRow> list(@QueryParam("status") String status, @QueryParam("type") String type) {
        return eligibility.list(status, type);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "licensing/applications/{id}")
    @APIResponseSchema(value = ApplicationView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Operation(
            summary =
                    "Enter an application received on paper: identity (name, date of birth, mailing address), contact, certificate type, "
                            + "experience lines and references; refused for a type renewed only or issued by a state board (106)")
    public ApplicationView enter(EligibilityCommands.Apply command) {
        return eligibility.enter(command);
    }

    @GET
    @Path("{id}")
    @Operation(
            summary =
                    "An application with its experience, references and the eligibility arithmetic by the rule in force on the application day")
    public ApplicationView get(@PathParam("id") long id) {
        return eligibility.get(id);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "licensing/applications/{id}")
    @APIResponseSchema(value = ApplicationView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("{id}/experience")
    @Operation(summary = "Add a job of training: employer, supervisor and their license number, from, to, hours a week")
    public ApplicationView addExperience(@PathParam("id") long id, EligibilityCommands.AddExperience command) {
        return eligibility.addExperience(id, command);
    }

    @POST
    @Path("{id}/experience/{lineId}/verification")
    @Operation(summary = "Staff verified the job (no body)")
    public ApplicationView verifyExperience(@PathParam("id") long id, @PathParam("lineId") long lineId) {
        return eligibility.checkExperience(id, lineId, true, null);
    }

    @POST
    @Path("{id}/experience/{lineId}/rejection")
    @Operation(summary = "Staff rejected the job, for the reason given in `reason` (no body)")
    public ApplicationView rejectExperience(
            @PathParam("id") long id, @PathParam("lineId") long lineId, @QueryParam("reason") String reason) {
        return eligibility.checkExperience(id, lineId, false, reason);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "licensing/applications/{id}")
    @APIResponseSchema(value = ApplicationView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("{id}/references")
    @Operation(summary = "Add a reference: name, contact, relation")
    public ApplicationView addReference(@PathParam("id") long id, EligibilityCommands.AddReference command) {
        return eligibility.addReference(id, command);
    }

    @POST
    @Path("{id}/references/{referenceId}/verification")
    @Operation(summary = "Staff verified the reference (no body)")
    public ApplicationView verifyReference(@PathParam("id") long id, @PathParam("referenceId") long referenceId) {
        return eligibility.checkReference(id, referenceId, true, null);
    }

    @POST
    @Path("{id}/references/{referenceId}/rejection")
    @Operation(summary = "Staff rejected the reference, for the reason given in `reason` (no body)")
    public ApplicationView rejectReference(
            @PathParam("id") long id, @PathParam("referenceId") long referenceId, @QueryParam("reason") String reason) {
        return eligibility.checkReference(id, referenceId, false, reason);
    }

    @POST
    @Path("{id}/decision")
    @Operation(
            summary =
                    "Decide eligibility by the rule in force on the application day (106): verified supervised training, overlapping jobs "
                            + "counted once, whole months against the months required; every line checked first (no body)")
    public ApplicationView decide(@PathParam("id") long id) {
        return eligibility.decide(id);
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "The candidate withdrew the application (no body)")
    public ApplicationView withdraw(@PathParam("id") long id) {
        return eligibility.withdraw(id);
    }

    @GET
    @Path("{id}/letter.pdf")
    @Produces(PdfDocumentBuilder.MEDIA_TYPE)
    @Operation(summary = "The decision letter as PDF: eligible or not, the rule applied and the arithmetic")
    public Response letter(@PathParam("id") long id) {
        return Downloads.inlinePdf(eligibility.letter(id), "eligibility-" + id + ".pdf");
    }
}
