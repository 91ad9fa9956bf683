package org.tryon.fees.adjustment.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.fees.adjustment.application.AdjustmentAppeals;
import org.tryon.fees.adjustment.application.AdjustmentRecap;
import org.tryon.fees.adjustment.application.DecideAppeal;
import org.tryon.fees.adjustment.application.FileAppeal;
import org.tryon.fees.adjustment.application.RecordArrangement;
import org.tryon.fees.adjustment.application.ReinspectionAdjustments;
import org.tryon.platform.rest.CreatedResponses;

/**
 * A project's re-inspection fee adjustment (Re-Inspection Fee Program) over HTTP, under the projects API and its
 * roles. Its own root path below the project: a root at {@code projects/{projectId}} would take
 * every request for a project's other resources (its plans) that has a method here.
 */
@Path("projects/{projectId}/reinspection-adjustment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fees and ledger")
public class ReinspectionAdjustmentResource {

    @Inject
    ReinspectionAdjustments adjustments;

    @Inject
    AdjustmentAppeals appeals;

    @GET
    @Operation(
            summary =
                    "The recap sheet of the project's re-inspection fee adjustment computed as of today, not posted: inspections and "
                            + "failures per trade, the rate raw and rounded with its rule, the schedule line, the limits and the charge or credit; with "
                            + "what was applied before the certificate (Re-Inspection Fee Program)")
    public AdjustmentRecap recap(@PathParam("projectId") long projectId) {
        return adjustments.recap(projectId);
    }

    @PUT
    @Path("arrangement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Record who answers for the adjustment of a project with several contractors: each prime for its own work "
                            + "(commercial multi-primes) or the contractor they agreed on (Re-Inspection Fee Program); not once the adjustment is applied")
    public AdjustmentRecap arrangement(@PathParam("projectId") long projectId, RecordArrangement command) {
        return adjustments.recordArrangement(projectId, command);
    }

    @GET
    @Path("appeals")
    @Operation(
            summary =
                    "The appeals of the project's applied re-inspection fee adjustment with the director's decisions (Re-Inspection Fee Program)")
    public List<AdjustmentRecap.Appeal> appeals(@PathParam("projectId") long projectId) {
        return appeals.list(projectId);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "projects/{projectId}/reinspection-adjustment/appeals")
    @APIResponseSchema(value = AdjustmentRecap.Appeal.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("appeals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "File the customer's appeal of the project's applied adjustment: its grounds and the day received; once per applied "
                            + "adjustment (permit technician, administrator; Re-Inspection Fee Program)")
    public Response fileAppeal(@PathParam("projectId") long projectId, FileAppeal command) {
        return Response.status(Response.Status.CREATED)
                .entity(appeals.file(projectId, command))
                .build();
    }

    @POST
    @Path("appeals/{appealId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "The director's decision on an appeal, once: UPHELD (nothing posts) or CHANGED with a reason and the new amount "
                            + "(positive a charge, negative a credit, zero none): the original posting is reversed and the new amount posted (administrator; "
                            + "Re-Inspection Fee Program)")
    public AdjustmentRecap.Appeal decide(
            @PathParam("projectId") long projectId, @PathParam("appealId") long appealId, DecideAppeal command) {
        return appeals.decide(projectId, appealId, command);
    }
}
