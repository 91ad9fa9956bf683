/** The page template, the menu, sign-in and sign-out, error pages, and the lazy table model of lists ({@link org.tryon.platform.web.LazyList}). */
package org.tryon.platform.web;
