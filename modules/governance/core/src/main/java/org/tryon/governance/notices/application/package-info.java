/** Issuing notices, subscriptions, the mail queue and its dispatcher and server, the public meeting views and the iCalendar feed. */
package org.tryon.governance.notices.application;
