package org.tryon.governance.officers.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.governance.officers.application.ClosedSessions;

/** The purposes for which a public body may hold a closed session (G.S. 143-318.11(a)), as data. */
@Path("governance/closed-session-purposes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Commission governance")
public class ClosedSessionPurposeResource {

    @Inject
    ClosedSessions closedSessions;

    @GET
    @Operation(
            summary =
                    "The purposes of G.S. 143-318.11(a), each with its subsection and what a motion under it must also state")
    public List<ClosedSessions.PurposeView> purposes() {
        return closedSessions.purposes();
    }
}
