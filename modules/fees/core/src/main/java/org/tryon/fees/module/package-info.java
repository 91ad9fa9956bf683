/**
 * What belongs to the whole fees module rather than to one feature: its effective-dated settings and
 * their catalog (ADR 0008), its answers to the other modules' {@code FeeQueries} (reads only, ADR
 * 0040), its schema (registers all {@code fees_*} tables and the migrations in
 * {@code db/migration/fees}) and its menu. The features are {@code ledger}, {@code schedule},
 * {@code adjustment}, {@code exams} and {@code hifr}; docs/modules/fees.md maps them.
 */
package org.tryon.fees.module;
