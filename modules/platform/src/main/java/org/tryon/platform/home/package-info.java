/**
 * The home page as a work list (ADR 0050): each module contributes a {@link org.tryon.platform.home.WorkListSection}
 * whose cards answer, for the signed-in user's roles, how much work waits, where it is, and where a trend matters a
 * small chart; {@link org.tryon.platform.home.HomePage} collects them for the screen and {@code GET /api/v1/home}.
 */
package org.tryon.platform.home;
