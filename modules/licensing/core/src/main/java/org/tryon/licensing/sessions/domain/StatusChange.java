package org.tryon.licensing.sessions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One move of a registration (107.1.5 C.2: records of examinations are kept): from, to, who, when, why. Append-only. */
@Entity
@Table(name = "lic_registration_history")
public class StatusChange extends StatusHistoryRow {

    @Column(name = "registration_id", nullable = false)
    private long registrationId;

    protected StatusChange() {}

    public StatusChange(long registrationId, String from, String to, Instant at, String by, String reason) {
        super(from, to, at, by, reason);
        this.registrationId = registrationId;
    }

    public long getRegistrationId() {
        return registrationId;
    }
}
