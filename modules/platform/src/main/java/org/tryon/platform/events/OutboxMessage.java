package org.tryon.platform.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A durable event waiting for (or done with) delivery. Written in the publisher's transaction;
 * never deleted, so the outbox is also the log of what crossed module boundaries.
 */
@Entity
@Table(name = "plat_outbox")
public class OutboxMessage {

    public enum Status {
        PENDING,
        DELIVERED
    }

    @Id
    @Column(name = "event_id", length = 36)
    private String eventId;

    @Column(name = "event_type", nullable = false, length = 300)
    private String eventType;

    @Lob
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String payload;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    protected OutboxMessage() {}

    public OutboxMessage(UUID eventId, String eventType, String payload, Instant occurredAt) {
        this.eventId = eventId.toString();
        this.eventType = eventType;
        this.payload = payload;
        this.occurredAt = occurredAt;
        this.status = Status.PENDING;
        this.nextAttemptAt = occurredAt;
    }

    void delivered(Instant at) {
        status = Status.DELIVERED;
        deliveredAt = at;
        attempts++;
        lastError = null;
    }

    void failed(Instant at, String error) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 2000));
        // back off: 5 s, 10 s, 20 s ... at most 10 minutes between attempts; never given up on
        long delay = Math.min(600, 5L << Math.min(attempts - 1, 7));
        nextAttemptAt = at.plusSeconds(delay);
    }

    public String getEventId() {
        return eventId;
    }

    public String getEventType() {
        return eventType;
    }

    public String getPayload() {
        return payload;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public String getLastError() {
        return lastError;
    }
}
