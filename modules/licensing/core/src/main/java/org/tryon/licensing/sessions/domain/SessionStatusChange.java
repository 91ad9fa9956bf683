package org.tryon.licensing.sessions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One move of an exam session (107.1.5 C.2): from, to, who, when, why. Append-only. */
@Entity
@Table(name = "lic_exam_session_history")
public class SessionStatusChange extends StatusHistoryRow {

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    protected SessionStatusChange() {}

    public SessionStatusChange(long sessionId, String from, String to, Instant at, String by, String reason) {
        super(from, to, at, by, reason);
        this.sessionId = sessionId;
    }

    public long getSessionId() {
        return sessionId;
    }
}
