package org.tryon.governance.tab.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.governance.tab.application.TabCommands;
import org.tryon.governance.tab.application.TabLinks;
import org.tryon.governance.tab.application.TabMeetings;
import org.tryon.governance.tab.application.TabRecords;
import org.tryon.governance.tab.application.TabResults;
import org.tryon.governance.tab.application.TabViews;
import org.tryon.governance.tab.domain.CalendarQuarter;
import org.tryon.permitting.api.PermitParties.PartyKind;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.rest.CreatedResponses;
import org.tryon.platform.rest.Downloads;

/**
 * The TAB's conflicts of interest proposed from permit data and declared (107.2.4 J.1), referrals to the
 * NC Department of Insurance (107.2.4 J.2), the chair's pro/con summary with each concurrence
 * (107.2.4 I), recommendations with the interpretation proposed and decided (107.2.4 K, 107.2.5 G) and
 * the quarterly report to the BDC (107.2.4 L).
 */
@Path("governance/tab")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Commission governance")
public class TabResource {

    @Inject
    TabLinks links;

    @Inject
    TabMeetings meetings;

    @Inject
    TabRecords records;

    @Inject
    TabResults results;

    @GET
    @Path("members")
    @Operation(
            summary =
                    "The TAB's members seated today with their links to contractor firms, design professionals and owners in permitting")
    public List<TabViews.MemberLinks> members() {
        return links.members();
    }

    @GET
    @Path("parties")
    @Operation(
            summary =
                    "Parties on permitting's record to link a member to: kind CONTRACTOR, DESIGN_PROFESSIONAL or OWNER, q part of the name")
    public List<TabViews.PartyView> parties(@QueryParam("kind") String kind, @QueryParam("q") String q) {
        return links.parties(kind(kind), q);
    }

    @GET
    @Path("members/{personId}/links")
    @Operation(summary = "A member's links, removed ones included")
    public List<TabViews.LinkView> links(@PathParam("personId") long personId) {
        return links.links(personId);
    }

    @POST
    @Path("members/{personId}/links")
    @Extension(name = CreatedResponses.EXTENSION, value = "governance/tab/members/{personId}/links")
    @Operation(
            summary =
                    "Link a TAB member to a party on permitting's record (107.2.4 J.1: conflicts are proposed from the links)")
    public TabViews.LinkView addLink(@PathParam("personId") long personId, TabCommands.AddLink command) {
        return links.add(personId, command);
    }

    @POST
    @Path("links/{linkId}/removal")
    @Operation(summary = "Remove a link from now on (it stays in the record); no body")
    public TabViews.LinkView removeLink(@PathParam("linkId") long linkId) {
        return links.remove(linkId);
    }

    @PUT
    @Path("items/{itemId}/project")
    @Operation(
            summary =
                    "Name the project (permitting's id, query parameter projectId) a TAB item is about when it names no permit; no body")
    public TabViews.MeetingView setProject(
            @PathParam("itemId") long itemId, @QueryParam("projectId") String projectId) {
        if (projectId == null || !projectId.trim().matches("\\d{1,18}")) {
            throw new RuleViolationException("projectId", "required", "Give the project's id, a number");
        }
        links.setProject(itemId, Long.parseLong(projectId.trim()));
        return meetings.meeting(meetings.meetingOfItem(itemId));
    }

    @GET
    @Path("meetings/{meetingId}")
    @Operation(
            summary =
                    "A TAB meeting's record: conflicts proposed from permit data and declared, quorum per item, summaries, "
                            + "concurrences, recommendations, referrals")
    public TabViews.MeetingView meeting(@PathParam("meetingId") long meetingId) {
        return meetings.meeting(meetingId);
    }

    @GET
    @Path("meetings/{meetingId}/declarations/{personId}")
    @Operation(
            summary =
                    "What a member declares at the beginning of the meeting: each item with the conflicts proposed for them (107.2.4 J.1)")
    public TabViews.MemberDeclaration declaration(
            @PathParam("meetingId") long meetingId, @PathParam("personId") long personId) {
        return meetings.declarationOf(meetingId, personId);
    }

    @POST
    @Path("meetings/{meetingId}/declarations")
    @Extension(name = CreatedResponses.EXTENSION, value = "governance/tab/meetings/{meetingId}/declarations/{personId}")
    @Operation(
            summary =
                    "A present member's declaration at the beginning of the meeting: the items they have a conflict with "
                            + "(none is a declaration too; 107.2.4 J.1)")
    public TabViews.MemberDeclaration declare(@PathParam("meetingId") long meetingId, TabCommands.Declare command) {
        return meetings.declare(meetingId, command);
    }

    @POST
    @Path("items/{itemId}/bullets")
    @Extension(name = CreatedResponses.EXTENSION, value = "governance/tab/meetings/{meetingId}")
    @Operation(
            summary =
                    "A bullet of the chair's summary of the arguments for (PRO) or against (CON) the proposal (107.2.4 I)")
    public TabViews.MeetingView addBullet(@PathParam("itemId") long itemId, TabCommands.AddBullet command) {
        return records.addBullet(itemId, command);
    }

    @POST
    @Path("items/{itemId}/concurrences")
    @Extension(name = CreatedResponses.EXTENSION, value = "governance/tab/meetings/{meetingId}")
    @Operation(
            summary =
                    "A present member without a conflict concurs with the summary (107.2.4 I); a conflicted member is refused (107.2.4 J.1)")
    public TabViews.MeetingView concur(@PathParam("itemId") long itemId, TabCommands.Concur command) {
        return records.concur(itemId, command);
    }

    @POST
    @Path("items/{itemId}/recommendation")
    @Extension(name = CreatedResponses.EXTENSION, value = "governance/tab/meetings/{meetingId}")
    @Operation(
            summary =
                    "The TAB's recommendation on the item, once the summary is concurred (107.2.4 I, K); binds no one (107.2.5 G)")
    public TabViews.MeetingView recommend(@PathParam("itemId") long itemId, TabCommands.Recommend command) {
        return records.recommend(itemId, command);
    }

    @GET
    @Path("recommendations")
    @Operation(
            summary =
                    "The TAB's recommendations, newest first, with the interpretation proposed and decided; open=true: not decided yet")
    public List<TabViews.RecommendationView> recommendations(@QueryParam("open") boolean open) {
        return records.recommendations(open);
    }

    @POST
    @Path("recommendations/{id}/interpretation")
    @Operation(
            summary =
                    "The trade code administrator records the interpretation proposed to the administrator (107.2.4 K)")
    public TabViews.RecommendationView propose(@PathParam("id") long id, TabCommands.Propose command) {
        return records.propose(id, command);
    }

    @POST
    @Path("recommendations/{id}/decision")
    @Operation(summary = "The administrator's decision on the proposed interpretation (107.2.5 G)")
    public TabViews.RecommendationView decide(@PathParam("id") long id, TabCommands.Decide command) {
        return records.decide(id, command);
    }

    @GET
    @Path("referrals")
    @Operation(
            summary =
                    "Referrals to the NC Department of Insurance Evaluation Services Section (107.2.4 J.2); status SENT, ANSWERED, CLOSED")
    public List<TabViews.ReferralView> referrals(@QueryParam("status") String status) {
        return records.referrals(status);
    }

    @GET
    @Path("referrals/{id}")
    @Operation(summary = "One referral to the NC Department of Insurance (107.2.4 J.2)")
    public TabViews.ReferralView referral(@PathParam("id") long id) {
        return records.referral(id);
    }

    @POST
    @Path("referrals")
    @Extension(name = CreatedResponses.EXTENSION, value = "governance/tab/referrals/{id}")
    @Operation(
            summary =
                    "Refer a project involving a member, or that would benefit one, to the NC Department of Insurance Evaluation "
                            + "Services Section (107.2.4 J.2)")
    public TabViews.ReferralView refer(TabCommands.Refer command) {
        return records.refer(command);
    }

    @POST
    @Path("referrals/{id}/answer")
    @Operation(summary = "The Section's evaluation and recommendation (107.2.4 J.2)")
    public TabViews.ReferralView answer(@PathParam("id") long id, TabCommands.Answer command) {
        return records.answer(id, command);
    }

    @POST
    @Path("referrals/{id}/closure")
    @Operation(summary = "Close a referral (a note is needed when the Section has not answered)")
    public TabViews.ReferralView close(@PathParam("id") long id, TabCommands.Close command) {
        return records.close(id, command);
    }

    @GET
    @Path("reports/{quarter}")
    @Operation(
            summary = "The TAB's report to the BDC for a calendar quarter such as 2026-Q4, from the record (107.2.4 L)")
    public TabViews.QuarterReport report(@PathParam("quarter") String quarter) {
        return results.quarter(CalendarQuarter.parse(quarter));
    }

    @GET
    @Path("reports/{quarter}/report.pdf")
    @Produces(org.tryon.platform.pdf.PdfDocumentBuilder.MEDIA_TYPE)
    @Operation(summary = "The TAB's quarterly report to the BDC as a PDF (107.2.4 L)")
    public Response reportPdf(@PathParam("quarter") String quarter) {
        CalendarQuarter q = CalendarQuarter.parse(quarter);
        return Downloads.inlinePdf(results.quarterPdf(q), "tab-report-" + q + ".pdf");
    }

    static PartyKind kind(String kind) {
        try {
            return PartyKind.valueOf(kind == null ? "" : kind.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("kind", "one-of", "CONTRACTOR, DESIGN_PROFESSIONAL or OWNER");
        }
    }
}
