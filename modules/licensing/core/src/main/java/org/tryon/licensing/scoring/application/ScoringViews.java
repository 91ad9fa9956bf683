package org.tryon.licensing.scoring.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tryon.licensing.scoring.domain.ScoreSheet.AreaScore;

/** What the results screens, the score report and the API show. */
public final class ScoringViews {

    private ScoringViews() {}

    /** One row of {@code lic_result} with the facts around it. */
    public record ResultView(
            long id,
            long attemptId,
            long registrationId,
            long sessionId,
            long candidateId,
            String candidateName,
            String certificateType,
            String formCode,
            String mode,
            LocalDate takenOn,
            int rawScore,
            int itemCount,
            BigDecimal percent,
            BigDecimal cutScorePercent,
            boolean passed,
            String status,
            Long supersedesResultId,
            String reason,
            String recordedBy,
            Instant recordedAt)
            implements java.io.Serializable {}

    /**
     * The retake rule as it stands after this result (106): the waiting period from the day taken and the attempt
     * limit (the homeowner test: once only).
     */
    public record RetakeView(
            int waitDays,
            LocalDate earliestRetake,
            Integer maxAttempts,
            int attemptsCounted,
            boolean anotherAttemptAllowed)
            implements java.io.Serializable {}

    /** A result with its history (the rescore chain of the attempt, oldest first) and its score per content area. */
    public record ResultDetail(
            ResultView result, List<ResultView> history, List<AreaScore> areas, RetakeView retake, boolean delegated)
            implements java.io.Serializable {}

    /** A challenge or appeal. */
    public record ChallengeView(
            long id,
            String kind,
            long resultId,
            long attemptId,
            String candidateName,
            Integer position,
            Long itemVersionId,
            String grounds,
            LocalDate filedOn,
            String filedBy,
            String status,
            LocalDate decidedOn,
            String decisionReference,
            String decision,
            String resolution,
            String correctedOption,
            String decidedBy,
            int resultsRescored)
            implements java.io.Serializable {}
}
