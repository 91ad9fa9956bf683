package org.tryon.inspections.application;

import java.time.LocalDate;
import org.tryon.permitting.api.Trade;

public record InspectablePermitView(long permitId, String permitNumber, Trade trade, String contractorName, String address,
        String status, LocalDate issuedOn) {
}
