/** Fees' adapters. */
package org.tryon.fees.infrastructure;
