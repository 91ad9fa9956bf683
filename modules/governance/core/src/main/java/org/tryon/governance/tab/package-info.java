/**
 * The Technical Advisory Board's work on agenda items (107.2.4 I-M): conflicts of interest proposed from permit data and
 * the members' declarations (J.1), referrals to the NC Department of Insurance (J.2), the chair's pro/con summary and
 * concurrences (I), recommendations (K) and the quarterly report of results (L); the decision on TAB conflicts.
 *
 * <p>Tables: {@code gov_tab_declaration}, {@code gov_doi_referral}, {@code gov_tab_bullet}, {@code gov_tab_concurrence},
 * {@code gov_tab_recommendation}, {@code gov_tab_item_project}, {@code gov_member_link}. REST:
 * {@code /api/v1/governance/tab}, {@code /api/v1/public/tab-results}. Screens: {@code /governance/tab/*.xhtml},
 * {@code /public/tab-results.xhtml}.
 */
package org.tryon.governance.tab;
