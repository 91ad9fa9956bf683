/** The clock and the county's working-day calendar. */
package org.tryon.platform.time;
