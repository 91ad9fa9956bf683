/** The ledger (accounts, append-only double-entry postings) and the fee rules (108.9, Re-Inspection Fee Program). */
package org.tryon.fees.domain;
