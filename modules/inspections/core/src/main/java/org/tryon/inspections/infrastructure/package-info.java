/** Inspections' adapters. */
package org.tryon.inspections.infrastructure;
