package org.tryon.fees.adjustment.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.fees.adjustment.application.AdjustmentSchedules;
import org.tryon.platform.rest.CreatedResponses;

/** The Reinspection Fee Adjustment Schedules of the Re-Inspection Fee Program. */
@Path("adjustment-schedules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Fees and ledger")
public class AdjustmentScheduleResource {

    @Inject
    AdjustmentSchedules schedules;

    @GET
    @Operation(
            summary =
                    "Re-Inspection Fee Program: every Reinspection Fee Adjustment Schedule, newest first, with its lines and its standing today")
    public List<AdjustmentSchedules.ScheduleView> list() {
        return schedules.schedules();
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "adjustment-schedules")
    @POST
    @Operation(
            summary =
                    "Re-Inspection Fee Program: record a schedule the board adopted, from a day after today (administrator); lines cover every rate "
                            + "from 0 without gap or overlap, the last one open")
    public AdjustmentSchedules.ScheduleView adopt(AdjustmentSchedules.Adopt command) {
        return schedules.adopt(command);
    }
}
