/**
 * The ledger: customer accounts, append-only double-entry postings and their lines, payments and
 * receipts, refunds, reversals and write-offs (ADR 0014), aging and delinquency (108.8 F.3: a billed
 * fee unpaid after {@code fees.billing.due-days}), statements, and the county's exports (general
 * ledger file, cash report, revenue by fee type). Every posting is linked into the ledger's audit chain as it is
 * written ({@code LedgerChain}, ADR 0055).
 *
 * <p>Tables {@code fees_account}, {@code fees_posting}, {@code fees_posting_line}. REST
 * {@code /accounts}, {@code /ledger}; screens {@code accounts}, {@code open-account}, {@code account},
 * {@code account-ledger}, {@code delinquent}, {@code exports}.
 */
package org.tryon.fees.ledger;
