package org.tryon.licensing.checkin.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.licensing.checkin.application.CheckInCommands;
import org.tryon.licensing.checkin.application.CheckInViews.CheckInView;
import org.tryon.licensing.checkin.application.CheckInViews.NameChangeView;
import org.tryon.licensing.checkin.application.CheckInViews.RosterView;
import org.tryon.licensing.checkin.application.CheckInViews.SessionView;
import org.tryon.licensing.checkin.application.CheckIns;
import org.tryon.platform.pdf.PdfDocumentBuilder;
import org.tryon.platform.rest.CreatedResponses;
import org.tryon.platform.rest.Downloads;

/** The proctor's roster (JSON and the PDF sign-in sheet), check-in and approved name changes (107.1.5 C). */
@Path("licensing/check-in")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing exams")
public class CheckInResource {

    @Inject
    CheckIns checkIns;

    @GET
    @Path("sessions")
    @Operation(
            summary =
                    "The exam sessions the caller proctors from 30 days ago on (a delegate: those delegated to them, 107.1.5 C)")
    public List<SessionView> sessions() {
        return checkIns.sessions();
    }

    @GET
    @Path("sessions/{sessionId}/roster")
    @Operation(
            summary =
                    "The proctor's roster of a session, by name: status, accommodations, check-in and the access code after check-in")
    public RosterView roster(@PathParam("sessionId") long sessionId) {
        return checkIns.roster(sessionId);
    }

    @GET
    @Path("sessions/{sessionId}/roster.pdf")
    @Produces(PdfDocumentBuilder.MEDIA_TYPE)
    @Operation(
            summary =
                    "The sign-in sheet of a session as PDF: names, ID check columns, accommodations and signature lines")
    public Response rosterPdf(@PathParam("sessionId") long sessionId) {
        return Downloads.inlinePdf(checkIns.rosterPdf(sessionId), "sign-in-sheet-" + sessionId + ".pdf");
    }

    @POST
    @Path("registrations/{registrationId}")
    @Extension(name = CreatedResponses.EXTENSION, value = "licensing/check-in/registrations/{registrationId}")
    @Operation(
            summary =
                    "Check a candidate in: a confirmed registration, a government photo ID matching the registered name (or an approved "
                            + "name change), within the late-arrival limit; gives a locked form and the kiosk's access code")
    public CheckInView checkIn(@PathParam("registrationId") long registrationId, CheckInCommands.CheckIn command) {
        return checkIns.checkIn(registrationId, command);
    }

    @GET
    @Path("registrations/{registrationId}")
    @Operation(summary = "The check-in of a registration: identity document (last digits only), form and access code")
    public CheckInView checkInOf(@PathParam("registrationId") long registrationId) {
        return checkIns.checkInOf(registrationId);
    }

    @POST
    @Path("name-changes")
    @Extension(name = CreatedResponses.EXTENSION, value = "licensing/check-in/name-changes/{id}")
    @Operation(
            summary =
                    "Record an approved name change of a candidate (exam administrator): check-in accepts an ID in that name")
    public NameChangeView recordNameChange(CheckInCommands.RecordNameChange command) {
        return checkIns.recordNameChange(command);
    }

    @GET
    @Path("name-changes/{id}")
    @Operation(summary = "An approved name change")
    public NameChangeView nameChange(@PathParam("id") long id) {
        return checkIns.nameChange(id);
    }
}
