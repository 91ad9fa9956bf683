/** The meetings screens and the {@code /api/v1/meetings} and recess resources. */
package org.tryon.governance.meetings.web;
