package org.tryon.permitting.permits.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.permitting.permits.application.CreateProject;
import org.tryon.permitting.permits.application.DesignateMega;
import org.tryon.permitting.permits.application.ProjectView;
import org.tryon.permitting.permits.application.Projects;
import org.tryon.permitting.plans.application.PlanSubmissionView;
import org.tryon.permitting.plans.application.RecordReview;
import org.tryon.permitting.plans.application.SubmitPlans;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.rest.CreatedResponses;

@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Permitting")
public class ProjectResource {

    @Inject
    Projects projects;

    @GET
    @Operation(summary = "Projects whose name, street address or parcel number (PIN) contains q, newest first")
    public List<ProjectView> search(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("100") int limit) {
        return projects.search(q, limit);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "projects/{id}")
    @APIResponseSchema(value = ProjectView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Operation(
            summary =
                    "Create a project with its owner (106); it is classified residential or commercial, small or large, Mega or not")
    public Response create(CreateProject command, @Context UriInfo uri) {
        ProjectView created = projects.create(command);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public ProjectView get(@PathParam("id") long id) {
        return projects.get(id);
    }

    @POST
    @Path("{id}/mega-designation")
    @Operation(summary = "Designate a Mega Project of similar size or complexity (106; the administrator)")
    public ProjectView designateMega(@PathParam("id") long id, DesignateMega command) {
        return projects.designateMega(id, command);
    }

    @GET
    @Path("{id}/plans")
    @Operation(summary = "The project's plan review cycles with each discipline's result and comments")
    public List<PlanSubmissionView> plans(@PathParam("id") long id) {
        return projects.plans(id);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "projects/{id}/plans")
    @POST
    @Path("{id}/plans")
    @Operation(
            summary =
                    "Submit plans for the next review cycle (108.8 E: author by name and address; seal where the plans bear one)")
    public PlanSubmissionView submitPlans(@PathParam("id") long id, SubmitPlans command) {
        return projects.submitPlans(id, command);
    }

    @POST
    @Path("plan-submissions/{submissionId}/reviews")
    @Operation(summary = "Record a discipline's result and comments (plan reviewers)")
    public PlanSubmissionView review(@PathParam("submissionId") long submissionId, RecordReview command) {
        return projects.recordReview(submissionId, command);
    }

    @POST
    @Path("plan-submissions/{submissionId}/picked-up")
    @Operation(summary = "The customer picked the drawings up (108.8.3)")
    public PlanSubmissionView pickedUp(@PathParam("submissionId") long submissionId) {
        return projects.drawingsPickedUp(submissionId);
    }

    @POST
    @Path("plan-submissions/{submissionId}/destruction-notice")
    @Operation(
            summary =
                    "Give written notice that drawings not picked up will be destroyed (108.8.3: at least 10 days' notice)")
    public PlanSubmissionView destructionNotice(@PathParam("submissionId") long submissionId) {
        return projects.drawingsDestructionNotice(submissionId);
    }

    @POST
    @Path("plan-submissions/{submissionId}/destroyed")
    @Operation(
            summary =
                    "Destroy drawings not picked up within 30 days of review completion, after the notice (108.8.3); comments are kept")
    public PlanSubmissionView destroyed(@PathParam("submissionId") long submissionId) {
        return projects.drawingsDestroyed(submissionId);
    }

    @GET
    @Path("{id}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return projects.history(id);
    }
}
