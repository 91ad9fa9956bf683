package org.tryon.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.settings.SettingView;
import org.tryon.platform.settings.Settings;

/** The effective-dated settings: every number of a rule, its default from the ordinance, and its changes. Administrator only. */
@Path("settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
public class SettingsResource {

    @Inject
    Settings settings;

    @GET
    public List<SettingView> list() {
        return settings.views();
    }

    @GET
    @Path("{key}")
    public SettingView get(@PathParam("key") String key) {
        return settings.view(key);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "settings/{key}")
    @APIResponseSchema(value = SettingView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("{key}/values")
    @Operation(summary = "Record a new value of a setting from a date on (not before today)")
    public Response record(@PathParam("key") String key, SettingView.NewValue value) {
        if (value == null) {
            throw new RuleViolationException("body", "required", "A request body is required");
        }
        settings.record(key, value.effectiveFrom(), value.value(), value.reason());
        return Response.status(201).entity(settings.view(key)).build();
    }
}
