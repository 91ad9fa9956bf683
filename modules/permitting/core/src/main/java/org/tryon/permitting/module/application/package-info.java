/** The catalogs that list permitting's settings and the outage relief of the clocks (ADR 0008, ADR 0016). */
package org.tryon.permitting.module.application;
