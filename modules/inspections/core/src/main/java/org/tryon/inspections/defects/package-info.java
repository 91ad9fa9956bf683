/**
 * The defect library (issue 17, ADR 0051): per trade, the code sections an inspector cites with their standard wording,
 * kept as effective-dated data and kept by the trade code administrators. 108.3: the department records each defect
 * found; a result of a past day takes the wording in force that day.
 *
 * <p>Table {@code insp_defect_library}. REST {@code /defect-library}; screen {@code defect-library}.
 */
package org.tryon.inspections.defects;
