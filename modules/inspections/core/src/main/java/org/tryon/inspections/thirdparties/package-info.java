/**
 * The department-approved third-party inspectors (108.10 F.2.2.1) and the number of inspections a
 * permit's base fee includes (108.10.4, 106 "Inspection Count").
 *
 * <p>Tables {@code insp_third_party}, {@code insp_allocation}. REST {@code /third-parties},
 * {@code /inspection-allocations}; screen {@code third-parties}.
 */
package org.tryon.inspections.thirdparties;
