package org.tryon.platform.outage;

/**
 * Fired (synchronously, in the declaring transaction) when an outage is declared, ended or its
 * backlog declared entered, so that a module whose clocks ended something during the outage can
 * put it right at once.
 */
public record OutageChanged(OutagePeriod outage) {}
