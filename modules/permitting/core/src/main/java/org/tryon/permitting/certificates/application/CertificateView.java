package org.tryon.permitting.certificates.application;

import java.time.LocalDate;
import java.util.List;
import org.tryon.permitting.certificates.domain.Certificate;

/** The certificate of compliance or occupancy of a project (108.11.4), with the address of its PDF under {@code /api/v1}. */
public record CertificateView(
        long id,
        String number,
        String kind,
        String title,
        long projectId,
        List<String> permitNumbers,
        LocalDate issuedOn,
        String issuedBy,
        String pdf)
        implements java.io.Serializable {

    static CertificateView of(Certificate c) {
        return new CertificateView(
                c.getId(),
                c.getNumber(),
                c.getKind().name(),
                c.getKind().title(),
                c.getProjectId(),
                c.getPermitNumbers(),
                c.getIssued().on(),
                c.getIssued().by(),
                "projects/" + c.getProjectId() + "/certificates/certificate.pdf");
    }

    /** The permits covered, as printed: "B-2026-000041, E-2026-000042". */
    public String permitList() {
        return String.join(", ", permitNumbers);
    }
}
