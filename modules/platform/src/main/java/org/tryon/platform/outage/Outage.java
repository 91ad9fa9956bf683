package org.tryon.platform.outage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * An outage of the county's permitting and inspections systems, declared by the director (outage
 * notice of December 2017: "Inspections are being performed, but scheduled and managed manually").
 * Invariants: it starts on a day not after the day it is declared; it ends (once) on a day not
 * before its start and not after the day the end is declared; its backlog (the work done by hand,
 * keyed in afterwards) is declared entered once, and only after the outage has ended. Nothing is
 * ever taken back: every change is kept in the audit history.
 */
@Entity
@Table(name = "plat_outage")
@Audited
public class Outage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    /** The last day of the outage; null while it goes on. */
    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(nullable = false, length = 1000)
    private String note;

    @Column(name = "declared_by", nullable = false, length = 60)
    private String declaredBy;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    @Column(name = "ended_by", length = 60)
    private String endedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    /** The day the director declared every paper result and request of the outage entered; null while the backlog is open. */
    @Column(name = "backlog_entered_on")
    private LocalDate backlogEnteredOn;

    @Column(name = "backlog_entered_by", length = 60)
    private String backlogEnteredBy;

    @Column(name = "backlog_entered_at")
    private Instant backlogEnteredAt;

    @Version
    private long version;

    protected Outage() {}

    /** Declares an outage from {@code startsOn}, ending on {@code endsOn} when already known (null while ongoing). */
    public static Outage declare(
            LocalDate startsOn, LocalDate endsOn, String note, LocalDate today, String by, Instant at) {
        if (startsOn == null) {
            throw new RuleViolationException("startsOn", "required", "The first day of the outage is required");
        }
        if (startsOn.isAfter(today)) {
            throw new RuleViolationException(
                    "startsOn",
                    "outage.not-future",
                    "An outage is declared once it has begun; " + UsFormat.date(startsOn) + " is after today ("
                            + UsFormat.date(today) + ")");
        }
        if (note == null || note.isBlank() || note.length() > 1000) {
            throw new RuleViolationException("note", "required", "Say what is down and why (at most 1000 characters)");
        }
        Outage o = new Outage();
        o.startsOn = startsOn;
        o.note = note.trim();
        o.declaredBy = by;
        o.declaredAt = at;
        if (endsOn != null) {
            o.end(endsOn, today, by, at);
        }
        return o;
    }

    /** The outage is over: {@code endsOn} was its last day. */
    public void end(LocalDate endsOn, LocalDate today, String by, Instant at) {
        if (this.endsOn != null) {
            throw new RuleViolationException(
                    "endsOn", "outage.end-once", "The outage already ended on " + UsFormat.date(this.endsOn));
        }
        if (endsOn == null) {
            throw new RuleViolationException("endsOn", "required", "The last day of the outage is required");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new RuleViolationException(
                    "endsOn",
                    "outage.end-after-start",
                    "The outage began on " + UsFormat.date(startsOn) + "; it cannot end on " + UsFormat.date(endsOn));
        }
        if (endsOn.isAfter(today)) {
            throw new RuleViolationException(
                    "endsOn",
                    "outage.not-future",
                    "An outage's end is declared once it is over; " + UsFormat.date(endsOn) + " is after today ("
                            + UsFormat.date(today) + ")");
        }
        this.endsOn = endsOn;
        this.endedBy = by;
        this.endedAt = at;
    }

    /** Every result and request done by hand during the outage has been keyed in: the held clocks may run again. */
    public void backlogEntered(LocalDate today, String by, Instant at) {
        if (endsOn == null) {
            throw new RuleViolationException(
                    "backlogEntered",
                    "outage.ended-first",
                    "The outage is still going on; declare its end before its backlog is entered");
        }
        if (backlogEnteredOn != null) {
            throw new RuleViolationException(
                    "backlogEntered",
                    "outage.backlog-once",
                    "The backlog was declared entered on " + UsFormat.date(backlogEnteredOn));
        }
        this.backlogEnteredOn = today;
        this.backlogEnteredBy = by;
        this.backlogEnteredAt = at;
    }

    public OutagePeriod period() {
        return new OutagePeriod(id == null ? 0 : id, startsOn, endsOn, backlogEnteredOn);
    }

    public Long getId() {
        return id;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getNote() {
        return note;
    }

    public String getDeclaredBy() {
        return declaredBy;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public LocalDate getBacklogEnteredOn() {
        return backlogEnteredOn;
    }

    public String getBacklogEnteredBy() {
        return backlogEnteredBy;
    }

    public Instant getBacklogEnteredAt() {
        return backlogEnteredAt;
    }
}
