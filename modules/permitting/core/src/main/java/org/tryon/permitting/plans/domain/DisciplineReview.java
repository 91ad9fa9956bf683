package org.tryon.permitting.plans.domain;

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
import org.hibernate.envers.Audited;
import org.tryon.platform.errors.RuleViolationException;

/**
 * One discipline's review of a plan submission: its result and comments. Comments are always kept
 * (108.8.3), even after the drawings are destroyed; a result, once given, is not changed — a
 * resubmittal starts the next cycle.
 */
@Entity
@Table(name = "perm_discipline_review")
@Audited
public class DisciplineReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id", nullable = false)
    private PlanSubmission submission;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewDiscipline discipline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReviewResult result;

    @Column(length = 4000)
    private String comments;

    @Column(length = 60)
    private String reviewer;

    @Column(name = "result_on")
    private LocalDate resultOn;

    @Version
    private long version;

    protected DisciplineReview() {}

    DisciplineReview(PlanSubmission submission, ReviewDiscipline discipline) {
        this.submission = submission;
        this.discipline = discipline;
        this.result = ReviewResult.PENDING;
    }

    void record(ReviewResult result, String comments, String reviewer, LocalDate on) {
        if (this.result != ReviewResult.PENDING) {
            throw new RuleViolationException(
                    "discipline",
                    "review-once",
                    discipline.label() + " already gave its result (" + this.result.label() + ") in cycle "
                            + submission.getCycle() + "; a resubmittal starts the next cycle");
        }
        if (result == ReviewResult.PENDING) {
            throw new RuleViolationException(
                    "result", "required", "Give a result: approved, approved with conditions or not approved");
        }
        if (result != ReviewResult.APPROVED && (comments == null || comments.isBlank())) {
            throw new RuleViolationException(
                    "comments", "required", "Say what the conditions or the reasons for not approving are");
        }
        this.result = result;
        this.comments = comments == null || comments.isBlank() ? null : comments.trim();
        this.reviewer = reviewer;
        this.resultOn = on;
    }

    public Long getId() {
        return id;
    }

    public PlanSubmission getSubmission() {
        return submission;
    }

    public ReviewDiscipline getDiscipline() {
        return discipline;
    }

    public ReviewResult getResult() {
        return result;
    }

    public String getComments() {
        return comments;
    }

    public String getReviewer() {
        return reviewer;
    }

    public LocalDate getResultOn() {
        return resultOn;
    }

    public long getVersion() {
        return version;
    }
}
