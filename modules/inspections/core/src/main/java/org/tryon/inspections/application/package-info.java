/** Inspections' use cases and observers of permitting's events. */
package org.tryon.inspections.application;
