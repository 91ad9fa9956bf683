/**
 * Delegation of the administration of examinations to qualified industry representatives (107.1.5 C), and
 * {@code ExamDelegation}, the check the other features ask whether a user may act for a delegated session.
 *
 * <p>Table {@code lic_delegation}. REST root {@code /licensing/delegations}; screen {@code /licensing/delegations}.
 */
package org.tryon.licensing.delegation;
