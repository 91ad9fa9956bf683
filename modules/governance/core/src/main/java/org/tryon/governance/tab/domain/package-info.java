/** Declarations, conflict proposals, DOI referrals, summary bullets, concurrences, recommendations, member and project links, calendar quarters (107.2.4 I-M). */
package org.tryon.governance.tab.domain;
