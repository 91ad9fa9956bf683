/**
 * What belongs to the whole inspections module rather than to one feature: its effective-dated
 * settings and their catalog (ADR 0008), its answers to the other modules' {@code InspectionQueries}
 * (reads only, ADR 0040), the retry of a deadlocked use case (ADR 0024), its schema (registers all
 * {@code insp_*} tables and the migrations in {@code db/migration/inspections}), its demo data and its
 * menu. The features are {@code requests}, {@code register}, {@code assignment}, {@code results},
 * {@code hifr}, {@code thirdparties} and {@code outage}; docs/modules/inspections.md maps them.
 */
package org.tryon.inspections.module;
