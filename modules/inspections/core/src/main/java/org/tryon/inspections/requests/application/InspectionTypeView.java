package org.tryon.inspections.requests.application;

import org.tryon.inspections.requests.domain.InspectionType;
import org.tryon.platform.kernel.Trade;

/**
 * An inspection type. {@code departmentalSection} is "108.10.2" or "108.10.3" for an inspection the
 * department makes of its own accord (nobody requests it), null for one the holder requests.
 */
public record InspectionTypeView(
        String code, Trade trade, String name, boolean finalInspection, String departmentalSection) {

    /** "Building — footing": what screens show (ADR 0052); the REST answer keeps the code and name. */
    public String displayName() {
        return InspectionType.displayName(trade, name);
    }
}
