package org.tryon.licensing.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tryon.licensing.certificates.application.CertificateViews.CertificateView;
import org.tryon.platform.pdf.Letterhead;
import org.tryon.platform.text.UsFormat;

/**
 * The certificate as PDF (109): holder, type, number, issue and expiry days, and the verification code with where
 * to verify it (the public certificate page, no sign-in). A read: the status printed is the one on the day printed.
 */
@ApplicationScoped
@Transactional
public class CertificatePdf {

    @Inject
    Certificates certificates;

    @Inject
    Letterhead letterhead;

    @Inject
    @ConfigProperty(name = "tryon.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    public byte[] of(long id) {
        CertificateView c = certificates.get(id);
        String where = (publicUrl.isBlank() ? "" : publicUrl.replaceAll("/+$", ""))
                + "/public/certificate.xhtml?number=" + c.number();
        return letterhead
                .document("Certificate of competency: " + c.certificateName())
                .reference(c.number())
                .dated(c.issuedOn())
                .addressee(c.holderName(), List.of())
                .fact("Holder", c.holderName())
                .fact("Certificate", c.certificateName())
                .fact("Number", c.number())
                .fact("Issued", UsFormat.words(c.issuedOn()))
                .fact("Expires", c.expiresOn() == null ? "Does not expire" : UsFormat.words(c.expiresOn()))
                .fact("Status", c.status().toLowerCase())
                .fact("Verification code", c.verificationCode())
                .section(
                        "Basis",
                        "Issued on a passed examination with eligibility under section 109 of the Building-Development Ordinance; "
                                + "examinations and official actions are recorded by the licensing subcommittee (107.1.5 C.2).")
                .section(
                        "Verification",
                        "Anyone may verify this certificate, without signing in, at " + where
                                + " with the verification code " + c.verificationCode()
                                + ". The page shows whether it is valid, expired, suspended or revoked today.")
                .signature("Exam administrator", "For the Code Enforcement Department")
                .render();
    }
}
