/** The screens and REST resources of accommodations, check-in, the roster and irregularities (107.1.5 C). */
package org.tryon.licensing.checkin.web;
