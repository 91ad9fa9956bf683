package org.tryon.licensing.delivery.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tryon.licensing.scoring.application.ExamFacts.Question;
import org.tryon.licensing.scoring.application.ScoringViews.ResultView;

/** What the candidate's kiosk shows. */
public final class KioskViews {

    private KioskViews() {}

    /** READY: name to confirm, not started; IN_PROGRESS; TIME_UP: not yet finalized (the next write does it); SUBMITTED. */
    public enum State {
        READY,
        IN_PROGRESS,
        TIME_UP,
        SUBMITTED
    }

    public record AnswerView(int position, String chosen, boolean flagged) implements java.io.Serializable {}

    /**
     * The kiosk for an access code. The questions and answers are shown while the attempt is in progress; the
     * remaining seconds are the server's (the page counts down from them and asks again).
     */
    public record KioskView(
            long registrationId,
            String candidateName,
            String certificateType,
            String certificateName,
            String formCode,
            LocalDate sessionDate,
            State state,
            int allowedSeconds,
            long remainingSeconds,
            Instant deadline,
            boolean codeBookSupplied,
            String codeBookNote,
            List<Question> questions,
            List<AnswerView> answers,
            int answered,
            ResultView result)
            implements java.io.Serializable {}

    /** The outcome of saving an answer: refused after the time (the attempt was then submitted). */
    public record Saved(boolean accepted, String refusal, KioskView kiosk) implements java.io.Serializable {}
}
