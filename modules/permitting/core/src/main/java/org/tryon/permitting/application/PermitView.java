package org.tryon.permitting.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.tryon.permitting.api.Trade;
import org.tryon.permitting.domain.Permit;

public record PermitView(long id, String number, Trade trade, String status, long contractorId, String contractorName,
        String address, String description, BigDecimal constructionValue, LocalDate appliedOn, LocalDate issuedOn, String issuedBy,
        long version) {

    static PermitView of(Permit p) {
        return new PermitView(p.getId(), p.getNumber(), p.getTrade(), p.getStatus().name(), p.getContractor().getId(),
                p.getContractor().getName(), p.getAddress().toString(), p.getDescription(), p.getConstructionValue().amount(),
                p.getAppliedOn(), p.getIssuedOn(), p.getIssuedBy(), p.getVersion());
    }
}
