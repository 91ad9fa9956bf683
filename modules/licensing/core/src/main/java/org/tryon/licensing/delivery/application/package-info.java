/** The candidate's kiosk, its timeouts and paper answer sheets (106). */
package org.tryon.licensing.delivery.application;
