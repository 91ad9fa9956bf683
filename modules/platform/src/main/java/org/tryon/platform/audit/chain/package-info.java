/**
 * Tamper-evident records (issue 18, ADR 0055): hash chains over the records whose every change must be Tryon's own (the
 * ledger's postings, the exam results). A module names its chained records by a {@link
 * org.tryon.platform.audit.chain.ChainSource} (their canonical content, read from the database) and links each record
 * it writes, in the same transaction, by {@link org.tryon.platform.audit.chain.AuditChains#append}; {@link
 * org.tryon.platform.audit.chain.AuditVerification} walks every chain and compares it with the rows as they are now.
 * Tables {@code plat_audit_chain}, {@code plat_audit_chain_head}, {@code plat_audit_check}; REST root {@code
 * /audit/verification}; screen {@code /admin/audit.xhtml}; command {@code deploy/verify-audit.sh}.
 */
package org.tryon.platform.audit.chain;
