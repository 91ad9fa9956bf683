package org.tryon.app;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under {@code /api/v1}, and the one data source. The database is named by
 * MicroProfile Config, so the same WAR runs on the embedded MariaDB of the start command and on
 * the county's MariaDB: set {@code TRYON_DB_URL}, {@code TRYON_DB_USER} and
 * {@code TRYON_DB_PASSWORD} (see deploy/README.md).
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Tryon API",
                        version = "1",
                        description =
                                "Permits, inspections, fees and ledger, commission governance and licensing exams of the county's "
                                        + "Code Enforcement Department. Errors are application/problem+json."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@DataSourceDefinition(
        name = "java:app/jdbc/tryon",
        className = "org.tryon.app.MariaDbLocalDataSource",
        url = "${MPCONFIG=tryon.db.url}",
        user = "${MPCONFIG=tryon.db.user}",
        password = "${MPCONFIG=tryon.db.password}",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
public class TryonApplication extends Application {}
