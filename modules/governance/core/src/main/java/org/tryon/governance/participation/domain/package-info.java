/** Seat applications and packets, speakers and speaking time, interested parties, certified copies and deliveries (107.1.1 A, 107.1.4 A, 107.1.4 F). */
package org.tryon.governance.participation.domain;
