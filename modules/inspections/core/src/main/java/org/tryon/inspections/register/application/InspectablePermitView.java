package org.tryon.inspections.register.application;

import java.time.LocalDate;
import org.tryon.inspections.register.domain.InspectablePermit;
import org.tryon.platform.kernel.Trade;

public record InspectablePermitView(
        long permitId,
        String permitNumber,
        Trade trade,
        String contractorName,
        String address,
        String status,
        LocalDate issuedOn)
        implements java.io.Serializable {

    public static InspectablePermitView of(InspectablePermit p) {
        return new InspectablePermitView(
                p.getPermitId(),
                p.getPermitNumber(),
                p.getTrade(),
                p.getHolderName(),
                p.getAddress(),
                p.getStatus().name(),
                p.getIssuedOn());
    }
}
