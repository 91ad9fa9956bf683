/**
 * Effective-dated settings: every number an ordinance rule names (days, percents, dollars,
 * seats, quorum) is a setting with the ordinance's value as its default and a history of
 * changes, each from a date on.
 */
package org.tryon.platform.settings;
