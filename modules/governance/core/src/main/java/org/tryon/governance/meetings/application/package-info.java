/** Scheduling and running meetings, the agenda, the minutes records and recesses. */
package org.tryon.governance.meetings.application;
