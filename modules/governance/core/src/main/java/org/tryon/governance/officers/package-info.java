/**
 * Officers and elections of both bodies (107.1.3, 107.2.3), removal of a TAB member (107.2.1), subcommittees and task
 * forces (107.1.4 C, 107.1.5 C) and closed sessions (G.S. 143-318.11); the decision on officers, removals, closed
 * sessions and subcommittees.
 *
 * <p>Tables: {@code gov_officer_term}, {@code gov_election_due}, {@code gov_removal}, {@code gov_committee},
 * {@code gov_closed_session}, {@code gov_closed_session_purpose}. REST: {@code /api/v1/governance/officers},
 * {@code /api/v1/governance/removals}, {@code /api/v1/governance/subcommittees},
 * {@code /api/v1/governance/closed-session-purposes}, {@code /api/v1/meetings/{meetingId}/closed-sessions}. Screens:
 * {@code /governance/officers.xhtml}, {@code /governance/closed-sessions.xhtml}.
 */
package org.tryon.governance.officers;
