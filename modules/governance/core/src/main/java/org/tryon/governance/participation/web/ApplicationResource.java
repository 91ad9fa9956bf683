package org.tryon.governance.participation.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.governance.participation.application.ApplicationCommands;
import org.tryon.governance.participation.application.ApplicationView;
import org.tryon.governance.participation.application.SeatApplications;
import org.tryon.platform.pdf.PdfDocumentBuilder;
import org.tryon.platform.rest.CreatedResponses;
import org.tryon.platform.rest.Downloads;

/** The clerk's applications for seats: review, forward to the appointing body as a packet (107.1.1 A, 107.2.1). */
@Path("governance/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Commission governance")
public class ApplicationResource {

    @Inject
    SeatApplications applications;

    @GET
    @Operation(
            summary =
                    "Applications for seats, newest first; of one body (`commission`) and one status (`status`) if given")
    public List<ApplicationView> list(
            @QueryParam("commission") String commission, @QueryParam("status") String status) {
        return applications.list(commission, status);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "governance/applications/{reference}")
    @APIResponseSchema(value = ApplicationView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Operation(
            summary =
                    "Enter an application received by letter or e-mail (the same fields and checks as the public form)")
    public ApplicationView enter(ApplicationCommands.Apply command) {
        return applications.enter(command);
    }

    @GET
    @Path("{reference}")
    @Operation(summary = "An application by its reference number, with its review, packet and appointment")
    public ApplicationView get(@PathParam("reference") String reference) {
        return applications.get(reference);
    }

    @POST
    @Path("{reference}/review")
    @Operation(
            summary =
                    "The clerk's review: a note and the person the applicant is (one on record, or a new one from the application); "
                            + "the clerk never declines: every application goes to the appointing body (107.1.1 A)")
    public ApplicationView review(@PathParam("reference") String reference, ApplicationCommands.Review command) {
        return applications.review(reference, command);
    }

    @POST
    @Path("{reference}/withdrawal")
    @Operation(summary = "The applicant withdrew the application (in writing to the clerk); no body")
    public ApplicationView withdraw(@PathParam("reference") String reference) {
        return applications.withdraw(reference);
    }

    @GET
    @Path("packets")
    @Operation(summary = "The packets forwarded to the appointing bodies, newest first")
    public List<ApplicationView.Packet> packets() {
        return applications.packets();
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "governance/applications/packets/{id}")
    @APIResponseSchema(value = ApplicationView.Packet.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("packets")
    @Operation(
            summary =
                    "Forward reviewed applications for one seat to the appointing body (the Board of County Commissioners for the BDC, "
                            + "107.1.1 A; the BDC for the TAB, 107.2.1) as a packet; when and by whom are recorded")
    public ApplicationView.Packet forward(ApplicationCommands.Forward command) {
        return applications.forward(command);
    }

    @GET
    @Path("packets/{id}")
    @Operation(summary = "A packet with its applications")
    public ApplicationView.Packet packet(@PathParam("id") long id) {
        return applications.packet(id);
    }

    @GET
    @Path("packets/{id}.pdf")
    @Produces(PdfDocumentBuilder.MEDIA_TYPE)
    @Operation(summary = "The packet as PDF: the seat, its recommending organisations, each application")
    public Response packetPdf(@PathParam("id") long id) {
        return Downloads.inlinePdf(applications.packetPdf(id), "applications-packet-" + id + ".pdf");
    }
}
