/** Permitting's adapters: schema registration and demo data. */
package org.tryon.permitting.infrastructure;
