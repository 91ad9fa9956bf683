/**
 * The public's part in the commissions' work: applications for seats with their packets (107.1.1 A, 107.2.1), the
 * public appearance of speakers and their time (107.1.4 F), interested parties and certified copies of resolutions
 * with their deliveries (107.1.4 A); the decision on public participation.
 *
 * <p>Tables: {@code gov_application}, {@code gov_application_packet}, {@code gov_speaker}, {@code gov_interested_party},
 * {@code gov_certified_copy}, {@code gov_copy_delivery}. REST: {@code /api/v1/governance/applications},
 * {@code /api/v1/public/applications}, {@code /api/v1/meetings/{meetingId}/speakers},
 * {@code /api/v1/public/meetings/{meetingId}/speakers}, {@code /api/v1/governance/resolutions},
 * {@code /api/v1/public/resolutions}. Screens: {@code /governance/applications.xhtml},
 * {@code /governance/speakers.xhtml}, {@code /governance/timer.xhtml}, {@code /governance/resolutions.xhtml},
 * {@code /public/apply.xhtml}, {@code /public/speak.xhtml}.
 */
package org.tryon.governance.participation;
