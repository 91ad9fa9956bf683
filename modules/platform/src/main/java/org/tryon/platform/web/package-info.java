/** The page template, the menu, sign-in and sign-out, and error pages. */
package org.tryon.platform.web;
