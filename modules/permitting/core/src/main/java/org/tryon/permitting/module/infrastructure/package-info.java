/** Permitting's adapters: its tables (prefix {@code perm_}) and migrations, and its demo data. */
package org.tryon.permitting.module.infrastructure;
