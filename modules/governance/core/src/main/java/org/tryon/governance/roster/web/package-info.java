/** The commissions screen and the {@code /api/v1/commissions} resource. */
package org.tryon.governance.roster.web;
