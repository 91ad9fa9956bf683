package org.tryon.permitting.plans.application;

import java.time.LocalDate;
import java.util.List;
import org.tryon.permitting.plans.domain.DisciplineReview;
import org.tryon.permitting.plans.domain.PlanSubmission;

/** A review cycle: the plans, who sealed them, each discipline's result and comments, and the drawings' fate (108.8.3). */
public record PlanSubmissionView(
        long id,
        long projectId,
        int cycle,
        LocalDate submittedOn,
        String description,
        String authorName,
        String authorAddress,
        String sealedBy,
        LocalDate completedOn,
        boolean approved,
        LocalDate pickedUpOn,
        LocalDate destructionNoticeOn,
        LocalDate destroyedOn,
        LocalDate mayBeDestroyedFrom,
        List<ReviewView> reviews,
        long version)
        implements java.io.Serializable {

    /** One discipline's result. */
    public record ReviewView(
            String discipline,
            String disciplineLabel,
            String result,
            String resultLabel,
            String comments,
            String reviewer,
            LocalDate resultOn)
            implements java.io.Serializable {

        static ReviewView of(DisciplineReview r) {
            return new ReviewView(
                    r.getDiscipline().name(),
                    r.getDiscipline().label(),
                    r.getResult().name(),
                    r.getResult().label(),
                    r.getComments(),
                    r.getReviewer(),
                    r.getResultOn());
        }
    }

    public static PlanSubmissionView of(PlanSubmission s, int pickUpDays, int noticeDays) {
        var seal = s.getSealedBy();
        return new PlanSubmissionView(
                s.getId(),
                s.getProject().getId(),
                s.getCycle(),
                s.getSubmittedOn(),
                s.getDescription(),
                s.getAuthorName(),
                s.getAuthorAddress(),
                seal == null
                        ? null
                        : seal.getName() + ", " + seal.getProfession().label() + " " + seal.getRegistrationNumber(),
                s.getCompletedOn(),
                s.allApproved(),
                s.getPickedUpOn(),
                s.getDestructionNoticeOn(),
                s.getDestroyedOn(),
                s.mayBeDestroyedFrom(pickUpDays, noticeDays).orElse(null),
                s.getReviews().stream().map(ReviewView::of).toList(),
                s.getVersion());
    }
}
