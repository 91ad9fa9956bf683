/**
 * Licensing's examination fees on the candidate's account ({@code CANDIDATE-<id>}): charged on
 * {@code ExamFeeCharged}, credited on {@code ExamFeeCredited}, once per registration, and paid
 * through {@code ExamFeePayments} (ADR 0035). No table of its own (postings in the ledger's), no REST
 * root, no screen.
 */
package org.tryon.fees.exams;
