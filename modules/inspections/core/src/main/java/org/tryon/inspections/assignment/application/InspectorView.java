package org.tryon.inspections.assignment.application;

import java.util.List;
import org.tryon.inspections.assignment.domain.Inspector;
import org.tryon.platform.kernel.Trade;

/** An inspector: trades, districts, daily capacity, active or not. */
public record InspectorView(
        long id,
        String userName,
        String displayName,
        String phone,
        List<Trade> trades,
        List<String> districts,
        int dailyCapacity,
        boolean active)
        implements java.io.Serializable {

    static InspectorView of(Inspector i) {
        return new InspectorView(
                i.getId(),
                i.getUserName(),
                i.getDisplayName(),
                i.getPhone(),
                i.getTrades().stream().sorted().toList(),
                i.getDistricts().stream().sorted().toList(),
                i.getDailyCapacity(),
                i.isActive());
    }

    /** "Building, Electrical" */
    public String tradeLabels() {
        return String.join(", ", trades.stream().map(Trade::label).toList());
    }
}
