/** Exam applications, experience lines, references and state credentials, and the eligibility arithmetic (106; ADR 0033). */
package org.tryon.licensing.eligibility.domain;
