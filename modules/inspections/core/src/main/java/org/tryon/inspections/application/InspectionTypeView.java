package org.tryon.inspections.application;

import org.tryon.permitting.api.Trade;

public record InspectionTypeView(String code, Trade trade, String name, boolean finalInspection) {
}
