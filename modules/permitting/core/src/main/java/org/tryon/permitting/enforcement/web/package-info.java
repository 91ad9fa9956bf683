/**
 * Administrative enforcement (108.12) over HTTP ({@code /enforcement}) and on the screens: the
 * department-wide list of orders, the issue and follow-up forms and the permit page's Enforcement tab.
 */
package org.tryon.permitting.enforcement.web;
