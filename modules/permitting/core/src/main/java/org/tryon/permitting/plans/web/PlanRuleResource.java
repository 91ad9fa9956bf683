package org.tryon.permitting.plans.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.permitting.plans.application.AddPlanRule;
import org.tryon.permitting.plans.application.PlanRuleView;
import org.tryon.permitting.plans.application.PlanRules;
import org.tryon.platform.rest.CreatedResponses;

@Path("plan-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Permitting")
public class PlanRuleResource {

    /** The last day a retired rule applies. */
    public record Retire(LocalDate lastDay) {}

    @Inject
    PlanRules rules;

    @GET
    @Operation(summary = "The rules that say which permits need plans, a seal or plan review (108.8 E, F.1)")
    public List<PlanRuleView> list() {
        return rules.list();
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "plan-rules")
    @POST
    @Operation(summary = "Add a plan rule from a day no earlier than today (administrator)")
    public PlanRuleView add(AddPlanRule command) {
        return rules.add(command);
    }

    @POST
    @Path("{id}/retirement")
    @Operation(summary = "Retire a plan rule after its last day (administrator)")
    public PlanRuleView retire(@PathParam("id") long id, Retire command) {
        return rules.retire(id, command == null ? null : command.lastDay());
    }
}
