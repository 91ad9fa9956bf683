package org.tryon.governance.notices.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.governance.notices.application.MeetingNotices;
import org.tryon.governance.notices.application.NoticeViews;

/** The notices of a meeting as posted and sent: each message to whom, when, and its delivery state (G.S. 143-318.12). */
@Path("meetings/{meetingId}/notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Commission governance")
public class NoticeResource {

    @Inject
    MeetingNotices notices;

    @GET
    @Operation(
            summary =
                    "The meeting's notices, newest first, each with its messages: recipient, sent or pending or failed with the reason")
    public List<NoticeViews.NoticeView> list(@PathParam("meetingId") long meetingId) {
        return notices.notices(meetingId);
    }

    @POST
    @Path("{noticeId}/retry")
    @Operation(
            summary = "Try the notice's failed and pending messages again now (after the mail server is back); no body")
    public NoticeViews.NoticeView retry(@PathParam("meetingId") long meetingId, @PathParam("noticeId") long noticeId) {
        return notices.retry(meetingId, noticeId);
    }
}
