package org.tryon.licensing.domain.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One move of an exam session (107.1.5 C.2): from, to, who, when, why. Append-only. */
@Entity
@Table(name = "lic_exam_session_history")
public class SessionStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "from_status", length = 20)
    private String from;

    @Column(name = "to_status", nullable = false, length = 20)
    private String to;

    @Column(name = "changed_at", nullable = false)
    private Instant at;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String by;

    @Column(nullable = false, length = 400)
    private String reason;

    protected SessionStatusChange() {
    }

    public SessionStatusChange(long sessionId, String from, String to, Instant at, String by, String reason) {
        this.sessionId = sessionId;
        this.from = from;
        this.to = Objects.requireNonNull(to);
        this.at = Objects.requireNonNull(at);
        this.by = Objects.requireNonNull(by);
        this.reason = reason.length() > 400 ? reason.substring(0, 400) : reason;
    }

    public Long getId() { return id; }
    public long getSessionId() { return sessionId; }
    public String getFrom() { return from; }
    public String getTo() { return to; }
    public Instant getAt() { return at; }
    public String getBy() { return by; }
    public String getReason() { return reason; }
}
