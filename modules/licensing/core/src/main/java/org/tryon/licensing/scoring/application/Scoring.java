package org.tryon.licensing.scoring.application;

import static org.tryon.licensing.scoring.application.ExamFacts.day;
import static org.tryon.licensing.scoring.application.ExamFacts.decimal;
import static org.tryon.licensing.scoring.application.ExamFacts.num;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.tryon.licensing.checkin.application.IrregularityRecorded;
import org.tryon.licensing.delegation.application.ExamDelegation;
import org.tryon.licensing.delivery.domain.ExamAttempt;
import org.tryon.licensing.module.application.ExamRuleBook;
import org.tryon.licensing.module.domain.ExamRule;
import org.tryon.licensing.scoring.application.ScoringViews.ResultDetail;
import org.tryon.licensing.scoring.application.ScoringViews.ResultView;
import org.tryon.licensing.scoring.application.ScoringViews.RetakeView;
import org.tryon.licensing.scoring.domain.ExamResult;
import org.tryon.licensing.scoring.domain.ScoreSheet;
import org.tryon.platform.audit.chain.AuditChains;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.security.CurrentUser;

/**
 * Scoring of licensing examinations (106, 107.1.5 C.2): the raw score, the percent and pass or fail against the cut
 * score of the exam rule in force on the day the exam was taken, recorded as append-only result rows. A rescore (an
 * accepted item challenge or appeal) and an invalidation (an irregularity) are new rows superseding the current
 * one; {@link ResultRecorded} is fired in the transaction of every new row.
 */
@ApplicationScoped
@Transactional
public class Scoring {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    ExamRuleBook rules;

    @Inject
    Clock clock;

    @Inject
    Event<ResultRecorded> recorded;

    @Inject
    ExamDelegation delegation;

    @Inject
    CurrentUser user;

    @Inject
    AuditChains chains;

    @Inject
    ExamResultChain chain;

    private Consumer<ResultRecorded> publish;

    public Scoring() {}

    /** For tests outside a container: events go to {@code publish}, no delegation checks. */
    public Scoring(EntityManager em, Clock clock, Consumer<ResultRecorded> publish) {
        this.em = em;
        this.rules = new ExamRuleBook(em);
        this.clock = clock;
        this.publish = publish;
        this.chains = new AuditChains(em);
        this.chain = new ExamResultChain(em);
    }

    String who() {
        return user == null ? CurrentUser.SYSTEM : user.name();
    }

    /** 107.1.5 C: a delegate acts on the sessions delegated to them only. */
    public void requireSessionOf(long sessionId) {
        requireSession(sessionId);
    }

    void requireSession(long sessionId) {
        if (delegation != null) {
            delegation.requireSession(sessionId);
        }
    }

    Optional<String> delegateOnly() {
        return delegation == null ? Optional.empty() : delegation.delegateOnly();
    }

    private void fire(ResultRecorded event) {
        if (publish != null) {
            publish.accept(event);
        } else {
            recorded.fire(event);
        }
    }

    /**
     * Scores a submitted attempt for the first time. When an irregularity that invalidates was recorded for the
     * registration before (107.1.5 C.2), the first row is INVALIDATED.
     */
    public ExamResult scoreSubmitted(ExamAttempt attempt, String reason) {
        if (attempt.isInProgress()) {
            throw new IllegalStateException("Attempt " + attempt.getId() + " is not submitted");
        }
        if (current(attempt.getId()).isPresent()) {
            throw new RuleViolationException(
                    "attempt", "107.1.5 C.2", "Attempt " + attempt.getId() + " is already scored");
        }
        ExamFacts.Registration reg = ExamFacts.registration(em, attempt.getRegistrationId())
                .orElseThrow(() -> new RecordNotFoundException("registration", attempt.getRegistrationId()));
        LocalDate takenOn = attempt.getStartedAt() == null
                ? reg.sessionDate()
                : LocalDate.ofInstant(attempt.getStartedAt(), clock.getZone());
        ScoreSheet.Score score = score(attempt.getId(), attempt.getFormId(), reg.certificateType(), takenOn);
        List<?> pending = em.createNativeQuery(
                        "select irregularity_id, description from lic_pending_invalidation where registration_id = ?1")
                .setParameter(1, reg.id())
                .getResultList();
        boolean invalidated = !pending.isEmpty();
        String why = reason;
        if (invalidated) {
            Object[] p = (Object[]) pending.get(0);
            why = reason + "; invalidated (107.1.5 C.2): irregularity " + num(p[0]) + ": " + p[1];
            em.createNativeQuery("delete from lic_pending_invalidation where registration_id = ?1")
                    .setParameter(1, reg.id())
                    .executeUpdate();
        }
        ExamResult result = new ExamResult(
                attempt.getId(),
                reg.candidateId(),
                reg.certificateType(),
                attempt.getFormId(),
                takenOn,
                score,
                invalidated,
                null,
                why,
                who(),
                clock.instant());
        return record(result, reg.sessionId());
    }

    /** The score of an attempt's answers against the form's keys as scored today and the cut score in force on {@code takenOn}. */
    ScoreSheet.Score score(long attemptId, long formId, String certificateType, LocalDate takenOn) {
        ExamRule rule = rules.inForce(certificateType, takenOn);
        return ScoreSheet.score(
                ExamFacts.keys(em, formId), ExamFacts.answers(em, attemptId), rule.getCutScorePercent());
    }

    /**
     * Writes a new result row and links it into the exam results' audit chain in this transaction (ADR 0055), with
     * the row it supersedes, whose status Tryon has just changed: the chain follows every change Tryon makes. Linked
     * before {@link ResultRecorded} is fired, so a transaction always locks the exam results' chain before the
     * ledger's.
     */
    private ExamResult record(ExamResult result, long sessionId) {
        em.persist(result);
        em.flush();
        chains.append(chain, result.getId());
        if (result.getSupersedesResultId() != null) {
            chains.append(chain, result.getSupersedesResultId());
        }
        fire(new ResultRecorded(
                result.getId(),
                result.getCandidateId(),
                result.getCertificateType(),
                result.isPassed(),
                delegated(sessionId)));
        return result;
    }

    private boolean delegated(long sessionId) {
        List<?> rows = em.createNativeQuery("select delegate from lic_exam_session where id = ?1")
                .setParameter(1, sessionId)
                .getResultList();
        return !rows.isEmpty() && rows.get(0) != null;
    }

    /** The current result of an attempt: the row that is not SUPERSEDED. */
    public Optional<ExamResult> current(long attemptId) {
        return em
                .createQuery(
                        "select r from ExamResult r where r.attemptId = :a and r.status <> 'SUPERSEDED'",
                        ExamResult.class)
                .setParameter("a", attemptId)
                .getResultList()
                .stream()
                .findFirst();
    }

    /**
     * Rescores an attempt (107.1.5 C.2): a new VALID row with the keys as they stand today, superseding the current
     * one. An invalidated result is not rescored.
     */
    public ExamResult rescore(long attemptId, String reason) {
        ExamResult current = current(attemptId)
                .orElseThrow(() -> new RuleViolationException(
                        "attempt", "107.1.5 C.2", "Attempt " + attemptId + " has no result to rescore"));
        if (current.isInvalidated()) {
            throw new RuleViolationException(
                    "attempt",
                    "107.1.5 C.2",
                    "The result of attempt " + attemptId + " was invalidated; it is not rescored");
        }
        ExamAttempt attempt = em.find(ExamAttempt.class, attemptId);
        ScoreSheet.Score score =
                score(attemptId, current.getFormId(), current.getCertificateType(), current.getTakenOn());
        ExamResult next = new ExamResult(
                attemptId,
                current.getCandidateId(),
                current.getCertificateType(),
                current.getFormId(),
                current.getTakenOn(),
                score,
                false,
                current,
                reason,
                who(),
                clock.instant());
        return record(next, sessionOf(attempt.getRegistrationId()));
    }

    /** Rescores every attempt of every form that used the item version and has a valid current result. */
    public List<ExamResult> rescoreItemVersion(long itemVersionId, String reason) {
        List<?> attempts = em.createNativeQuery(
                        "select distinct a.id from lic_attempt a join lic_form_item fi on fi.form_id = a.form_id"
                                + " join lic_result r on r.attempt_id = a.id and r.status = 'VALID' where fi.item_version_id = ?1 order by a.id")
                .setParameter(1, itemVersionId)
                .getResultList();
        List<ExamResult> rescored = new ArrayList<>();
        for (Object a : attempts) {
            rescored.add(rescore(num(a), reason));
        }
        return rescored;
    }

    /**
     * 107.1.5 C.2: an irregularity that invalidates (notes written into a reference book count as cheating). The
     * attempt's current result is superseded by an INVALIDATED row; an attempt not yet scored is invalidated when it
     * is scored.
     */
    public void onIrregularity(@Observes IrregularityRecorded irregularity) {
        if (irregularity.invalidates()) {
            invalidate(irregularity.registrationId(), irregularity.irregularityId(), irregularity.description());
        }
    }

    public void invalidate(long registrationId, long irregularityId, String description) {
        String text = description == null || description.isBlank() ? "irregularity" : description.trim();
        List<?> attempt = em.createNativeQuery("select id from lic_attempt where registration_id = ?1")
                .setParameter(1, registrationId)
                .getResultList();
        Optional<ExamResult> current = attempt.isEmpty() ? Optional.empty() : current(num(attempt.get(0)));
        if (current.isEmpty()) {
            em.createNativeQuery(
                            "insert into lic_pending_invalidation (registration_id, irregularity_id, description, recorded_at)"
                                    + " values (?1, ?2, ?3, ?4) on duplicate key update irregularity_id = ?2, description = ?3")
                    .setParameter(1, registrationId)
                    .setParameter(2, irregularityId)
                    .setParameter(3, shorten(text, 2000))
                    .setParameter(4, clock.instant())
                    .executeUpdate();
            return;
        }
        ExamResult c = current.get();
        if (c.isInvalidated()) {
            return;
        }
        ScoreSheet.Score score = new ScoreSheet.Score(
                c.getRawScore(), c.getItemCount(), c.getPercent(), c.getCutScorePercent(), c.isPassed(), List.of());
        ExamResult invalid = new ExamResult(
                c.getAttemptId(),
                c.getCandidateId(),
                c.getCertificateType(),
                c.getFormId(),
                c.getTakenOn(),
                score,
                true,
                c,
                "Invalidated (107.1.5 C.2): irregularity " + irregularityId + ": " + text,
                who(),
                clock.instant());
        record(invalid, sessionOf(registrationId));
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private long sessionOf(long registrationId) {
        return num(em.createNativeQuery("select session_id from lic_registration where id = ?1")
                .setParameter(1, registrationId)
                .getSingleResult());
    }

    // ------------------------------------------------------------------------------------------------ reads

    private static final String RESULT =
            "select r.id, r.attempt_id, a.registration_id, g.session_id, r.candidate_id, c.full_name,"
                    + " r.certificate_type, f.code, a.mode, r.taken_on, r.raw_score, r.item_count, r.percent, r.cut_score_percent, r.passed, r.status,"
                    + " r.supersedes_result_id, r.reason, r.recorded_by, r.recorded_at from lic_result r join lic_attempt a on a.id = r.attempt_id"
                    + " join lic_registration g on g.id = a.registration_id join lic_candidate c on c.id = r.candidate_id"
                    + " join lic_form f on f.id = r.form_id join lic_exam_session s on s.id = g.session_id ";

    /**
     * Current results (one per attempt), newest first, filtered by session, certificate type and the days taken; a
     * delegate sees the sessions delegated to them only (107.1.5 C).
     */
    public List<ResultView> results(Long sessionId, String certificateType, LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder(RESULT).append("where r.status <> 'SUPERSEDED'");
        List<Object> params = new ArrayList<>();
        if (sessionId != null) {
            params.add(sessionId);
            sql.append(" and g.session_id = ?").append(params.size());
        }
        if (certificateType != null && !certificateType.isBlank()) {
            params.add(certificateType.trim());
            sql.append(" and r.certificate_type = ?").append(params.size());
        }
        if (from != null) {
            params.add(from);
            sql.append(" and r.taken_on >= ?").append(params.size());
        }
        if (to != null) {
            params.add(to);
            sql.append(" and r.taken_on <= ?").append(params.size());
        }
        Optional<String> delegate = delegateOnly();
        if (delegate.isPresent()) {
            params.add(delegate.get());
            sql.append(" and s.delegate = ?").append(params.size());
        }
        sql.append(" order by r.taken_on desc, r.id desc");
        var q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        q.setMaxResults(1000);
        return q.getResultList().stream().map(r -> view((Object[]) r)).toList();
    }

    /** The current results of one candidate, newest first (the candidate's page); a delegate sees their sessions' only. */
    public List<ResultView> resultsOfCandidate(long candidateId) {
        String sql = RESULT + "where r.status <> 'SUPERSEDED' and r.candidate_id = ?1";
        Optional<String> delegate = delegateOnly();
        if (delegate.isPresent()) {
            sql += " and s.delegate = ?2";
        }
        var q = em.createNativeQuery(sql + " order by r.taken_on desc, r.id desc")
                .setParameter(1, candidateId);
        delegate.ifPresent(d -> q.setParameter(2, d));
        return q.setMaxResults(200).getResultList().stream()
                .map(r -> view((Object[]) r))
                .toList();
    }

    /** A result with the history of its attempt's rows, its score per content area and the retake rule. */
    public ResultDetail result(long id) {
        ResultView r = row(id);
        requireSession(r.sessionId());
        return detail(r);
    }

    ResultDetail detail(ResultView r) {
        List<ResultView> history = em
                .createNativeQuery(RESULT + "where r.attempt_id = ?1 order by r.id")
                .setParameter(1, r.attemptId())
                .getResultList()
                .stream()
                .map(x -> view((Object[]) x))
                .toList();
        ScoreSheet.Score now = ScoreSheet.score(
                ExamFacts.keys(em, formId(r.attemptId())), ExamFacts.answers(em, r.attemptId()), r.cutScorePercent());
        return new ResultDetail(r, history, now.areas(), retake(r), delegated(r.sessionId()));
    }

    /** The current result of a registration's attempt, if scored. */
    public Optional<ResultView> currentOfRegistration(long registrationId) {
        return em
                .createNativeQuery(RESULT + "where a.registration_id = ?1 and r.status <> 'SUPERSEDED'")
                .setParameter(1, registrationId)
                .getResultList()
                .stream()
                .findFirst()
                .map(x -> view((Object[]) x));
    }

    ResultView row(long id) {
        List<?> rows = em.createNativeQuery(RESULT + "where r.id = ?1")
                .setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw new RecordNotFoundException("result", id);
        }
        return view((Object[]) rows.get(0));
    }

    private long formId(long attemptId) {
        return num(em.createNativeQuery("select form_id from lic_attempt where id = ?1")
                .setParameter(1, attemptId)
                .getSingleResult());
    }

    /** 106: the waiting period runs from the day taken of the latest current result; attempts with a current result count. */
    RetakeView retake(ResultView r) {
        ExamRule rule = rules.inForce(r.certificateType(), r.takenOn());
        int counted = ((Number)
                        em.createNativeQuery("select count(distinct attempt_id) from lic_result where candidate_id = ?1"
                                        + " and certificate_type = ?2 and status <> 'SUPERSEDED'")
                                .setParameter(1, r.candidateId())
                                .setParameter(2, r.certificateType())
                                .getSingleResult())
                .intValue();
        Integer max = rule.getMaxAttempts().isPresent() ? rule.getMaxAttempts().getAsInt() : null;
        return new RetakeView(
                rule.getRetakeWaitDays(),
                r.takenOn().plusDays(rule.getRetakeWaitDays()),
                max,
                counted,
                max == null || counted < max);
    }

    static ResultView view(Object[] r) {
        return new ResultView(
                num(r[0]),
                num(r[1]),
                num(r[2]),
                num(r[3]),
                num(r[4]),
                (String) r[5],
                (String) r[6],
                (String) r[7],
                (String) r[8],
                day(r[9]),
                (int) num(r[10]),
                (int) num(r[11]),
                decimal(r[12]),
                decimal(r[13]),
                bool(r[14]),
                (String) r[15],
                r[16] == null ? null : num(r[16]),
                (String) r[17],
                (String) r[18],
                ExamFacts.instant(r[19]));
    }

    static boolean bool(Object o) {
        return o instanceof Boolean b ? b : ((Number) o).intValue() != 0;
    }
}
