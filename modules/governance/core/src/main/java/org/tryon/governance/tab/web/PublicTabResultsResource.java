package org.tryon.governance.tab.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.governance.tab.application.TabResults;
import org.tryon.governance.tab.application.TabViews;

/** The TAB's meeting results for everyone, without signing in (107.2.4 M): each item's pro/con summary, concurrences and recommendation. */
@Path("public/tab-results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public records")
public class PublicTabResultsResource {

    @Inject
    TabResults results;

    @GET
    @Operation(summary = "The results of the TAB's meetings, newest first (107.2.4 M)")
    public List<TabViews.PublicMeeting> all() {
        return results.publicResults();
    }

    @GET
    @Path("{meetingId}")
    @Operation(summary = "One TAB meeting's results (107.2.4 M)")
    public TabViews.PublicMeeting one(@PathParam("meetingId") long meetingId) {
        return results.publicResults(meetingId);
    }
}
