package org.tryon.permitting.machinery.application;

import java.time.LocalDate;
import java.util.List;
import org.tryon.permitting.enforcement.application.DeliveryView;
import org.tryon.permitting.machinery.domain.AppealDecision;
import org.tryon.permitting.machinery.domain.ConnectionPoint;
import org.tryon.permitting.machinery.domain.DeterminationOutcome;
import org.tryon.permitting.machinery.domain.DeterminationStage;
import org.tryon.permitting.machinery.domain.EscalationCause;
import org.tryon.permitting.machinery.domain.ExceptionGround;
import org.tryon.permitting.machinery.domain.ExceptionNotice;
import org.tryon.permitting.machinery.domain.ExceptionNoticeLine;
import org.tryon.permitting.machinery.domain.ItemStatus;
import org.tryon.permitting.machinery.domain.MachineryAppeal;
import org.tryon.permitting.machinery.domain.MachineryDeclaration;
import org.tryon.permitting.machinery.domain.MachineryDetermination;
import org.tryon.permitting.machinery.domain.MachineryEscalation;
import org.tryon.permitting.machinery.domain.MachineryItem;
import org.tryon.permitting.machinery.domain.UnsafeInstallationReport;

/**
 * A permit's industrial machinery record (108.10 G) as screens and the API show it: the owner's
 * declarations (G.1), each item with its current standing and every determination made on it
 * (G.3 C, G.3 D, G.2), the referrals to the trade chief with their site visits (G.3 D), the notices
 * of exceptions with their deliveries (G.1, 106), the appeals (G.2), the unsafe installations
 * reported (G.3 F), and for accepted machinery the scope of the final inspection (G.3 F.4.1).
 */
public record MachineryRecordView(
        long permitId,
        String permitNumber,
        String trade,
        String permitStatus,
        String address,
        List<Declaration> declarations,
        List<Item> items,
        List<Escalation> escalations,
        List<Notice> notices,
        List<Appeal> appeals,
        List<UnsafeReport> unsafeInstallations)
        implements java.io.Serializable {

    /** G.1 */
    public record Declaration(
            long id,
            int sequence,
            boolean amendment,
            String ownerName,
            String ownerAddress,
            String product,
            String processDescription,
            String signerName,
            String signerTitle,
            String signerCapacity,
            LocalDate signedOn,
            LocalDate receivedOn,
            String receivedBy)
            implements java.io.Serializable {

        static Declaration of(MachineryDeclaration d) {
            return new Declaration(
                    d.getId(),
                    d.getSequence(),
                    d.isAmendment(),
                    d.getOwnerName(),
                    d.getOwnerAddress(),
                    d.getProduct(),
                    d.getProcessDescription(),
                    d.getSignerName(),
                    d.getSignerTitle(),
                    d.getSignerCapacity().label(),
                    d.getSignedOn(),
                    d.getReceivedOn(),
                    d.getReceivedBy());
        }
    }

    /** G.1, G.3: an item with where it stands, and (F.4.1) what the final inspection covers. */
    public record Item(
            long id,
            int number,
            long declarationId,
            String description,
            String size,
            int weightPounds,
            String building,
            String space,
            String processStep,
            Integer replacesNumber,
            Integer supersededByNumber,
            ItemStatus status,
            String statusLabel,
            DeterminationStage stage,
            String stageLabel,
            ExceptionGround ground,
            String reason,
            LocalDate determinedOn,
            String determinedBy,
            Long escalationId,
            Long appealId,
            Boolean inPlaceAtFinal,
            ConnectionPoint connectionPoint,
            String connectionDetail,
            String inspectionScope,
            List<Determination> determinations,
            long version)
            implements java.io.Serializable {

        static Item of(MachineryItem i, List<Determination> determinations) {
            return new Item(
                    i.getId(),
                    i.getNumber(),
                    i.getDeclarationId(),
                    i.getDescription(),
                    i.getSize(),
                    i.getWeightPounds(),
                    i.getBuilding(),
                    i.getSpace(),
                    i.getProcessStep(),
                    i.getReplacesNumber(),
                    i.getSupersededByNumber(),
                    i.getStatus(),
                    i.getStatus().label(),
                    i.getStage(),
                    i.getStage() == null ? null : i.getStage().label(),
                    i.getGround(),
                    worded(i.getGround(), i.getGroundDetails()),
                    i.getDeterminedOn(),
                    i.getDeterminedBy(),
                    i.getEscalationId(),
                    i.getAppealId(),
                    i.getInPlaceAtFinal(),
                    i.getConnectionPoint(),
                    i.getConnectionDetail(),
                    i.inspectionScope(),
                    determinations,
                    i.getVersion());
        }

        /** Where the location reads "Building B, press room". */
        public String location() {
            return space == null ? building : building + ", " + space;
        }
    }

    /** G.3 C, G.3 D, G.2: one determination, never changed. */
    public record Determination(
            long id,
            DeterminationStage stage,
            String stageLabel,
            DeterminationOutcome outcome,
            String outcomeLabel,
            ExceptionGround ground,
            String reason,
            LocalDate determinedOn,
            String determinedBy,
            String determinedAs,
            Long escalationId,
            Long appealId,
            String recordedBy)
            implements java.io.Serializable {

        static Determination of(MachineryDetermination d) {
            return new Determination(
                    d.getId(),
                    d.getStage(),
                    d.getStage().label(),
                    d.getOutcome(),
                    d.getOutcome().label(),
                    d.getGround(),
                    worded(d.getGround(), d.getDetails()),
                    d.getDeterminedOn(),
                    d.getDeterminedBy(),
                    d.getDeterminedAs(),
                    d.getEscalationId(),
                    d.getAppealId(),
                    d.getRecorded().by());
        }
    }

    /** G.3 D */
    public record Escalation(
            long id,
            EscalationCause cause,
            String causeLabel,
            String details,
            String chiefContacted,
            LocalDate referredOn,
            String referredBy,
            List<Integer> itemNumbers,
            LocalDate visitedOn,
            String visitInspector,
            String visitChief,
            String visitChiefTitle,
            String visitNotes,
            boolean open)
            implements java.io.Serializable {

        static Escalation of(MachineryEscalation e, List<MachineryItem> referred, List<Integer> itemNumbers) {
            return new Escalation(
                    e.getId(),
                    e.getCause(),
                    e.getCause().label(),
                    e.getDetails(),
                    e.getChiefContacted(),
                    e.getReferredOn(),
                    e.getReferredBy(),
                    itemNumbers,
                    e.getVisitedOn(),
                    e.getVisitInspector(),
                    e.getVisitChief(),
                    e.getVisitChiefTitle() == null
                            ? null
                            : e.getVisitChiefTitle().label(),
                    e.getVisitNotes(),
                    referred.stream().anyMatch(i -> i.getStatus() == ItemStatus.REFERRED));
        }
    }

    /** G.1, 106 */
    public record Notice(
            long id,
            String referenceNumber,
            String addresseeName,
            String addresseeAddress,
            LocalDate issuedOn,
            String issuedBy,
            String issuedAs,
            List<NoticeLine> lines,
            List<DeliveryView> deliveries)
            implements java.io.Serializable {

        static Notice of(ExceptionNotice n, List<ExceptionNoticeLine> lines, List<DeliveryView> deliveries) {
            return new Notice(
                    n.getId(),
                    n.getReferenceNumber(),
                    n.getAddresseeName(),
                    n.getAddresseeAddress(),
                    n.getIssued().on(),
                    n.getIssued().by(),
                    n.getIssued().as(),
                    lines.stream().map(NoticeLine::of).toList(),
                    deliveries);
        }
    }

    /** G.1: an exception as the notice states it. */
    public record NoticeLine(
            long itemId, int itemNumber, String description, ExceptionGround ground, String reason, String stageLabel)
            implements java.io.Serializable {

        static NoticeLine of(ExceptionNoticeLine l) {
            return new NoticeLine(
                    l.getItemId(),
                    l.getItemNumber(),
                    l.getDescription(),
                    l.getGround(),
                    l.reason(),
                    l.getStage().label());
        }
    }

    /** G.2: the appeal as filed, and the outcome of each item appealed (null until decided). */
    public record Appeal(
            long id, LocalDate filedOn, String appellant, String grounds, String recordedBy, List<AppealedItem> items)
            implements java.io.Serializable {

        static Appeal of(MachineryAppeal a, List<AppealedItem> items) {
            return new Appeal(
                    a.getId(),
                    a.getFiledOn(),
                    a.getAppellant(),
                    a.getGrounds(),
                    a.getRecorded().by(),
                    items);
        }
    }

    /** G.2: an item appealed, with its outcome once decided. */
    public record AppealedItem(
            long itemId,
            int itemNumber,
            AppealDecision decision,
            String decisionLabel,
            LocalDate decidedOn,
            String decidedBy,
            String reasons)
            implements java.io.Serializable {}

    /** G.3 F */
    public record UnsafeReport(
            long id,
            Integer itemNumber,
            LocalDate observedOn,
            String conditions,
            String advisedParty,
            String advisedName,
            LocalDate advisedOn,
            LocalDate oshaAdvisedOn,
            String oshaContact,
            String recordedBy)
            implements java.io.Serializable {

        static UnsafeReport of(UnsafeInstallationReport r, Integer itemNumber) {
            return new UnsafeReport(
                    r.getId(),
                    itemNumber,
                    r.getObservedOn(),
                    r.getConditions(),
                    r.getAdvisedParty() == null ? null : r.getAdvisedParty().label(),
                    r.getAdvisedName(),
                    r.getAdvisedOn(),
                    r.getOshaAdvisedOn(),
                    r.getOshaContact(),
                    r.getRecorded().by());
        }
    }

    static String worded(ExceptionGround ground, String details) {
        return ground == null ? null : ground.worded(details);
    }
}
