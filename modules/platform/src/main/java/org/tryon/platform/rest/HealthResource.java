package org.tryon.platform.rest;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.tryon.platform.migration.SchemaMigrator;

/**
 * The application's own health: up only when it is deployed, its schema is migrated and the
 * database answers. Start scripts and load balancers ask this, not the server's log.
 */
@Path("health")
public class HealthResource {

    @Resource(lookup = "java:app/jdbc/tryon")
    DataSource dataSource;

    @Inject
    SchemaMigrator migrator;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean database;
        try (Connection c = dataSource.getConnection()) {
            database = c.isValid(2);
        } catch (Exception e) {
            database = false;
        }
        boolean up = database && migrator.isDone();
        return Response.status(up ? 200 : 503)
                .entity(Map.of("status", up ? "UP" : "DOWN", "database", database ? "UP" : "DOWN", "schema",
                        migrator.isDone() ? "MIGRATED" : "PENDING"))
                .build();
    }
}
