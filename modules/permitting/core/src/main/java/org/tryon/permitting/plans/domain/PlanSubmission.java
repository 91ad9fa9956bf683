package org.tryon.permitting.plans.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.tryon.permitting.parties.domain.DesignProfessional;
import org.tryon.permitting.permits.domain.Project;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * A plan set submitted for review: one review cycle of a project. The plans name their author
 * (108.8 E) and may bear a registered design professional's seal. Each requested discipline gives a
 * result; when the last one has, the cycle is complete and the customer is notified — from that day
 * run the abandonment clock (106 "Abandoned Projects") and the drawings' pick-up period (108.8.3).
 * A cycle follows a completed one: a resubmittal after plans not approved, or revised plans after
 * approval (a substantial change in work is examined "in the same manner", 108.8.2).
 */
@Entity
@Table(name = "perm_plan_submission")
@Audited
public class PlanSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Column(nullable = false)
    private int cycle;

    @Column(name = "submitted_on", nullable = false)
    private LocalDate submittedOn;

    @Column(name = "submitted_by", nullable = false, length = 60)
    private String submittedBy;

    @Column(nullable = false, length = 500)
    private String description;

    /** 108.8 E: the plans' author, identified by name and address. */
    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Column(name = "author_address", nullable = false, length = 300)
    private String authorAddress;

    /** 108.8 E: the registered design professional whose NC seal the plans bear, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sealed_by_id")
    private DesignProfessional sealedBy;

    /** The day the last discipline's result was notified: the cycle is complete. */
    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "picked_up_on")
    private LocalDate pickedUpOn;

    @Column(name = "destruction_notice_on")
    private LocalDate destructionNoticeOn;

    @Column(name = "destroyed_on")
    private LocalDate destroyedOn;

    @OneToMany(mappedBy = "submission", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("id")
    @NotAudited
    private List<DisciplineReview> reviews = new ArrayList<>();

    @Version
    private long version;

    protected PlanSubmission() {}

    /**
     * Submits cycle {@code cycle} of {@code project}'s plans for review by {@code disciplines}.
     * {@code previous} is the latest earlier cycle, if any: a resubmittal waits for its results.
     */
    public PlanSubmission(
            Project project,
            PlanSubmission previous,
            String description,
            String authorName,
            String authorAddress,
            DesignProfessional sealedBy,
            Collection<ReviewDiscipline> disciplines,
            LocalDate submittedOn,
            String submittedBy) {
        project.requireOpen("projectId");
        if (previous != null && previous.completedOn == null) {
            throw new RuleViolationException(
                    "projectId",
                    "plan-review cycle",
                    "Cycle " + previous.cycle + " of " + project.getName()
                            + " is still in review; resubmit once every discipline has given its result");
        }
        if (disciplines == null || disciplines.isEmpty()) {
            throw new RuleViolationException(
                    "disciplines", "required", "Choose at least one discipline to review the plans");
        }
        this.project = project;
        this.cycle = previous == null ? 1 : previous.cycle + 1;
        this.description = description.trim();
        this.authorName = authorName.trim();
        this.authorAddress = authorAddress.trim();
        this.sealedBy = sealedBy;
        this.submittedOn = submittedOn;
        this.submittedBy = submittedBy;
        disciplines.stream().distinct().sorted().forEach(d -> reviews.add(new DisciplineReview(this, d)));
    }

    /** Records one discipline's result; the last one completes the cycle and the customer is notified that day. */
    public DisciplineReview recordResult(
            ReviewDiscipline discipline, ReviewResult result, String comments, String reviewer, LocalDate on) {
        DisciplineReview review = review(discipline)
                .orElseThrow(() -> new RuleViolationException(
                        "discipline", "requested", discipline.label() + " was not asked to review cycle " + cycle));
        review.record(result, comments, reviewer, on);
        if (reviews.stream().noneMatch(r -> r.getResult() == ReviewResult.PENDING)) {
            completedOn = on;
        }
        return review;
    }

    public Optional<DisciplineReview> review(ReviewDiscipline discipline) {
        return reviews.stream().filter(r -> r.getDiscipline() == discipline).findFirst();
    }

    /** Every discipline approved (with or without conditions): the project is ready for permit issuance. */
    public boolean allApproved() {
        return completedOn != null
                && reviews.stream().allMatch(r -> r.getResult().approves());
    }

    /** 108.8.3: the customer picked the drawings up. */
    public void pickedUp(LocalDate on) {
        requireCompleted("pickedUpOn");
        if (destroyedOn != null) {
            throw new RuleViolationException(
                    "pickedUpOn", "108.8.3", "108.8.3: the drawings were destroyed on " + UsFormat.date(destroyedOn));
        }
        this.pickedUpOn = on;
    }

    /** 108.8.3: the written notice that the drawings will be destroyed (at least the notice days before). */
    public void destructionNoticeGiven(LocalDate on) {
        requireCompleted("destructionNoticeOn");
        requireNotPickedUp("destructionNoticeOn");
        this.destructionNoticeOn = on;
    }

    /**
     * 108.8.3: the first day the drawings may be destroyed: after the pick-up days since review
     * completion, and at least the notice days after written notice. Empty until notice is given.
     */
    public Optional<LocalDate> mayBeDestroyedFrom(int pickUpDays, int noticeDays) {
        if (completedOn == null || destructionNoticeOn == null || pickedUpOn != null) {
            return Optional.empty();
        }
        LocalDate afterPickUp = completedOn.plusDays(pickUpDays + 1L);
        LocalDate afterNotice = destructionNoticeOn.plusDays(noticeDays);
        return Optional.of(afterPickUp.isAfter(afterNotice) ? afterPickUp : afterNotice);
    }

    /** 108.8.3: destroys the drawings; review comments are retained. */
    public void destroy(LocalDate on, int pickUpDays, int noticeDays) {
        requireCompleted("destroyedOn");
        requireNotPickedUp("destroyedOn");
        if (destructionNoticeOn == null) {
            throw new RuleViolationException(
                    "destroyedOn",
                    "108.8.3 notice",
                    "108.8.3: give the customer at least " + noticeDays
                            + " days' written notice before the drawings are destroyed");
        }
        LocalDate from = mayBeDestroyedFrom(pickUpDays, noticeDays).orElseThrow();
        if (on.isBefore(from)) {
            throw new RuleViolationException(
                    "destroyedOn",
                    "108.8.3",
                    "108.8.3: the drawings may be destroyed from " + UsFormat.date(from) + " (not picked up within "
                            + pickUpDays
                            + " calendar days of review completion on " + UsFormat.date(completedOn) + ", and at least "
                            + noticeDays
                            + " days after the written notice of " + UsFormat.date(destructionNoticeOn) + ")");
        }
        this.destroyedOn = on;
    }

    private void requireCompleted(String field) {
        if (completedOn == null) {
            throw new RuleViolationException(
                    field, "108.8.3", "108.8.3: the review of cycle " + cycle + " is not complete");
        }
    }

    private void requireNotPickedUp(String field) {
        if (pickedUpOn != null) {
            throw new RuleViolationException(
                    field, "108.8.3", "108.8.3: the customer picked the drawings up on " + UsFormat.date(pickedUpOn));
        }
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public int getCycle() {
        return cycle;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getDescription() {
        return description;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorAddress() {
        return authorAddress;
    }

    public DesignProfessional getSealedBy() {
        return sealedBy;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public LocalDate getPickedUpOn() {
        return pickedUpOn;
    }

    public LocalDate getDestructionNoticeOn() {
        return destructionNoticeOn;
    }

    public LocalDate getDestroyedOn() {
        return destroyedOn;
    }

    public List<DisciplineReview> getReviews() {
        return Collections.unmodifiableList(reviews);
    }

    public long getVersion() {
        return version;
    }
}
