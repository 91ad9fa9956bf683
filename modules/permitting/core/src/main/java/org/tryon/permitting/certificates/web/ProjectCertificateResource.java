package org.tryon.permitting.certificates.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.permitting.certificates.application.CertificateDocuments;
import org.tryon.permitting.certificates.application.CertificateView;
import org.tryon.permitting.certificates.application.Certificates;
import org.tryon.permitting.certificates.application.CertificatesOverview;
import org.tryon.permitting.certificates.application.IssueTemporaryCertificate;
import org.tryon.permitting.certificates.application.RevokeTemporaryCertificate;
import org.tryon.permitting.certificates.application.TemporaryCertificateView;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.pdf.PdfDocumentBuilder;
import org.tryon.platform.rest.CreatedResponses;
import org.tryon.platform.rest.Downloads;

/**
 * A project's certificates over HTTP (108.11.3, 108.11.4), under the projects API and its roles;
 * who may issue, renew and revoke is checked in the use cases (403).
 */
@Path("projects/{projectId}/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates")
public class ProjectCertificateResource {

    @Inject
    Certificates certificates;

    @Inject
    CertificateDocuments documents;

    @GET
    @Operation(
            summary =
                    "The project's certificate of compliance or occupancy, what stands in its way today, and its temporary "
                            + "certificates of occupancy with the expired ones (108.11.3, 108.11.4)")
    public CertificatesOverview overview(@PathParam("projectId") long projectId) {
        return certificates.overview(projectId);
    }

    @GET
    @Path("check")
    @Operation(
            summary =
                    "Every reason the certificate may not be issued today: each permit on the structure not finaled, fees to settle "
                            + "(108.11.4, 108.8 F.3, Re-Inspection Fee Program); empty when it may be issued")
    public List<RuleViolationException.Violation> check(@PathParam("projectId") long projectId) {
        return certificates.check(projectId);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "projects/{projectId}/certificates/certificate")
    @APIResponseSchema(value = CertificateView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Operation(
            summary =
                    "Issue the certificate of compliance or occupancy once every permit on the structure is finaled and the fees are "
                            + "settled (108.11.4); each permit becomes certificate issued; trade code administrator, administrator")
    public Response issue(@PathParam("projectId") long projectId, @Context UriInfo uri) {
        CertificateView issued = certificates.issue(projectId);
        return Response.created(uri.getAbsolutePathBuilder().path("certificate").build())
                .entity(issued)
                .build();
    }

    @GET
    @Path("certificate")
    @Operation(summary = "The project's certificate of compliance or occupancy (108.11.4); 404 until issued")
    public CertificateView certificate(@PathParam("projectId") long projectId) {
        return certificates.certificate(projectId);
    }

    @GET
    @Path("certificate.pdf")
    @Produces(PdfDocumentBuilder.MEDIA_TYPE)
    @Operation(summary = "The certificate of compliance or occupancy as a PDF (108.11.4)")
    public Response certificatePdf(@PathParam("projectId") long projectId) {
        return pdf(documents.certificate(projectId));
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "projects/{projectId}/certificates/temporary/{id}")
    @APIResponseSchema(value = TemporaryCertificateView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Path("temporary")
    @Operation(
            summary =
                    "Issue a temporary certificate of occupancy for the building or a part of it, with its conditions, in force for "
                            + "permitting.certificates.tco-days (108.11.3); trade code administrator, administrator")
    public Response issueTemporary(
            @PathParam("projectId") long projectId, IssueTemporaryCertificate command, @Context UriInfo uri) {
        TemporaryCertificateView issued = certificates.issueTemporary(projectId, command);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(issued.id()))
                        .build())
                .entity(issued)
                .build();
    }

    @GET
    @Path("temporary/{id}")
    @Operation(
            summary =
                    "A temporary certificate of occupancy and where it stands today (in force, expired, revoked, superseded)")
    public TemporaryCertificateView temporary(@PathParam("projectId") long projectId, @PathParam("id") long id) {
        return certificates.getTemporary(projectId, id);
    }

    @POST
    @Path("temporary/{id}/renewal")
    @Operation(
            summary =
                    "Renew a temporary certificate of occupancy for another period from the later of its last day and today (108.11.3)")
    public TemporaryCertificateView renew(@PathParam("projectId") long projectId, @PathParam("id") long id) {
        return certificates.renewTemporary(projectId, id);
    }

    @POST
    @Path("temporary/{id}/revocation")
    @Operation(summary = "Revoke a temporary certificate of occupancy, with the reason (108.11.3)")
    public TemporaryCertificateView revoke(
            @PathParam("projectId") long projectId, @PathParam("id") long id, RevokeTemporaryCertificate command) {
        return certificates.revokeTemporary(projectId, id, command);
    }

    @GET
    @Path("temporary/{id}/certificate.pdf")
    @Produces(PdfDocumentBuilder.MEDIA_TYPE)
    @Operation(summary = "The temporary certificate of occupancy as a PDF (108.11.3)")
    public Response temporaryPdf(@PathParam("projectId") long projectId, @PathParam("id") long id) {
        return pdf(documents.temporaryCertificate(projectId, id));
    }

    @GET
    @Path("temporary/{id}/history")
    @Operation(summary = "Who issued, renewed or revoked the temporary certificate, and when (108.3)")
    public List<HistoryEntry> temporaryHistory(@PathParam("projectId") long projectId, @PathParam("id") long id) {
        return certificates.temporaryHistory(projectId, id);
    }

    private static Response pdf(CertificateDocuments.Document document) {
        return Downloads.pdf(document.pdf(), document.fileName());
    }
}
