/**
 * The permit register inspections keeps from permitting's events ({@code PermitIssued},
 * {@code PermitStatusChanged}): the permits it may inspect and each permit's state with the day it
 * took effect, so that a request or result is refused unless work was allowed on its day (108.8.1,
 * 108.10 E; ADR 0016).
 *
 * <p>Tables {@code insp_permit}, {@code insp_permit_status}. No REST root or screen of its own (the
 * requests resource serves {@code /inspection-permits/{id}}).
 */
package org.tryon.inspections.register;
