/** Inspections' entities and rules (108.10). */
package org.tryon.inspections.domain;
