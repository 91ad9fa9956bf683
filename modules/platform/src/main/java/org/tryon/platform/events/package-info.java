/**
 * Integration events between bounded contexts: published after commit, and for events whose loss
 * would lose money or a record, through a transactional outbox.
 */
package org.tryon.platform.events;
