/**
 * Permits and their clocks (108.8, 108.8.1, 108.10 E; 106 definitions): projects on a parcel and
 * their classification (106 "Residential Project", "Commercial Project", "Mega Project", "Upfit"),
 * the application for a permit and the reasons it may not be issued (108.8 E, F, G, 108.7), issue,
 * cancellation, revocation and restoration, the status log (108.3), the validity clocks with the
 * outage relief (108.8.1, 106 "Project Discontinued", 108.10 E, ADR 0016), a replacement permit for
 * one that ended before its work was finaled (108.8.1), the search, lists and work list, and the BLDS
 * export.
 *
 * <p>Tables {@code perm_project}, {@code perm_permit}, {@code perm_permit_status_change},
 * {@code perm_notice}, {@code perm_clock_run}. REST roots {@code /projects}, {@code /permits}; screens
 * {@code /permitting/projects.xhtml}, {@code project.xhtml}, {@code intake.xhtml}, {@code permits.xhtml},
 * {@code permit.xhtml}, {@code work-list.xhtml}. The module map is docs/modules/permitting.md.
 */
package org.tryon.permitting.permits;
