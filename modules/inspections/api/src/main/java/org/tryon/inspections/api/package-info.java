/**
 * What the inspections context tells the others: an inspection requested, a final inspection passed.
 * The only package of inspections that other modules may use.
 */
package org.tryon.inspections.api;
