package org.tryon.permitting.permits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.tryon.permitting.api.PermitStatus;

/** A permit's move from one state to another: who, when and why (108.3). Never changed once recorded. */
@Entity
@Immutable
@Table(name = "perm_permit_status_change")
public class PermitStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "permit_id", nullable = false)
    private Long permitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 30)
    private PermitStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 30)
    private PermitStatus to;

    @Column(name = "effective_on", nullable = false)
    private LocalDate on;

    @Column(name = "changed_at", nullable = false)
    private Instant at;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String by;

    @Column(nullable = false, length = 1000)
    private String reason;

    protected PermitStatusChange() {}

    PermitStatusChange(
            Long permitId, PermitStatus from, PermitStatus to, LocalDate on, Instant at, String by, String reason) {
        this.permitId = permitId;
        this.from = from;
        this.to = to;
        this.on = on;
        this.at = at;
        this.by = by;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Long getPermitId() {
        return permitId;
    }

    public PermitStatus getFrom() {
        return from;
    }

    public PermitStatus getTo() {
        return to;
    }

    public LocalDate getOn() {
        return on;
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
