package org.tryon.fees.adjustment.application;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.tryon.fees.adjustment.domain.AppealDecision;

/**
 * Re-Inspection Fee Program: the director's decision on an appeal of a re-inspection fee adjustment:
 * {@code UPHELD} (no new amount), or {@code CHANGED} with its reason and the new adjustment
 * ({@code newAmount}: positive a charge, negative a credit, zero none).
 */
public record DecideAppeal(
        @NotNull AppealDecision.Outcome decision,
        @Size(max = 1000) String reason,
        @Digits(integer = 13, fraction = 2) BigDecimal newAmount) {}
