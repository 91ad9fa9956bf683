package org.tryon.permitting.plans.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.tryon.permitting.permits.domain.OccupancyGroup;
import org.tryon.permitting.plans.domain.PlanRequirement;
import org.tryon.platform.kernel.Trade;

/** A plan rule (108.8 E, F.1): what it requires, for which permits, from which day, and on what authority. */
public record AddPlanRule(
        @NotNull PlanRequirement requirement,
        Trade trade,
        Boolean residential,
        OccupancyGroup.Family occupancyFamily,
        @Min(0) Integer minGrossSquareFeet,

        @DecimalMin("0.00") @Digits(integer = 13, fraction = 2)
        BigDecimal minConstructionValue,

        @NotNull LocalDate effectiveFrom,
        @NotBlank @Size(max = 100) String citation) {}
