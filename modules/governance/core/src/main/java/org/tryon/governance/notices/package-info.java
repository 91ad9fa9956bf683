/**
 * Public notice of meetings under the Open Meetings Law (107.1.4 B, 107.2.4 B; G.S. 143-318.12): notices and their
 * texts, subscribers, outgoing mail with retries, the public meeting pages and the iCalendar feed (the decision on
 * meeting notices, subscriber lists and public pages).
 *
 * <p>Tables: {@code gov_meeting_notice}, {@code gov_subscriber}, {@code gov_outgoing_mail}. REST:
 * {@code /api/v1/meetings/{meetingId}/notices}, {@code /api/v1/commissions/{code}/subscribers},
 * {@code /api/v1/public/meetings}, {@code /api/v1/public/subscriptions},
 * {@code /api/v1/public/commissions/{code}/meetings.ics}. Screens: {@code /governance/notices.xhtml},
 * {@code /public/meetings.xhtml}, {@code /public/meeting.xhtml}, {@code /public/subscribe.xhtml}.
 */
package org.tryon.governance.notices;
