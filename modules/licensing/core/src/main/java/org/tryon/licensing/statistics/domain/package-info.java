/**
 * Item statistics of the licensing examinations (106; 107.1.5 C: the subcommittees keep the records of examinations):
 * per item version the difficulty (p-value), the corrected point-biserial discrimination and the share choosing each
 * option; per form the mean, standard deviation, KR-20 reliability and standard error of measurement; flags for review.
 * Pure arithmetic over a packed response matrix, no persistence.
 */
package org.tryon.licensing.statistics.domain;
