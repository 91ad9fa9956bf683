/**
 * The fee schedule and permit fees (108.9): the effective-dated schedule lines and their quotes
 * (ADR 0013), the permits fees billed (kept from permitting's {@code PermitIssued}, with the permit
 * a replacement replaces, 108.8.1), the permit fee charged on issue and the additional fee of an
 * approved change in work (108.8.2).
 *
 * <p>Tables {@code fees_schedule_line}, {@code fees_permit}. REST {@code /fee-schedule} (and, on the
 * same resource, {@code /hifr-charge-summary/{accountId}}, which reads the {@code hifr} feature);
 * screen {@code schedule}.
 */
package org.tryon.fees.schedule;
