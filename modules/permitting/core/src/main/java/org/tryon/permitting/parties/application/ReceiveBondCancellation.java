package org.tryon.permitting.parties.application;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * 108.7: the surety's written notice of its intention to cancel, the day the Department received
 * it and, if the notice names one, the day the surety wants the cancellation to take effect.
 */
public record ReceiveBondCancellation(@NotNull LocalDate receivedOn, LocalDate requestedEffectiveOn) {}
