/** The ledger (accounts, append-only double-entry postings) and the fee rules (108.9, seed 001). */
package org.tryon.fees.domain;
