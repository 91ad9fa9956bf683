package org.tryon.platform.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event whose loss would lose money or a record. It is published only through the
 * outbox ({@link EventPublisher#publishDurably}): written in the publishing transaction and
 * delivered, after commit, until its observers have handled it. Its observers use a plain
 * {@code @Observes} and run inside the delivery transaction, so their work and the mark
 * "delivered" commit together: exactly once in effect.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DurableEvent {}
