package org.tryon.permitting.module.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.platform.kernel.Trade;

/** The choices of the permit tables' trade and status filters. */
@Named
@ApplicationScoped
public class PermitChoices {

    public Trade[] getTrades() {
        return Trade.values();
    }

    public PermitStatus[] getStatuses() {
        return PermitStatus.values();
    }
}
