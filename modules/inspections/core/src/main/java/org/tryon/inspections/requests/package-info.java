/**
 * Calls for inspections (108.10, 108.10.1, 108.10 C): the inspection types, a request made once per
 * permit, type and day (ADR 0024), the earliest day it can be made (the request cut-off), urgent
 * requests (outage notice of December 2017) and the people a contractor names to request for it.
 *
 * <p>Tables {@code insp_inspection_type}, {@code insp_request}, {@code insp_designee}. REST
 * {@code /inspection-requests} (with {@code final-results} and {@code earliest-date}, served with
 * {@code /inspection-permits/{id}} and {@code /inspection-types}), {@code /inspection-requesters};
 * screen {@code requests}.
 */
package org.tryon.inspections.requests;
