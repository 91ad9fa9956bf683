package org.tryon.licensing.eligibility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.tryon.platform.errors.RuleViolationException;

/**
 * A claim made on an exam application that staff verify or reject (106: the applicant's training and references are
 * checked before the exam): its status, the reason of a rejection, who checked it and when. A rejection needs a reason.
 */
@MappedSuperclass
public abstract class CheckedClaim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private ExamApplication application;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LineStatus status;

    @Column(name = "reject_reason", length = 400)
    private String rejectReason;

    @Column(name = "checked_by", length = 100)
    private String checkedBy;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Version
    private long version;

    protected CheckedClaim() {}

    protected CheckedClaim(ExamApplication application) {
        this.application = application;
        this.status = LineStatus.PENDING;
    }

    /** The words naming the claim in a refusal ("the reference"). */
    protected abstract String noun();

    void check(boolean verified, String reason, String by, Instant at) {
        if (!verified && (reason == null || reason.isBlank())) {
            throw new RuleViolationException("reason", "required", "Give the reason " + noun() + " is rejected");
        }
        this.status = verified ? LineStatus.VERIFIED : LineStatus.REJECTED;
        this.rejectReason = verified ? null : reason.trim();
        this.checkedBy = by;
        this.checkedAt = at;
    }

    public Long getId() {
        return id;
    }

    public ExamApplication getApplication() {
        return application;
    }

    public LineStatus getStatus() {
        return status;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }
}
