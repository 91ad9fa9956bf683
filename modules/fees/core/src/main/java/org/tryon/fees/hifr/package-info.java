/**
 * The charges inspections tells fees about (108.10 F, 108.10.4): the HIFR special permit fee of a
 * quarter (F.3), a HIFR contractor's re-inspection by the hour (F.2.1, F.2.2.2; the MEP contractor
 * under a master permit, F.4) and an inspection beyond a permit's allocation (108.10.4), each priced
 * by the fee schedule, once per cause; and the HIFR charge summary of an account (F.4).
 *
 * <p>No table of its own (postings in the ledger's). REST: the summary is served at
 * {@code /hifr-charge-summary/{accountId}} by the {@code schedule} feature's resource; screen
 * {@code hifr-summary}.
 */
package org.tryon.fees.hifr;
