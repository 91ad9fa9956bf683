package org.tryon.governance.officers.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.governance.officers.application.OfficerCommands;
import org.tryon.governance.officers.application.Officers;
import org.tryon.platform.rest.CreatedResponses;
import org.tryon.platform.security.StaffDirectory;

/** The officers of the bodies: chairs, elections, elections due after an officer left (107.1.3, 107.2.3). */
@Path("governance/officers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Commission governance")
public class OfficerResource {

    @Inject
    Officers officers;

    @GET
    @Operation(
            summary =
                    "A body's officers: in office today, every term, and the elections due after an officer resigned or rotated off "
                            + "(107.1.3, 107.2.3)")
    public OfficerCommands.OfficersView officers(@QueryParam("commission") String commission) {
        return officers.officers(commission == null ? "BDC" : commission);
    }

    @GET
    @Path("terms/{id}")
    @Operation(summary = "One officer's term")
    public OfficerCommands.Term term(@PathParam("id") long id) {
        return officers.term(id);
    }

    @GET
    @Path("trade-code-administrators")
    @Operation(summary = "The department's trade code administrators, one of whom chairs the TAB (107.2.3)")
    public List<StaffDirectory.Staff> tradeCodeAdministrators() {
        return officers.tradeCodeAdministrators();
    }

    @POST
    @Path("chair")
    @Extension(name = CreatedResponses.EXTENSION, value = "governance/officers/terms/{id}")
    @Operation(
            summary =
                    "A chair: the BDC's appointed by the Board, holding the Chamber of Commerce seat (107.1.3; refused otherwise); the "
                            + "TAB's a trade code administrator (107.2.3, staffUsername); a subcommittee's one of its members")
    public OfficerCommands.Term appointChair(OfficerCommands.AppointChair command) {
        return officers.appointChair(command);
    }

    @POST
    @Path("elections")
    @Extension(name = CreatedResponses.EXTENSION, value = "governance/officers/terms/{id}")
    @Operation(
            summary =
                    "An election at a meeting: the BDC's vice-chair and secretary, the TAB's vice-chair, for one year, at the first "
                            + "meeting of the calendar year or at the meeting an election after an officer left was placed on (107.1.3, 107.2.3)")
    public OfficerCommands.Term elect(OfficerCommands.Elect command) {
        return officers.elect(command);
    }
}
