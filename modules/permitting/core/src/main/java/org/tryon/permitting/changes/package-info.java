/**
 * Changes in work (108.8.2): requests to change or deviate from the application, the plans or the
 * permit after issue, the Department's written approval or refusal, revised plans through plan
 * review when the change is substantial, and the additional fee of 108.9 (posted by fees from
 * {@code ChangeInWorkApproved}).
 *
 * <p>Table {@code perm_change_request}. REST under {@code /permits/{id}/changes}; the permit page's
 * Changes tab ({@code /permitting/permit-changes.xhtml}).
 */
package org.tryon.permitting.changes;
