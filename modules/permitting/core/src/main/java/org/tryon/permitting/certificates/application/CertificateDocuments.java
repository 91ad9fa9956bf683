package org.tryon.permitting.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.tryon.permitting.certificates.domain.Certificate;
import org.tryon.permitting.certificates.domain.TemporaryCertificate;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.permitting.permits.domain.Project;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.pdf.Letterhead;
import org.tryon.platform.pdf.PdfDocumentBuilder;
import org.tryon.platform.text.UsFormat;

/**
 * The certificate of compliance or occupancy (108.11.4) and the temporary certificate of occupancy
 * (108.11.3) as PDF, rendered from their records when asked for (ADR 0010), addressed to the
 * project's owner.
 */
@ApplicationScoped
@Transactional
public class CertificateDocuments {

    /** The document and its file name. */
    public record Document(String fileName, byte[] pdf) {}

    @Inject
    Certificates certificates;

    @Inject
    Letterhead letterhead;

    public Document certificate(long projectId) {
        Project project = certificates.project(projectId);
        Certificate c = certificates
                .certificateOf(projectId)
                .orElseThrow(() -> new RecordNotFoundException("certificate of project", projectId));
        List<String> covered = c.getPermitNumbers();
        String permits = certificates.permitsOf(projectId).stream()
                .filter(p -> covered.contains(p.getNumber()))
                .map(CertificateDocuments::permitLine)
                .collect(Collectors.joining("; "));
        PdfDocumentBuilder doc = start(
                        c.getKind().title(), c.getNumber(), c.getIssued().on(), project)
                .fact("Ordinance", "108.11.4, " + letterhead.county() + " Building-Development Ordinance")
                .fact("Permits", permits)
                .fact("Issued by", c.getIssued().by() + ", for the Administrator")
                .section(
                        "Certification",
                        "The work under the permits named above at " + project.getAddress() + " has passed its final "
                                + "inspections and the fees due are settled. This "
                                + c.getKind().title().toLowerCase() + " is issued under "
                                + "section 108.11.4 of the Building-Development Ordinance and the North Carolina State Building Code."
                                + (c.getKind()
                                                == org.tryon.permitting.certificates.domain.CertificateKind
                                                        .CERTIFICATE_OF_OCCUPANCY
                                        ? " The building may be occupied for its permitted use (occupancy "
                                                + project.getOccupancyGroup().label() + ")."
                                        : ""))
                .signature(c.getIssued().by(), "for the Administrator");
        return new Document(c.getNumber() + ".pdf", doc.render());
    }

    public Document temporaryCertificate(long projectId, long id) {
        Project project = certificates.project(projectId);
        TemporaryCertificate t = certificates.temporary(projectId, id);
        TemporaryCertificate.Standing standing = t.standingOn(certificates.today());
        PdfDocumentBuilder doc = start(
                        "Temporary Certificate of Occupancy",
                        t.getNumber(),
                        t.getIssued().on(),
                        project)
                .fact("Ordinance", "108.11.3, " + letterhead.county() + " Building-Development Ordinance")
                .fact("Part of the building", t.getPortion() == null ? "The whole building" : t.getPortion())
                .fact("In force through", UsFormat.date(t.getValidThrough()))
                .fact(
                        "Renewed",
                        t.getRenewals() == 0
                                ? null
                                : t.getRenewals() + " time(s), last on " + UsFormat.date(t.getLastRenewedOn()))
                .fact("Issued by", t.getIssued().by() + ", for the Administrator")
                .fact(
                        "Standing",
                        standing.name().toLowerCase().replace('_', ' ')
                                + (t.getEndedReason() == null
                                        ? ""
                                        : " on " + UsFormat.date(t.getEnded().on()) + ": " + t.getEndedReason()))
                .section(
                        "Permission",
                        "The " + (t.getPortion() == null ? "building" : "part of the building named above") + " at "
                                + project.getAddress()
                                + " may be occupied temporarily, on the conditions below, until the end of "
                                + UsFormat.date(t.getValidThrough())
                                + " unless this certificate is renewed or revoked before (108.11.3). It does not replace "
                                + "the certificate of occupancy, which follows the final inspections (108.11.4).")
                .section("Conditions", t.getConditions())
                .signature(t.getIssued().by(), "for the Administrator");
        return new Document(t.getNumber() + ".pdf", doc.render());
    }

    private PdfDocumentBuilder start(String title, String number, java.time.LocalDate dated, Project project) {
        return letterhead
                .document(title)
                .reference(number)
                .dated(dated)
                .addressee(
                        project.getOwner().getName(),
                        Arrays.asList(project.getOwner().getMailingAddress().split("\\s*(\\R|;)\\s*")))
                .fact("Project", project.getName())
                .fact("Address", project.getAddress().toString())
                .fact("Parcel (PIN)", project.getPin());
    }

    private static String permitLine(Permit p) {
        return p.getNumber() + " (" + p.getTrade().label().toLowerCase() + ", "
                + p.holder().name() + ")";
    }
}
