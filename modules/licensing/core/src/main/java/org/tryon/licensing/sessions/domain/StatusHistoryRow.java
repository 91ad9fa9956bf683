package org.tryon.licensing.sessions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;

/**
 * The columns every status history of the exam records shares (107.1.5 C.2: records of examinations are kept): from,
 * to, who, when, why. Append-only; each subclass adds the column naming the record that moved and its own table.
 */
@MappedSuperclass
public abstract class StatusHistoryRow {

    /** The longest reason kept; a longer one is cut. */
    public static final int REASON_LENGTH = 400;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "from_status", length = 20)
    private String from;

    @Column(name = "to_status", nullable = false, length = 20)
    private String to;

    @Column(name = "changed_at", nullable = false)
    private Instant at;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String by;

    @Column(nullable = false, length = REASON_LENGTH)
    private String reason;

    protected StatusHistoryRow() {}

    protected StatusHistoryRow(String from, String to, Instant at, String by, String reason) {
        this.from = from;
        this.to = Objects.requireNonNull(to);
        this.at = Objects.requireNonNull(at);
        this.by = Objects.requireNonNull(by);
        this.reason = reason.length() > REASON_LENGTH ? reason.substring(0, REASON_LENGTH) : reason;
    }

    public Long getId() {
        return id;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }

    public String getReason() {
        return reason;
    }
}
