/** The migration runner: each module's Flyway folder, applied at start-up. */
package org.tryon.platform.migration;
