/** Trades, certificate types and their kinds on a day, candidates, the effective-dated exam rules (106, 107.1.5 C, 109) and the county's clock text. */
package org.tryon.licensing.module.domain;
