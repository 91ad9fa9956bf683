/**
 * Temporary utilities and occupancy (108.11) over HTTP and on the screens: the Certificates tab of
 * a project's page and the Utilities tab of a permit's page.
 */
package org.tryon.permitting.certificates.web;
