package org.tryon.permitting.application;

import org.tryon.permitting.api.Trade;
import org.tryon.permitting.domain.ContractorFirm;

public record ContractorView(long id, String name, String licenseNumber, Trade trade, long version) {

    static ContractorView of(ContractorFirm c) {
        return new ContractorView(c.getId(), c.getName(), c.getLicenseNumber(), c.getTrade(), c.getVersion());
    }
}
