/**
 * Temporary utilities and occupancy (108.11): utility authorizations (108.11.1, 108.11.2),
 * temporary certificates of occupancy (108.11.3) and the certificate of compliance or occupancy
 * (108.11.4), with their PDF documents.
 *
 * <p>Tables {@code perm_utility_authorization}, {@code perm_temporary_certificate},
 * {@code perm_certificate}. REST {@code /permits/{permitId}/utility-authorizations},
 * {@code /projects/{projectId}/certificates}; the permit page's Utilities tab and the project page's
 * Certificates tab.
 */
package org.tryon.permitting.certificates;
