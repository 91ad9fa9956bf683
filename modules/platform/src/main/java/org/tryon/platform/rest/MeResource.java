package org.tryon.platform.rest;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;

/**
 * Who the server takes the caller to be: the user name and the roles the container grants this
 * request (screens show them; clients check their credentials or session with it). Any signed-in
 * user.
 */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
public class MeResource {

    @Inject
    SecurityContext security;

    /** The caller and the roles of {@link Roles#ALL} it is in, in that order. */
    public record Me(String username, List<String> roles) {}

    @GET
    @Operation(summary = "The signed-in user and the roles this request runs with")
    public Me me() {
        return new Me(
                CurrentUser.nameFrom(security),
                Roles.ALL.stream().filter(security::isCallerInRole).toList());
    }
}
