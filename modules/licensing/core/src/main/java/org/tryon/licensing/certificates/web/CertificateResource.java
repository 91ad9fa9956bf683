package org.tryon.licensing.certificates.web;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.licensing.certificates.application.CertificateCommands;
import org.tryon.licensing.certificates.application.CertificatePdf;
import org.tryon.licensing.certificates.application.CertificateViews.CertificateDetail;
import org.tryon.licensing.certificates.application.CertificateViews.CertificateView;
import org.tryon.licensing.certificates.application.Certificates;
import org.tryon.platform.pdf.PdfDocumentBuilder;
import org.tryon.platform.rest.Downloads;

/** Certificates issued on examinations (109) and the official actions on them (107.1.5 C.2). */
@Path("licensing/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing exams")
public class CertificateResource {

    @Inject
    Certificates certificates;

    @Inject
    CertificatePdf pdf;

    @GET
    @Operation(
            summary =
                    "Certificates, newest first, by a part of the number or the holder's name, the type's code, the status today "
                            + "(VALID, EXPIRED, SUSPENDED, REVOKED)")
    public List<CertificateView> search(
            @QueryParam("number") String number,
            @QueryParam("name") String name,
            @QueryParam("type") String type,
            @QueryParam("status") String status) {
        return certificates.search(number, name, type, status);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A certificate with its official actions and continuing education")
    public CertificateDetail get(@PathParam("id") long id) {
        return certificates.detail(id);
    }

    @GET
    @Path("{id}/certificate.pdf")
    @Produces(PdfDocumentBuilder.MEDIA_TYPE)
    @Operation(summary = "The certificate as PDF with its verification code (109)")
    public Response pdf(@PathParam("id") long id) {
        return Downloads.inlinePdf(pdf.of(id), "certificate-" + id + ".pdf");
    }

    @POST
    @Path("{id}/continuing-education")
    @Operation(summary = "Record continuing education the holder completed (109 renewal)")
    public CertificateDetail education(@PathParam("id") long id, CertificateCommands.RecordEducation command) {
        return certificates.recordEducation(id, command);
    }

    @POST
    @Path("{id}/renewal")
    @Operation(
            summary =
                    "Renew for the period of the rule in force; refused naming the rule when continuing education is short (109)")
    public CertificateView renew(@PathParam("id") long id, CertificateCommands.OfficialActionCommand command) {
        return certificates.renew(id, command);
    }

    @POST
    @Path("{id}/suspension")
    @Operation(
            summary =
                    "The licensing subcommittee suspends the certificate: decision day, reference, reason (107.1.5 C.2)")
    public CertificateView suspend(@PathParam("id") long id, CertificateCommands.OfficialActionCommand command) {
        return certificates.suspend(id, command);
    }

    @POST
    @Path("{id}/reinstatement")
    @Operation(summary = "The licensing subcommittee lifts a suspension, a new official action (107.1.5 C.2)")
    public CertificateView reinstate(@PathParam("id") long id, CertificateCommands.OfficialActionCommand command) {
        return certificates.reinstate(id, command);
    }

    @POST
    @Path("{id}/revocation")
    @Operation(
            summary =
                    "The licensing subcommittee revokes the certificate; final; permitting is told (107.1.5 C.2, 108.8 C)")
    public CertificateView revoke(@PathParam("id") long id, CertificateCommands.OfficialActionCommand command) {
        return certificates.revoke(id, command);
    }
}
