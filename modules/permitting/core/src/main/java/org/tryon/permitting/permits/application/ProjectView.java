package org.tryon.permitting.permits.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.tryon.permitting.permits.domain.Project;
import org.tryon.permitting.permits.domain.ProjectClassification;

/**
 * A project as screens and the API show it, with its classification and the reasons for it (106,
 * Re-Inspection Fee Program), and the last day to resubmit or obtain a permit before it is abandoned (106).
 */
public record ProjectView(
        long id,
        String name,
        String address,
        String street,
        String city,
        String addressState,
        String zip,
        String pin,
        long ownerId,
        String ownerName,
        String ownerMailingAddress,
        String description,
        BigDecimal constructionValue,
        int grossSquareFeet,
        BigDecimal heightFeet,
        String occupancyGroup,
        boolean mixedUse,
        int smokeCompartments,
        String dwelling,
        String workType,
        String shellDrawings,
        boolean federalReview,
        String status,
        LocalDate abandonedOn,
        BigDecimal permitFees,
        ProjectClassification classification,
        LocalDate abandonmentLastDay,
        long version)
        implements java.io.Serializable {

    static ProjectView of(
            Project p,
            java.math.BigDecimal permitFees,
            ProjectClassification classification,
            LocalDate abandonmentLastDay) {
        return new ProjectView(
                p.getId(),
                p.getName(),
                p.getAddress().toString(),
                p.getAddress().getStreet(),
                p.getAddress().getCity(),
                p.getAddress().getState(),
                p.getAddress().getZip(),
                p.getPin(),
                p.getOwner().getId(),
                p.getOwner().getName(),
                p.getOwner().getMailingAddress(),
                p.getDescription(),
                p.getConstructionValue().amount(),
                p.getGrossSquareFeet(),
                p.getHeightFeet(),
                p.getOccupancyGroup().label(),
                p.isMixedUse(),
                p.getSmokeCompartments(),
                p.getDwelling().name(),
                p.getWorkType().name(),
                p.getShellDrawings(),
                p.isFederalReview(),
                p.getState().name(),
                p.getAbandonedOn(),
                permitFees,
                classification,
                abandonmentLastDay,
                p.getVersion());
    }
}
