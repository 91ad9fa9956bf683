/** Licensing's adapters. */
package org.tryon.licensing.infrastructure;
