/**
 * Projects and permits over HTTP ({@code /projects}, {@code /permits}) and on the screens: the
 * projects and project pages, the intake form, the permit list and search, the permit page with its
 * inspections tab, the work list and the CSV of a permit list.
 */
package org.tryon.permitting.permits.web;
