/**
 * Item statistics of the licensing examinations (106; 107.1.5 C: the subcommittees keep the records of
 * examinations): difficulty, discrimination and option shares per item version, reliability per form, flags for
 * review, over an administration or a period; the CSV export and the demo administrations.
 *
 * <p>No table of its own (reads the exam tables by one streaming native query). REST root
 * {@code /licensing/statistics}; screen {@code /licensing/statistics}.
 */
package org.tryon.licensing.statistics;
