/** What the inspections context tells the others. The only package of inspections that other modules may use. */
package org.tryon.inspections.api;
