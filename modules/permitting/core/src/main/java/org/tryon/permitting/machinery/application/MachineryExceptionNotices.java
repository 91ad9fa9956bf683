package org.tryon.permitting.machinery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import org.tryon.permitting.enforcement.application.RecordDelivery;
import org.tryon.permitting.machinery.domain.ExceptionNotice;
import org.tryon.permitting.machinery.domain.ExceptionNoticeLine;
import org.tryon.permitting.machinery.domain.MachineryAuthority;
import org.tryon.permitting.machinery.domain.MachineryDeclaration;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.pdf.Letterhead;
import org.tryon.platform.pdf.PdfDocumentBuilder;

/**
 * 108.10 G.1: the department notifies the customer of the exceptions taken to the industrial
 * machinery list. Issues the notice (what it states is fixed then), renders it as a PDF from its
 * record when asked for (ADR 0010), and records how it was delivered (106, with the same command
 * and rules as an enforcement notice's delivery).
 */
@ApplicationScoped
@Transactional
public class MachineryExceptionNotices {

    /** The document and its file name. */
    public record Document(String fileName, byte[] pdf) {}

    @Inject
    MachineryContext context;

    @Inject
    MachineryRecords records;

    @Inject
    Letterhead letterhead;

    /** G.1: the notice of the exceptions now taken; to the owner of the latest declaration unless the command names the addressee. */
    public MachineryRecordView issue(long permitId, IssueExceptionNotice command) {
        context.allowed(MachineryAuthority.fieldStaff(), "108.10 G.1 notice of exceptions", command);
        Permit permit = context.permit(permitId);
        EntityManager em = context.em();
        MachineryDeclaration latest = em.createQuery(
                        "select d from MachineryDeclaration d where d.permitId = :p order by d.sequence desc",
                        MachineryDeclaration.class)
                .setParameter("p", permitId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        "permitId",
                        "108.10 G.1 declaration",
                        "Permit " + permit.getNumber() + " has no industrial machinery declaration"));
        var items = context.items(permitId);
        ExceptionNotice notice = ExceptionNotice.of(
                permitId,
                permit.getNumber(),
                items,
                orElse(command.addresseeName(), latest.getOwnerName()),
                orElse(command.addresseeAddress(), latest.getOwnerAddress()),
                context.act());
        em.persist(notice);
        em.flush();
        notice.assignNumber();
        notice.lines(items).forEach(em::persist);
        em.flush();
        return records.record(permitId);
    }

    /** 106: how and when the notice reached the customer. */
    public MachineryRecordView recordDelivery(long noticeId, RecordDelivery command) {
        context.allowed(MachineryAuthority.servers(), "106 written notice", command);
        ExceptionNotice notice = context.notice(noticeId);
        context.em().persist(notice.deliver(command.delivery(), context.act()));
        context.em().flush();
        return records.record(notice.getPermitId());
    }

    /** G.1: the notice as a PDF, rendered from its record. */
    public Document pdf(long noticeId) {
        ExceptionNotice n = context.notice(noticeId);
        List<ExceptionNoticeLine> lines = context.em()
                .createQuery(
                        "select l from ExceptionNoticeLine l where l.noticeId = :n order by l.itemNumber",
                        ExceptionNoticeLine.class)
                .setParameter("n", noticeId)
                .getResultList();
        PdfDocumentBuilder doc = letterhead
                .document("Notice of exceptions to an industrial machinery list")
                .reference(n.getReferenceNumber())
                .dated(n.getIssued().on())
                .addressee(
                        n.getAddresseeName(),
                        Arrays.asList(n.getAddresseeAddress().split("\\s*(\\R|;)\\s*")))
                .fact(
                        "Ordinance",
                        "108.10 G.1, " + letterhead.county() + " Building-Development Ordinance; NC GS 143-138(b)")
                .fact("Permit", n.getPermitNumber())
                .fact("Exceptions", String.valueOf(lines.size()))
                .fact("Issued by", n.getIssued().by() + ", " + n.getIssued().as())
                .section(
                        "Notice",
                        "You have claimed the applicability of NC GS 143-138(b) to the equipment on your industrial machinery "
                                + "declaration for permit " + n.getPermitNumber()
                                + ". The Department takes exception to the items below: it does not "
                                + "believe they qualify as industrial machinery (108.10 G.1). They are building work, inspected under the Code.");
        for (ExceptionNoticeLine l : lines) {
            doc.section(
                    "Item " + l.getItemNumber() + ": " + l.getDescription(),
                    l.reason() + " (" + l.getStage().label() + ").");
        }
        doc.section(
                        "Industrial machinery",
                        "NC GS 143-138(b): equipment and machinery used in a system of operations for the explicit purpose of producing a "
                                + "product. The term does not include equipment that is permanently attached to or a component part of a "
                                + "building and related to general building services such as ventilation, heating and cooling, plumbing, fire "
                                + "suppression or prevention, and general electrical transmission.")
                .section(
                        "If you disagree",
                        "The field inspector will ask the Trade Chief or Assistant Trade Chief to visit the project with "
                                + "the inspector and make a final determination (108.10 G.3 D). The owner may appeal the Department's exceptions "
                                + "by the Department's appeal process (108.10 G.2, G.3 E).")
                .section(
                        "Written notice",
                        "This notice is given when delivered in person or sent by registered mail to the last address "
                                + "known (106).")
                .signature(n.getIssued().by(), n.getIssued().as());
        return new Document(n.getReferenceNumber() + ".pdf", doc.render());
    }

    private static String orElse(String given, String otherwise) {
        return given == null || given.isBlank() ? otherwise : given;
    }
}
