/**
 * Who inspects when (the department's requirements): inspectors with their trades, districts and daily
 * capacity, districts by ZIP code, the assignment of each request by the rule with its log,
 * reassignment by a supervisor, the inspectors' day lists in route order, the supervisor's board and
 * the on-time rate.
 *
 * <p>Tables {@code insp_inspector}, {@code insp_district}, {@code insp_assignment}. REST
 * {@code /inspection-schedule}; screens {@code inspectors}, {@code day}, {@code board},
 * {@code on-time}, {@code on-time-lines}.
 */
package org.tryon.inspections.assignment;
