/**
 * What belongs to the whole permitting module rather than to one feature: its effective-dated
 * settings and their catalogs (ADR 0008, ADR 0016), its schema and demo data, its menu and the
 * choices shared by its permit tables. The features are {@code permits}, {@code parties},
 * {@code plans}, {@code changes}, {@code machinery}, {@code enforcement} and {@code certificates};
 * docs/modules/permitting.md maps them.
 */
package org.tryon.permitting.module;
