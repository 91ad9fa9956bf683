package org.tryon.platform.migration;

/** Fired once at start-up after every module's schema is migrated; start-up work that needs the database observes it. */
public record SchemaMigrated(int migrationsApplied) {}
