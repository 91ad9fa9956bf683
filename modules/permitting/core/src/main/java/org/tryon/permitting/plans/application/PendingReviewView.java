package org.tryon.permitting.plans.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.tryon.permitting.plans.domain.DisciplineReview;
import org.tryon.permitting.plans.domain.PlanSubmission;

/**
 * One discipline's review still pending (108.8 E, F.1): the project, the plan set and its cycle, the discipline, the day
 * the plans were submitted and the calendar days they have waited since, to the county's today.
 *
 * @param reviewId the discipline review
 * @param submissionId the plan set (review cycle)
 * @param projectId the project, whose "Plan review" tab records the result
 * @param projectName the project's name
 * @param address the project's street address
 * @param planSet the plan set's description
 * @param cycle the review cycle, 1 for the first submittal
 * @param discipline the discipline's code, e.g. {@code BUILDING}
 * @param disciplineLabel the discipline in words, e.g. "Building"
 * @param submittedOn the day the plans were submitted
 * @param daysWaiting calendar days from {@code submittedOn} to today (0 on the day of submittal)
 */
public record PendingReviewView(
        long reviewId,
        long submissionId,
        long projectId,
        String projectName,
        String address,
        String planSet,
        int cycle,
        String discipline,
        String disciplineLabel,
        LocalDate submittedOn,
        long daysWaiting)
        implements java.io.Serializable {

    static PendingReviewView of(DisciplineReview review, LocalDate today) {
        PlanSubmission s = review.getSubmission();
        return new PendingReviewView(
                review.getId(),
                s.getId(),
                s.getProject().getId(),
                s.getProject().getName(),
                s.getProject().getAddress().toString(),
                s.getDescription(),
                s.getCycle(),
                review.getDiscipline().name(),
                review.getDiscipline().label(),
                s.getSubmittedOn(),
                Math.max(0, ChronoUnit.DAYS.between(s.getSubmittedOn(), today)));
    }
}
