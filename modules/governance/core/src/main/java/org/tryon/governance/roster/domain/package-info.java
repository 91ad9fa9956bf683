/** Commissions, seats, people, appointments and the term rules (107.1.1, 107.1.2, 107.2.1, 107.2.2). */
package org.tryon.governance.roster.domain;
