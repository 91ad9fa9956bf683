/**
 * Projects, permits and their clocks (108.8, 108.8.1, 108.10 E): {@code Project} and its
 * classification (106), {@code Permit} with its status changes (108.3) and notices, the reasons a
 * permit may not be issued ({@code IssuanceRules}: 108.7, 108.8 E, F, G), the validity clocks
 * ({@code PermitClocks}, {@code AbandonmentClock}: 108.8.1, 106 "Project Discontinued", "Abandoned
 * Projects", 108.10 E), the outage relief and the review of a clock's end in its light
 * ({@code OutageRelief}, {@code ClockEndReview}, ADR 0016) and the replacement permit (108.8.1).
 */
package org.tryon.permitting.permits.domain;
