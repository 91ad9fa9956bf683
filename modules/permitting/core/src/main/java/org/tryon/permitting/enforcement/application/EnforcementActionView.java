package org.tryon.permitting.enforcement.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.tryon.permitting.enforcement.domain.ActionStatus;
import org.tryon.permitting.enforcement.domain.EnforcementAction;
import org.tryon.permitting.enforcement.domain.EnforcementKind;
import org.tryon.permitting.enforcement.domain.OrderStanding;

/**
 * An enforcement action as screens and the API show it: what its notice states, whether it is in
 * force, when its written notice was given (106), its standing on appeal with the last day to appeal
 * and the day it became final (108.12.7), and whether the day to comply has passed with the order
 * still in force (108.12.6: failure to take corrective action).
 */
public record EnforcementActionView(
        long id,
        String referenceNumber,
        EnforcementKind kind,
        String title,
        String section,
        Long permitId,
        String permitNumber,
        Long relatedActionId,
        String building,
        String addresseeName,
        String addresseeAddress,
        String subject,
        String reasons,
        String conditions,
        String correctiveAction,
        LocalDate complyBy,
        LocalDateTime hearingAt,
        String hearingPlace,
        LocalDate issuedOn,
        String issuedBy,
        String issuedAs,
        ActionStatus status,
        String statusLabel,
        LocalDate liftedOn,
        String liftedBy,
        String liftedReason,
        LocalDate noticeGivenOn,
        boolean posted,
        OrderStanding.State standing,
        String standingLabel,
        LocalDate appealBy,
        LocalDate finalOn,
        boolean orderFinal,
        boolean overdue,
        String appealTo,
        AppealView appeal,
        List<DeliveryView> deliveries,
        long version)
        implements java.io.Serializable {

    static EnforcementActionView of(
            EnforcementAction a,
            LocalDate noticeGivenOn,
            boolean posted,
            OrderStanding standing,
            boolean overdue,
            AppealView appeal,
            List<DeliveryView> deliveries) {
        return new EnforcementActionView(
                a.getId(),
                a.getReferenceNumber(),
                a.getKind(),
                a.getKind().title(),
                a.getKind().section(),
                a.getPermitId(),
                a.getPermitNumber(),
                a.getRelatedActionId(),
                a.getBuilding().toString(),
                a.getAddresseeName(),
                a.getAddresseeAddress(),
                a.getSubject(),
                a.getReasons(),
                a.getConditions(),
                a.getCorrectiveAction() == null ? null : a.getCorrectiveAction().label(),
                a.getComplyBy(),
                a.getHearingAt(),
                a.getHearingPlace(),
                a.getIssued().on(),
                a.getIssued().by(),
                a.getIssued().as(),
                a.getStatus(),
                a.getStatus().label(),
                a.getLifted() == null ? null : a.getLifted().on(),
                a.getLifted() == null ? null : a.getLifted().by(),
                a.getLiftedReason(),
                noticeGivenOn,
                posted,
                standing.state(),
                standing.state().label(),
                standing.appealBy(),
                standing.finalOn(),
                standing.isFinal(),
                overdue,
                a.getKind().appealTo(),
                appeal,
                deliveries,
                a.getVersion());
    }

    public boolean inForce() {
        return status == ActionStatus.IN_FORCE;
    }
}
