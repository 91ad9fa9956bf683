package org.tryon.governance.officers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.governance.meetings.domain.Motion;

/**
 * A closed session of a meeting (G.S. 143-318.11): held only on a motion made and adopted in open
 * session citing one of the purposes of subsection (a); its start and end; the general account the
 * clerk keeps "so that a person not in attendance would have a reasonable understanding of what
 * transpired" (G.S. 143-318.10(e)), sealed until the clerk releases it (the release records who and
 * when; a released account is not changed again).
 */
@Entity
@Table(name = "gov_closed_session")
@Audited
public class ClosedSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purpose_code", nullable = false)
    @NotAudited
    private ClosedSessionPurpose purpose;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "motion_id", nullable = false, unique = true)
    private Motion motion;

    @Column(length = 500)
    private String citation;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Column(columnDefinition = "text")
    private String account;

    @Column(name = "account_by", length = 100)
    private String accountBy;

    @Column(name = "account_at")
    private LocalDateTime accountAt;

    @Column(name = "released_at")
    private LocalDateTime releasedAt;

    @Column(name = "released_by", length = 100)
    private String releasedBy;

    @Version
    private long version;

    protected ClosedSession() {}

    public ClosedSession(
            Meeting meeting, ClosedSessionPurpose purpose, Motion motion, String citation, LocalDateTime startedAt) {
        this.meeting = meeting;
        this.purpose = purpose;
        this.motion = motion;
        this.citation = citation == null || citation.isBlank() ? null : citation.trim();
        this.startedAt = startedAt;
    }

    /** The body returns to open session at {@code at}. */
    public void end(LocalDateTime at) {
        this.endedAt = at;
    }

    /** The clerk writes (or rewrites, while sealed) the general account. */
    public void account(String text, String by, LocalDateTime at) {
        this.account = text.trim();
        this.accountBy = by;
        this.accountAt = at;
    }

    /** The clerk releases the account: from now on it is part of the public record. */
    public void release(String by, LocalDateTime at) {
        this.releasedBy = by;
        this.releasedAt = at;
    }

    public boolean sealed() {
        return releasedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public ClosedSessionPurpose getPurpose() {
        return purpose;
    }

    public Motion getMotion() {
        return motion;
    }

    public String getCitation() {
        return citation;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public String getAccount() {
        return account;
    }

    public String getAccountBy() {
        return accountBy;
    }

    public LocalDateTime getAccountAt() {
        return accountAt;
    }

    public LocalDateTime getReleasedAt() {
        return releasedAt;
    }

    public String getReleasedBy() {
        return releasedBy;
    }
}
