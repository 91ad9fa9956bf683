/**
 * Administrative enforcement (108.12; 106 "Written Notice"): stop orders, revocation notices,
 * notices of defects, condemnation, hearings and corrective orders, appeals (108.12.7) and the
 * delivery of each written notice.
 *
 * <p>Tables {@code perm_enforcement_action}, {@code perm_enforcement_appeal},
 * {@code perm_notice_delivery}. REST root {@code /enforcement}; screens
 * {@code /permitting/enforcement.xhtml}, {@code enforcement/*.xhtml} and the permit page's
 * Enforcement tab.
 */
package org.tryon.permitting.enforcement;
