/**
 * Outages of the county's systems (outage notice of December 2017): the director declares when the
 * system was down and when the work done by hand during it has been keyed in. The clocks of other
 * modules read {@link org.tryon.platform.outage.OutagePeriod}s to hold their deadlines.
 */
package org.tryon.platform.outage;
