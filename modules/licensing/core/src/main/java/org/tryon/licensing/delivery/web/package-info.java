/** The kiosk (public) and the answer-sheet screen and REST (106). */
package org.tryon.licensing.delivery.web;
