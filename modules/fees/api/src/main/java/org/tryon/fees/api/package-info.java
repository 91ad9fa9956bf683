/** What the fees and ledger context offers the others: fee queries and their DTOs. */
package org.tryon.fees.api;
