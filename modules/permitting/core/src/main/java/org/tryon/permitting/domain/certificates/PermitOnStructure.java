package org.tryon.permitting.domain.certificates;

import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.api.Trade;

/** What the rules of 108.11 need to know of a permit on the structure. */
public record PermitOnStructure(long id, String number, Trade trade, PermitStatus status) {
}
