package org.tryon.licensing.itembank.application;

/**
 * Inside licensing (a CDI event): the demo item bank and its forms were loaded (demo data only). The
 * demo administrations observe it to simulate past sessions with the responses of simulated candidates.
 */
public record ItemBankDemoLoaded() {}
