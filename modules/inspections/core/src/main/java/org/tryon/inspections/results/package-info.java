/**
 * Inspection results (108.10, 108.10 D): a result with its defects and re-inspections, the record of a
 * permit's inspections it is judged against (108.3), the final inspection (108.11.4), the department's
 * own inspections (108.10.2, 108.10.3), results entered late from paper (a batch CSV; outage notice of
 * December 2017, ADR 0016), open defects and the BLDS inspection file.
 *
 * <p>Tables {@code insp_result}, {@code insp_defect}. REST {@code /inspection-results} (with
 * {@code paper-batch}, {@code blds.csv}, {@code open-defects}); screens {@code result},
 * {@code result-fields}, {@code departmental}.
 */
package org.tryon.inspections.results;
