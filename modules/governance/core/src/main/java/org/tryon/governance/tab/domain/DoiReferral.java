package org.tryon.governance.tab.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.tryon.governance.meetings.domain.AgendaItem;
import org.tryon.governance.roster.domain.Person;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * A referral to the NC Department of Insurance Evaluation Services Section (107.2.4 J.2): a project
 * submitted to the TAB that involves a member, or would benefit one, goes to the Section for its
 * evaluation and recommendation even though the member took no part. It keeps the day it was sent, its
 * status (sent, answered, closed) and the Section's answer. Moves forward only: sent, then answered,
 * then closed (a referral may be closed without an answer, saying so).
 */
@Entity
@Table(name = "gov_doi_referral")
public class DoiReferral {

    public enum Status {
        SENT,
        ANSWERED,
        CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id", nullable = false)
    private AgendaItem item;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.SENT;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(length = 2000)
    private String answer;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Version
    private long version;

    protected DoiReferral() {}

    /** A referral sent on {@code sentOn}, not after {@code today}. */
    public DoiReferral(
            AgendaItem item, Person person, String reason, LocalDate sentOn, LocalDate today, String recordedBy) {
        if (sentOn.isAfter(today)) {
            throw new RuleViolationException(
                    "sentOn",
                    "not-in-future",
                    "A referral is sent today or earlier, not after " + UsFormat.date(today));
        }
        this.item = item;
        this.person = person;
        this.reason = reason.trim();
        this.sentOn = sentOn;
        this.recordedBy = recordedBy;
    }

    /** The Section's answer (107.2.4 J.2 "its evaluation and recommendation"), received on or after the day sent and not after today. */
    public void answer(String text, LocalDate on, LocalDate today) {
        if (status != Status.SENT) {
            throw new RuleViolationException(
                    "status",
                    "107.2.4 J.2 answered-once",
                    "107.2.4 J.2: the referral is " + status.name().toLowerCase()
                            + "; an answer is recorded once, on a referral sent");
        }
        if (text == null || text.isBlank()) {
            throw new RuleViolationException("answer", "required", "State the Section's evaluation and recommendation");
        }
        day("answeredOn", on, today);
        this.answer = text.trim();
        this.answeredOn = on;
        this.status = Status.ANSWERED;
    }

    /** Closes the referral (answered, or closed without an answer with a note saying why). */
    public void close(LocalDate on, String note, LocalDate today) {
        if (status == Status.CLOSED) {
            throw new RuleViolationException(
                    "status", "107.2.4 J.2 closed-once", "The referral was closed on " + UsFormat.date(closedOn));
        }
        if (status == Status.SENT && (note == null || note.isBlank())) {
            throw new RuleViolationException(
                    "note",
                    "107.2.4 J.2 close-without-answer",
                    "107.2.4 J.2: a referral the Section has not answered is closed only with a note saying why");
        }
        day("closedOn", on, today);
        if (status == Status.SENT) {
            this.answer = "Closed without an answer: " + note.trim();
        }
        this.closedOn = on;
        this.status = Status.CLOSED;
    }

    private void day(String field, LocalDate on, LocalDate today) {
        if (on.isBefore(sentOn) || on.isAfter(today)) {
            throw new RuleViolationException(
                    field,
                    "within-referral",
                    "A day from the day sent (" + UsFormat.date(sentOn) + ") to today (" + UsFormat.date(today) + ")");
        }
        if (answeredOn != null && on.isBefore(answeredOn)) {
            throw new RuleViolationException(
                    field, "within-referral", "A day on or after the answer (" + UsFormat.date(answeredOn) + ")");
        }
    }

    public Long getId() {
        return id;
    }

    public AgendaItem getItem() {
        return item;
    }

    public Person getPerson() {
        return person;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public String getAnswer() {
        return answer;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
