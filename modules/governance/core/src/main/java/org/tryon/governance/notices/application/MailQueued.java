package org.tryon.governance.notices.application;

/** Internal signal: messages were written to the outgoing mail; they are sent once the transaction commits. */
public record MailQueued(int count) {}
