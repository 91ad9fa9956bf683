/**
 * The Re-Inspection Fee Program's adjustment: the adjustment schedule and its bands, the Small
 * Project Lead Contractor Schedule, the responsibility of each prime (multi-prime arrangements), the
 * adjustment applied when a project completes (on permitting's {@code PermitStatusChanged}, 108.8.1
 * replacements counted through their replacement), the recap sheet with its PDF, and the customer's
 * appeals with the director's decisions.
 *
 * <p>Tables {@code fees_reinspection_band}, {@code fees_lead_contractor_rank},
 * {@code fees_reinspection_adjustment}, {@code fees_adjustment_arrangement},
 * {@code fees_adjustment_appeal}, {@code fees_adjustment_appeal_decision}. REST
 * {@code /projects/{projectId}/reinspection-adjustment} (and its {@code .pdf}),
 * {@code /adjustment-schedules}; screens {@code adjustment}, {@code adjustment-schedules}.
 */
package org.tryon.fees.adjustment;
