package org.tryon.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.tryon.platform.health.DatabaseWatch;
import org.tryon.platform.migration.SchemaMigrator;

/**
 * The application's own health: up only when it is deployed, its schema is migrated and the
 * database answers. Start scripts and load balancers ask this, not the server's log.
 */
@Path("health")
public class HealthResource {

    @Inject
    DatabaseWatch watch;

    @Inject
    SchemaMigrator migrator;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(
            responseCode = "200",
            description = "UP: the database answers and every migration has run",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            example =
                                                    "{\"status\":\"UP\",\"database\":\"UP\",\"schema\":\"MIGRATED\"}")))
    @APIResponse(
            responseCode = "503",
            description = "DOWN: the database does not answer or the schema is not migrated",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            example =
                                                    "{\"status\":\"DOWN\",\"database\":\"DOWN\",\"schema\":\"MIGRATED\"}")))
    public Response health() {
        // the probe's state, never a connection of the pool: the pool's connections hang while the database does not
        // answer
        boolean database = watch.available();
        boolean up = database && migrator.isDone();
        return Response.status(up ? 200 : 503)
                .header("Retry-After", up ? null : watch.retryAfterSeconds())
                .entity(Map.of(
                        "status",
                        up ? "UP" : "DOWN",
                        "database",
                        database ? "UP" : "DOWN",
                        "schema",
                        migrator.isDone() ? "MIGRATED" : "PENDING"))
                .build();
    }
}
