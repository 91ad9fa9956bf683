package org.tryon.permitting.plans.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.tryon.permitting.plans.domain.PlanRule;

/** A plan rule as the screen and the API show it, in words too. */
public record PlanRuleView(
        long id,
        String requirement,
        String trade,
        Boolean residential,
        String occupancyFamily,
        Integer minGrossSquareFeet,
        BigDecimal minConstructionValue,
        LocalDate effectiveFrom,
        LocalDate effectiveUntil,
        String citation,
        String description,
        long version)
        implements java.io.Serializable {

    static PlanRuleView of(PlanRule r) {
        return new PlanRuleView(
                r.getId(),
                r.getRequirement().name(),
                r.getTrade() == null ? null : r.getTrade().name(),
                r.getResidential(),
                r.getOccupancyFamily() == null ? null : r.getOccupancyFamily().name(),
                r.getMinGrossSquareFeet(),
                r.getMinConstructionValue() == null
                        ? null
                        : r.getMinConstructionValue().amount(),
                r.getEffectiveFrom(),
                r.getEffectiveUntil(),
                r.getCitation(),
                r.describe(),
                r.getVersion());
    }
}
