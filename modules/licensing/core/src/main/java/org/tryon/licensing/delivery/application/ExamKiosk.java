package org.tryon.licensing.delivery.application;

import static org.tryon.licensing.scoring.application.ExamFacts.num;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tryon.licensing.delivery.application.KioskViews.AnswerView;
import org.tryon.licensing.delivery.application.KioskViews.KioskView;
import org.tryon.licensing.delivery.application.KioskViews.Saved;
import org.tryon.licensing.delivery.application.KioskViews.State;
import org.tryon.licensing.delivery.domain.ExamAttempt;
import org.tryon.licensing.delivery.domain.ExamTime;
import org.tryon.licensing.module.application.ExamRuleBook;
import org.tryon.licensing.module.domain.ExamRule;
import org.tryon.licensing.scoring.application.ExamFacts;
import org.tryon.licensing.scoring.application.ExamFacts.Registration;
import org.tryon.licensing.scoring.application.Scoring;
import org.tryon.licensing.scoring.application.ScoringViews.ResultView;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * The candidate's kiosk (106): the access code given at check-in opens it; the candidate confirms their name and
 * starts; each answer is saved as it is given, in its own transaction (one request each), so a crash or a browser
 * restart loses nothing. The server counts the time from the start (the clock keeps running through an
 * interruption, as at a test centre): no answer is taken after the time, and the attempt is submitted by the
 * candidate, by the first write after the time (an answer, a submission, a start) or by the time-out job.
 * Reads never write.
 */
@ApplicationScoped
@Transactional
public class ExamKiosk {

    static final String CODE_BOOK_NOTE =
            "The code book is supplied for this exam (106): use the copy the proctor hands you and write"
                    + " nothing into it. Notes written into a reference book count as cheating and invalidate the result (107.1.5 C.2).";
    static final String NO_CODE_BOOK_NOTE = "No code book is supplied for this exam.";

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    ExamRuleBook rules;

    @Inject
    Clock clock;

    @Inject
    Scoring scoring;

    public ExamKiosk() {}

    /** For tests outside a container. */
    public ExamKiosk(EntityManager em, Clock clock, Scoring scoring) {
        this.em = em;
        this.rules = new ExamRuleBook(em);
        this.clock = clock;
        this.scoring = scoring;
    }

    /** The kiosk for a code (a read: a time that ran out shows as TIME_UP until the next write submits). */
    public KioskView view(String code) {
        Registration reg = registration(code);
        return view(reg, attempt(reg.id()).orElse(null), clock.instant());
    }

    /**
     * The candidate confirmed their name and starts: the attempt and one blank answer per question are created, and
     * the server's clock starts. Starting again resumes (nothing changes); after the time the attempt is submitted.
     */
    public KioskView start(String code) {
        Registration reg = registration(code);
        Instant now = clock.instant();
        Optional<ExamAttempt> existing = attempt(reg.id());
        if (existing.isPresent()) {
            finalizeIfTimeUp(existing.get(), now);
            return view(reg, existing.get(), now);
        }
        if (!reg.checkedIn() || reg.formId() == null) {
            throw new RuleViolationException(
                    "code",
                    "106",
                    "The exam can be started only after check-in (registration " + reg.id() + " is " + reg.status()
                            + ")");
        }
        ExamRule rule = rules.inForce(reg.certificateType(), reg.sessionDate());
        ExamAttempt attempt = ExamAttempt.onScreen(
                reg.id(), reg.formId(), now, ExamTime.allowedSeconds(rule.getMinutes(), reg.extraMinutes()));
        em.persist(attempt);
        em.flush();
        em.createNativeQuery(
                        "insert into lic_response (attempt_id, position, item_version_id, chosen, answered_at, flagged)"
                                + " select ?1, position, item_version_id, null, null, false from lic_form_item where form_id = ?2")
                .setParameter(1, attempt.getId())
                .setParameter(2, reg.formId())
                .executeUpdate();
        return view(reg, attempt, now);
    }

    /**
     * Saves one answer ({@code choice} blank clears it). Refused, naming the rule, after the time: the attempt is then
     * submitted with the answers saved before the time (the outcome says so; nothing is rolled back).
     */
    public Saved answer(String code, int position, String choice) {
        Registration reg = registration(code);
        ExamAttempt attempt = inProgress(reg);
        Instant now = clock.instant();
        if (finalizeIfTimeUp(attempt, now)) {
            return new Saved(
                    false,
                    "106: the time was up at "
                            + UsFormat.dateTime(attempt.time().deadline())
                            + "; the answer was not saved and the exam was submitted",
                    view(reg, attempt, now));
        }
        String letter =
                choice == null || choice.isBlank() ? null : choice.trim().toUpperCase();
        long itemVersion = itemAt(attempt, position);
        if (letter != null
                && ((Number) em.createNativeQuery(
                                                "select count(*) from lic_item_option where item_version_id = ?1 and label = ?2")
                                        .setParameter(1, itemVersion)
                                        .setParameter(2, letter)
                                        .getSingleResult())
                                .intValue()
                        == 0) {
            throw new RuleViolationException(
                    "choice", "one of the options", "Question " + position + " has no option '" + letter + "'");
        }
        em.createNativeQuery(
                        "update lic_response set chosen = ?1, answered_at = ?2 where attempt_id = ?3 and position = ?4")
                .setParameter(1, letter)
                .setParameter(2, now)
                .setParameter(3, attempt.getId())
                .setParameter(4, position)
                .executeUpdate();
        return new Saved(true, null, view(reg, attempt, now));
    }

    /** Flags a question in the navigator (or takes the flag off); not part of the score. Refused after the time like an answer. */
    public Saved flag(String code, int position, boolean flagged) {
        Registration reg = registration(code);
        ExamAttempt attempt = inProgress(reg);
        Instant now = clock.instant();
        if (finalizeIfTimeUp(attempt, now)) {
            return new Saved(
                    false,
                    "106: the time was up at "
                            + UsFormat.dateTime(attempt.time().deadline()) + "; the exam was submitted",
                    view(reg, attempt, now));
        }
        itemAt(attempt, position);
        em.createNativeQuery("update lic_response set flagged = ?1 where attempt_id = ?2 and position = ?3")
                .setParameter(1, flagged)
                .setParameter(2, attempt.getId())
                .setParameter(3, position)
                .executeUpdate();
        return new Saved(true, null, view(reg, attempt, now));
    }

    /** The candidate submits (or the server, when asked after the time-out): scored at once. Submitting again changes nothing. */
    public KioskView submit(String code) {
        Registration reg = registration(code);
        ExamAttempt attempt = attempt(reg.id())
                .orElseThrow(() -> new RuleViolationException("code", "106", "The exam was not started"));
        Instant now = clock.instant();
        if (attempt.isInProgress()) {
            finish(attempt, now, false);
        }
        return view(reg, attempt, now);
    }

    /** The time-out job: submits every on-screen attempt whose time is up. @return how many */
    public int finalizeExpired() {
        Instant now = clock.instant();
        int n = 0;
        for (ExamAttempt a : em.createQuery(
                        "select a from ExamAttempt a where a.status = 'IN_PROGRESS' and a.mode = 'SCREEN'",
                        ExamAttempt.class)
                .getResultList()) {
            if (finalizeIfTimeUp(a, now)) {
                n++;
            }
        }
        return n;
    }

    private boolean finalizeIfTimeUp(ExamAttempt attempt, Instant now) {
        if (attempt.isInProgress() && attempt.time().isUp(now)) {
            finish(attempt, now, true);
            return true;
        }
        return false;
    }

    private void finish(ExamAttempt attempt, Instant now, boolean timeOut) {
        attempt.submit(now, timeOut);
        em.flush();
        markCompleted(em, attempt.getRegistrationId());
        scoring.scoreSubmitted(attempt, timeOut ? "Scored at time-out (106)" : "Scored on submission");
    }

    /** The contract's one cross-write: the registration is COMPLETED when its attempt is submitted. */
    static void markCompleted(EntityManager em, long registrationId) {
        em.createNativeQuery(
                        "update lic_registration set status = 'COMPLETED', version = version + 1 where id = ?1 and status <> 'COMPLETED'")
                .setParameter(1, registrationId)
                .executeUpdate();
    }

    private ExamAttempt inProgress(Registration reg) {
        ExamAttempt attempt = attempt(reg.id())
                .orElseThrow(() -> new RuleViolationException("code", "106", "The exam was not started"));
        if (!attempt.isInProgress()) {
            throw new RuleViolationException(
                    "code",
                    "106",
                    "The exam was submitted at " + UsFormat.dateTime(attempt.getSubmittedAt())
                            + "; no answer is taken");
        }
        return attempt;
    }

    private long itemAt(ExamAttempt attempt, int position) {
        List<?> rows = em.createNativeQuery(
                        "select item_version_id from lic_response where attempt_id = ?1 and position = ?2")
                .setParameter(1, attempt.getId())
                .setParameter(2, position)
                .getResultList();
        if (rows.isEmpty()) {
            throw new RuleViolationException("position", "on the form", "The exam has no question " + position);
        }
        return num(rows.get(0));
    }

    private Registration registration(String code) {
        return ExamFacts.byAccessCode(em, code)
                .filter(r -> r.checkedIn() || "COMPLETED".equals(r.status()))
                .orElseThrow(() -> new RuleViolationException(
                        "code",
                        "access code",
                        "This access code is not valid: enter the code the proctor gave you at check-in"));
    }

    private Optional<ExamAttempt> attempt(long registrationId) {
        return em
                .createQuery("select a from ExamAttempt a where a.registrationId = :r", ExamAttempt.class)
                .setParameter("r", registrationId)
                .getResultList()
                .stream()
                .findFirst();
    }

    private KioskView view(Registration reg, ExamAttempt attempt, Instant now) {
        ExamRule rule = rules.inForce(reg.certificateType(), reg.sessionDate());
        String note = rule.isCodeBookSupplied() ? CODE_BOOK_NOTE : NO_CODE_BOOK_NOTE;
        if (attempt == null) {
            int allowed = ExamTime.allowedSeconds(rule.getMinutes(), reg.extraMinutes());
            return new KioskView(
                    reg.id(),
                    reg.candidateName(),
                    reg.certificateType(),
                    reg.certificateName(),
                    reg.formCode(),
                    reg.sessionDate(),
                    State.READY,
                    allowed,
                    allowed,
                    null,
                    rule.isCodeBookSupplied(),
                    note,
                    List.of(),
                    List.of(),
                    0,
                    null);
        }
        if (!attempt.isInProgress()) {
            ResultView result = scoring.currentOfRegistration(reg.id()).orElse(null);
            return new KioskView(
                    reg.id(),
                    reg.candidateName(),
                    reg.certificateType(),
                    reg.certificateName(),
                    reg.formCode(),
                    reg.sessionDate(),
                    State.SUBMITTED,
                    attempt.getAllowedSeconds(),
                    0,
                    attempt.getStartedAt() == null ? null : attempt.time().deadline(),
                    rule.isCodeBookSupplied(),
                    note,
                    List.of(),
                    List.of(),
                    0,
                    result);
        }
        ExamTime time = attempt.time();
        if (time.isUp(now)) {
            return new KioskView(
                    reg.id(),
                    reg.candidateName(),
                    reg.certificateType(),
                    reg.certificateName(),
                    reg.formCode(),
                    reg.sessionDate(),
                    State.TIME_UP,
                    attempt.getAllowedSeconds(),
                    0,
                    time.deadline(),
                    rule.isCodeBookSupplied(),
                    note,
                    List.of(),
                    List.of(),
                    0,
                    null);
        }
        Map<Integer, String> answers = ExamFacts.answers(em, attempt.getId());
        List<Integer> flagged = ExamFacts.flagged(em, attempt.getId());
        List<AnswerView> list = new ArrayList<>();
        int answered = 0;
        for (Map.Entry<Integer, String> e : answers.entrySet()) {
            list.add(new AnswerView(e.getKey(), e.getValue(), flagged.contains(e.getKey())));
            if (e.getValue() != null) {
                answered++;
            }
        }
        return new KioskView(
                reg.id(),
                reg.candidateName(),
                reg.certificateType(),
                reg.certificateName(),
                reg.formCode(),
                reg.sessionDate(),
                State.IN_PROGRESS,
                attempt.getAllowedSeconds(),
                time.remainingSeconds(now),
                time.deadline(),
                rule.isCodeBookSupplied(),
                note,
                ExamFacts.questions(em, attempt.getFormId()),
                list,
                answered,
                null);
    }
}
