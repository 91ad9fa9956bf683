package org.tryon.governance.notices.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.governance.notices.application.NoticeViews;
import org.tryon.governance.notices.application.PublicMeetings;
import org.tryon.platform.pdf.PdfDocumentBuilder;
import org.tryon.platform.rest.Downloads;

/** The public meeting pages' data, without sign-in (107.1.4 B, 107.2.4 B; G.S. 143-318.12): only public records. */
@Path("public/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public records")
public class PublicMeetingResource {

    /** Upcoming meetings shown (all bodies), and past ones. */
    static final int UPCOMING = 100;

    static final int PAST = 36;

    @Inject
    PublicMeetings publicMeetings;

    @GET
    @Operation(
            summary =
                    "Upcoming meetings of every body with their last notice, and the latest past meetings with the day their minutes "
                            + "were approved (no sign-in)")
    public NoticeViews.PublicMeetingList list() {
        return publicMeetings.list(UPCOMING, PAST);
    }

    @GET
    @Path("{id}")
    @Operation(
            summary =
                    "A meeting: its notices, recesses, agenda with the items' detail or summary and results, resolutions, and links to "
                            + "the agenda packet and the approved minutes (no sign-in)")
    public NoticeViews.PublicMeetingView get(@PathParam("id") long id) {
        return publicMeetings.meeting(id);
    }

    @GET
    @Path("{id}/agenda.pdf")
    @Produces(PdfDocumentBuilder.MEDIA_TYPE)
    @Operation(summary = "The agenda and its packet as PDF, published with the notice (no sign-in)")
    public Response agendaPacket(@PathParam("id") long id) {
        return Downloads.inlinePdf(publicMeetings.agendaPacket(id), "agenda-" + id + ".pdf");
    }

    @GET
    @Path("{id}/minutes.pdf")
    @Produces(PdfDocumentBuilder.MEDIA_TYPE)
    @Operation(summary = "The approved minutes as PDF; 404 before their approval (a draft is not public; no sign-in)")
    public Response minutes(@PathParam("id") long id) {
        return Downloads.inlinePdf(publicMeetings.minutesPdf(id), "minutes-" + id + ".pdf");
    }
}
