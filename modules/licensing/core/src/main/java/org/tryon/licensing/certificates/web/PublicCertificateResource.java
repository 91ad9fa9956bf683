package org.tryon.licensing.certificates.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.licensing.certificates.application.CertificateViews.PublicCertificateView;
import org.tryon.licensing.certificates.application.Certificates;

/** Anyone verifies a certificate by its number, without signing in (109): holder, type, status today, dates; nothing private. */
@Path("public/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public records")
public class PublicCertificateResource {

    @Inject
    Certificates certificates;

    @GET
    @Path("{number}")
    @Operation(
            summary =
                    "Verify a certificate by its number; with code= the verification code printed on it is checked too")
    public PublicCertificateView verify(@PathParam("number") String number, @QueryParam("code") String code) {
        return certificates.verify(number, code);
    }
}
