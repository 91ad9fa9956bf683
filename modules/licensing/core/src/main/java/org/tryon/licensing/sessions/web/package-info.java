/** Screens and REST of exam sessions and registrations (107.1.5 C). */
package org.tryon.licensing.sessions.web;
