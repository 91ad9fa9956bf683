/**
 * Scoring (106, 107.1.5 C, C.2): the raw score, percent and pass or fail against the cut score in force on the day
 * the exam was taken, append-only result rows (first score, rescore, invalidation), the score report, and item
 * challenges and score appeals decided by the licensing subcommittee. Fires {@code ResultRecorded} (observed by
 * {@code certificates}). Every result row is linked into the exam results' audit chain as it is recorded, and again
 * when it is superseded ({@code ExamResultChain}, ADR 0055).
 *
 * <p>Tables {@code lic_result}, {@code lic_challenge}. REST roots {@code /licensing/results},
 * {@code /licensing/challenges}; screens {@code /licensing/results}, {@code results-detail},
 * {@code results-challenges}.
 */
package org.tryon.licensing.scoring;
