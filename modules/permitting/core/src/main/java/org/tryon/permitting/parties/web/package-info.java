/**
 * Contractors and design professionals over HTTP ({@code /contractors}, {@code /design-professionals})
 * and on the screens: the contractor list and page, the design professionals' list.
 */
package org.tryon.permitting.parties.web;
