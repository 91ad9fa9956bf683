package org.tryon.licensing.certificates.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tryon.licensing.certificates.application.CertificateViews.PublicCertificateView;
import org.tryon.licensing.certificates.application.Certificates;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.web.FacesErrors;

/** The public verification page (109), without signing in: a number (and optionally the code) in, the certificate's standing out. A read. */
@Named
@RequestScoped
public class PublicCertificateBean {

    @Inject
    Certificates certificates;

    private String number;
    private String code;
    private PublicCertificateView certificate;
    private boolean notFound;

    public void load() {
        if (number == null || number.isBlank()) {
            return;
        }
        try {
            certificate = certificates.verify(number, code);
        } catch (RecordNotFoundException e) {
            notFound = true;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String v) {
        this.number = v;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String v) {
        this.code = v;
    }

    public PublicCertificateView getCertificate() {
        return certificate;
    }

    public boolean isNotFound() {
        return notFound;
    }
}
