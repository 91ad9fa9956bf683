/** The notices and public meeting screens, subscriptions and the calendar feed. */
package org.tryon.governance.notices.web;
