/**
 * The outage kit (outage notice of December 2017; ADR 0016, ADR 0027): each inspector's day list in
 * route order and the staff directory, as PDF and CSV, written every evening for the next working day
 * so that inspections go on by phone and paper when the system is down, and the screen to enter the
 * paper results afterwards (the batch itself is read and recorded by {@code results}).
 *
 * <p>No table. REST {@code /inspection-schedule/kit}; screens {@code kit}, {@code paper-results}.
 */
package org.tryon.inspections.outage;
