/** Use cases of eligibility, the exam rules and kinds and the state credentials (106; ADR 0033). */
package org.tryon.licensing.eligibility.application;
