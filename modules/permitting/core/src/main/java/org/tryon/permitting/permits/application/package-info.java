/**
 * Use cases of projects and permits (108.8, 108.8.1, 108.10 E): creating a project and designating
 * a Mega Project (106), applying for, issuing, cancelling, revoking and restoring a permit, recording
 * commencement, the nightly clock job, the clocks fed by inspections' events
 * ({@code PermitInspections}), the status log, the search, the lists and the BLDS export; and the
 * {@code ProjectPermits} query of permitting's api.
 */
package org.tryon.permitting.permits.application;
