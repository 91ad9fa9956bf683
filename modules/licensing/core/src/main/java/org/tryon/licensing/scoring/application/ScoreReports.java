package org.tryon.licensing.scoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.stream.Collectors;
import org.tryon.licensing.scoring.application.ScoringViews.ResultDetail;
import org.tryon.licensing.scoring.application.ScoringViews.ResultView;
import org.tryon.licensing.scoring.application.ScoringViews.RetakeView;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.pdf.Letterhead;
import org.tryon.platform.pdf.PdfDocumentBuilder;
import org.tryon.platform.text.UsFormat;

/**
 * The score report (106): candidate, certificate type, the day taken, the score, percent, cut score and pass or
 * fail; for a candidate who failed the score per content area; the retake waiting period and the earliest day of a
 * retake, or that no further attempt is allowed (the homeowner test: once only).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ScoreReports {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Scoring scoring;

    @Inject
    Letterhead letterhead;

    /** The report of a result (staff). */
    public byte[] pdf(long resultId) {
        return render(scoring.result(resultId), letterhead.document("Examination score report"));
    }

    /** The report of the current result of the registration whose kiosk code this is (the candidate). */
    public byte[] pdfForCode(String code) {
        ExamFacts.Registration reg = ExamFacts.byAccessCode(em, code)
                .orElseThrow(() -> new RuleViolationException("code", "access code", "This access code is not valid"));
        ResultView current = scoring.currentOfRegistration(reg.id())
                .orElseThrow(() -> new RuleViolationException("code", "106", "The exam has no result yet"));
        return render(scoring.detail(current), letterhead.document("Examination score report"));
    }

    /** The report's content, for tests: the builder is filled, not rendered. */
    public static PdfDocumentBuilder fill(ResultDetail d, PdfDocumentBuilder doc) {
        ResultView r = d.result();
        String outcome = "INVALIDATED".equals(r.status()) ? "INVALIDATED (107.1.5 C.2)" : r.passed() ? "PASS" : "FAIL";
        doc.reference("R-" + r.id())
                .dated(r.takenOn())
                .addressee(r.candidateName(), java.util.List.of())
                .fact("Candidate", r.candidateName())
                .fact("Certificate type", r.certificateType())
                .fact("Date taken", UsFormat.words(r.takenOn()))
                .fact(
                        "Form",
                        r.formCode() + " (" + ("PAPER".equals(r.mode()) ? "paper answer sheet" : "on screen") + ")")
                .fact("Score", r.rawScore() + " of " + r.itemCount())
                .fact("Percent", r.percent().toPlainString() + " %")
                .fact("Cut score", r.cutScorePercent().toPlainString() + " %")
                .fact("Result", outcome);
        if (r.supersedesResultId() != null) {
            doc.fact("Supersedes", "Result R-" + r.supersedesResultId() + ": " + r.reason());
        }
        if (!r.passed()) {
            doc.section(
                    "Score per content area",
                    d.areas().stream()
                            .map(a -> a.contentArea() + ": " + a.correct() + " of " + a.questions())
                            .collect(Collectors.joining("\n\n")));
            RetakeView t = d.retake();
            String retake = t.anotherAttemptAllowed()
                    ? "The waiting period before a retake is " + t.waitDays()
                            + " days (106): the earliest day of a retake is " + UsFormat.words(t.earliestRetake()) + "."
                    : "No further attempt is allowed: the rule allows " + t.maxAttempts() + " attempt"
                            + (t.maxAttempts() == 1 ? "" : "s") + " and " + t.attemptsCounted() + " counted.";
            if (t.anotherAttemptAllowed() && t.maxAttempts() != null) {
                retake += " Attempts counted: " + t.attemptsCounted() + " of " + t.maxAttempts() + ".";
            }
            doc.section("Retake", retake);
        }
        if (d.delegated()) {
            doc.section(
                    "Review",
                    "This examination was administered by a delegate (107.1.5 C); the county reviews the result before a certificate issues.");
        }
        return doc;
    }

    private static byte[] render(ResultDetail d, PdfDocumentBuilder doc) {
        return fill(d, doc).render();
    }
}
