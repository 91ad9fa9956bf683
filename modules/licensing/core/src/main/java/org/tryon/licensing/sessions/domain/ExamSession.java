package org.tryon.licensing.sessions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * An examination session (107.1.5 C: the county administers the licensing examinations, or delegates a session to a
 * qualified industry representative): a certificate type, a day and start time, a site and room, a number of seats and a
 * proctor. SCHEDULED until it is held (closed by the proctor's side: who never checked in is a no-show) or cancelled.
 */
@Entity
@Table(name = "lic_exam_session")
public class ExamSession {

    public enum Status {
        SCHEDULED,
        HELD,
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "certificate_type", nullable = false, length = 40)
    private String certificateType;

    @Column(name = "session_date", nullable = false)
    private LocalDate day;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(nullable = false, length = 150)
    private String site;

    @Column(nullable = false, length = 60)
    private String room;

    @Column(nullable = false)
    private int seats;

    @Column(nullable = false, length = 150)
    private String proctor;

    @Column(length = 100)
    private String delegate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Version
    private long version;

    protected ExamSession() {}

    public ExamSession(
            String certificateType,
            LocalDate day,
            LocalTime startsAt,
            String site,
            String room,
            int seats,
            String proctor,
            String delegate) {
        this.certificateType = Objects.requireNonNull(certificateType);
        this.day = Objects.requireNonNull(day);
        this.startsAt = Objects.requireNonNull(startsAt);
        this.site = site.trim();
        this.room = room.trim();
        this.seats = seats;
        this.proctor = proctor.trim();
        this.delegate = delegate == null || delegate.isBlank() ? null : delegate.trim();
        this.status = Status.SCHEDULED;
    }

    /** When the session begins, in the county's time. */
    public LocalDateTime startsAtOn() {
        return day.atTime(startsAt);
    }

    /** 107.1.5 C: a held session's registrations are final; only a scheduled session takes registrations or changes. */
    public void requireScheduled(String field) {
        if (status != Status.SCHEDULED) {
            throw new RuleViolationException(
                    field,
                    "session-scheduled",
                    "Session " + id + " is " + status.name().toLowerCase()
                            + ": only a scheduled session takes registrations and changes");
        }
    }

    /** Held: the session took place; registrations never checked in become no-shows (the use case marks them). */
    public void held(LocalDate today) {
        requireScheduled("sessionId");
        if (today.isBefore(day)) {
            throw new RuleViolationException(
                    "sessionId",
                    "session-day",
                    "Session " + id + " is on " + UsFormat.date(day)
                            + ": it can be closed as held on or after that day, not on " + UsFormat.date(today));
        }
        status = Status.HELD;
    }

    public void cancel() {
        requireScheduled("sessionId");
        status = Status.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public String getCertificateType() {
        return certificateType;
    }

    public LocalDate getDay() {
        return day;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public String getSite() {
        return site;
    }

    public String getRoom() {
        return room;
    }

    public int getSeats() {
        return seats;
    }

    public String getProctor() {
        return proctor;
    }

    public String getDelegate() {
        return delegate;
    }

    public Status getStatus() {
        return status;
    }
}
