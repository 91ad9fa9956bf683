/** An attempt at a form and its server-counted time (106). */
package org.tryon.licensing.delivery.domain;
