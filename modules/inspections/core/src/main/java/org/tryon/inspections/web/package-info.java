/** Inspections' screens and REST resources. */
package org.tryon.inspections.web;
