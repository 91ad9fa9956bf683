package org.tryon.permitting.enforcement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import org.tryon.permitting.enforcement.domain.AppealWindow;
import org.tryon.permitting.enforcement.domain.EnforcementAction;
import org.tryon.permitting.enforcement.domain.EnforcementKind;
import org.tryon.platform.pdf.Letterhead;
import org.tryon.platform.pdf.PdfDocumentBuilder;
import org.tryon.platform.text.UsFormat;

/**
 * The written notice of an enforcement action as a PDF (106 "Written Notice"; 108.12.1 to
 * 108.12.6), rendered from the action's record when asked for: what a stop order must state
 * (108.12.1: the work to stop, the reasons, the conditions to resume), the reason of a revocation
 * (108.12.2), the defects (108.12.3), the condemnation and its posted notice (108.12.4, 108.12.5),
 * the hearing and the order after it (108.12.6), and how and by when an order may be appealed, and
 * that it is final if not appealed (108.12.1, 108.12.7).
 */
@ApplicationScoped
@Transactional
public class EnforcementNotices {

    /** The document and its file name. */
    public record Notice(String fileName, byte[] pdf) {}

    @Inject
    EnforcementActions actions;

    @Inject
    Letterhead letterhead;

    public Notice notice(long actionId) {
        EnforcementAction a = actions.find(actionId);
        EnforcementKind kind = a.getKind();
        PdfDocumentBuilder doc = letterhead
                .document(kind.title())
                .reference(a.getReferenceNumber())
                .dated(a.getIssued().on())
                .addressee(
                        a.getAddresseeName(),
                        Arrays.asList(a.getAddresseeAddress().split("\\s*(\\R|;)\\s*")))
                .fact("Ordinance", kind.section() + ", " + letterhead.county() + " Building-Development Ordinance")
                .fact("Directed to", capitalised(kind.directedTo()))
                .fact("Permit", a.getPermitNumber())
                .fact("Building", a.getBuilding().toString())
                .fact("Issued by", a.getIssued().by() + ", " + a.getIssued().as());
        switch (kind) {
            case STOP_ORDER ->
                doc.section("Order", "You are ordered to stop the work described below immediately (108.12.1).")
                        .section("Work to be stopped", a.getSubject())
                        .section("Reasons for stopping the work", a.getReasons())
                        .section("Conditions under which the work may be resumed", a.getConditions())
                        .section(
                                "Appeal",
                                appealText(a)
                                        + " Pending the ruling on an appeal, no further work shall take place in violation "
                                        + "of this order.");
            case REVOCATION_NOTICE ->
                doc.section(
                                "Notice",
                                "Permit " + a.getPermitNumber()
                                        + " is revoked (108.12.2). Return the permit to the Department; no work may "
                                        + "proceed under it.")
                        .section("Reason for the revocation", a.getSubject())
                        .section("Facts", a.getReasons());
            case DEFECT_NOTICE ->
                doc.section(
                                "Notice",
                                "The Department has found the defects below (108.12.3). The owner and the occupant shall each remedy them "
                                        + (a.getComplyBy() == null
                                                ? "immediately."
                                                : "immediately, and not later than " + UsFormat.date(a.getComplyBy())
                                                        + "."))
                        .section("Defects", a.getSubject())
                        .section("Why they must be corrected", a.getReasons())
                        .section("What is required", a.getConditions());
            case CONDEMNATION ->
                doc.section(
                                "Notice",
                                "THIS BUILDING IS CONDEMNED AS UNSAFE (108.12.4). It appears especially dangerous "
                                        + "to life. A notice of its dangerous character is posted on it; only the Department may remove that notice "
                                        + "(108.12.5).")
                        .section("Dangerous conditions", a.getSubject())
                        .section("Reasons", a.getReasons())
                        .section("What is required", a.getConditions())
                        .section(
                                "If no prompt corrective action is taken",
                                "The owner will be given notice of a hearing, after which the Department may order the building repaired, "
                                        + "closed, vacated or demolished (108.12.6).");
            case HEARING_NOTICE ->
                doc.fact("Hearing", UsFormat.dateTime(a.getHearingAt()) + ", " + a.getHearingPlace())
                        .section("Notice", a.getSubject())
                        .section("Hearing (108.12.6)", a.getReasons());
            case CORRECTIVE_ORDER ->
                doc.fact("Comply by", UsFormat.date(a.getComplyBy()))
                        .section(
                                "Order",
                                "Following the hearing (108.12.6), you are ordered to: "
                                        + a.getSubject().toLowerCase() + ", not later " + "than "
                                        + UsFormat.date(a.getComplyBy())
                                        + ".")
                        .section("Findings", a.getReasons())
                        .section("What is required", a.getConditions())
                        .section("Appeal", appealText(a));
        }
        doc.section(
                "Written notice",
                "This notice is given when delivered in person or sent by registered mail to the last address "
                        + "known (106).");
        doc.signature(a.getIssued().by(), a.getIssued().as());
        return new Notice(a.getReferenceNumber() + ".pdf", doc.render());
    }

    private String appealText(EnforcementAction a) {
        AppealWindow window = actions.windowOf(a);
        List<java.time.LocalDate> given = actions.deliveries(a.getId()).stream()
                .filter(d -> d.getMethod().givesWrittenNotice())
                .map(d -> d.getDeliveredOn())
                .sorted()
                .toList();
        String by = given.isEmpty()
                ? ""
                : " The last day to appeal is " + UsFormat.date(window.lastDay(given.get(0))) + ".";
        return "The owner may appeal this order to " + a.getKind().appealTo()
                + " by written notice of appeal, with a copy to the "
                + "Department, within " + window.days() + " days after this notice is given ("
                + a.getKind().appealWindow().orElseThrow().section() + ")." + by
                + " An order not appealed in time is final (108.12.7).";
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
