/**
 * The re-inspection fee adjustment (Re-Inspection Fee Program): the code defect rate, the effective-dated adjustment
 * schedule, the limits of small and large projects, who receives the charge or credit, and what
 * was applied before the certificate of occupancy.
 */
package org.tryon.fees.domain.adjustment;
