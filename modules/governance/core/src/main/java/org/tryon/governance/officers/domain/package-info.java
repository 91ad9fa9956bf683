/** Officer terms, elections due, removals, committees, closed sessions and their purposes, with their rules (107.1.3, 107.2.3, 107.2.1, 107.1.4 C). */
package org.tryon.governance.officers.domain;
