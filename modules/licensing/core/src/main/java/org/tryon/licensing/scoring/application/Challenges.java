package org.tryon.licensing.scoring.application;

import static org.tryon.licensing.scoring.application.ExamFacts.num;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.tryon.licensing.scoring.application.ScoringViews.ChallengeView;
import org.tryon.licensing.scoring.application.ScoringViews.ResultView;
import org.tryon.licensing.scoring.domain.ScoreChallenge;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * Item challenges and score appeals (107.1.5 C): filed by the candidate through staff, decided by the licensing
 * subcommittee. An accepted item challenge rescores every attempt of every form that used the item version (the
 * subcommittee credits every answer or corrects the key; the administered version itself never changes); an
 * accepted appeal rescores the candidate's attempt. Each rescore is a new result row.
 */
@ApplicationScoped
@Transactional
public class Challenges {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Scoring scoring;

    public Challenges() {}

    /** For tests outside a container. */
    public Challenges(EntityManager em, Clock clock, Scoring scoring) {
        this.em = em;
        this.clock = clock;
        this.scoring = scoring;
    }

    /** What staff record when a candidate files: the result, the kind, the question's position (an item challenge) and the grounds. */
    public record File(long resultId, String kind, Integer position, String grounds) {}

    /** The subcommittee's decision: accepted or not, the day, its reference, the text, and for an item challenge how it is rescored. */
    public record Decide(
            boolean accepted,
            String decidedOn,
            String reference,
            String decision,
            String resolution,
            String correctedOption) {}

    public ChallengeView file(File command) {
        if (command == null) {
            throw new RuleViolationException(
                    "body", "required", "A challenge names the result, the kind and the grounds");
        }
        ResultView result = scoring.row(command.resultId());
        scoring.requireSession(result.sessionId());
        if (!"VALID".equals(result.status())) {
            throw new RuleViolationException(
                    "resultId",
                    "107.1.5 C",
                    "Result " + result.id() + " is " + result.status()
                            + ": a challenge or appeal is filed against the current valid result");
        }
        Long itemVersion = null;
        if (ScoreChallenge.ITEM_CHALLENGE.equals(command.kind())) {
            if (command.position() == null) {
                throw new RuleViolationException(
                        "position", "required", "An item challenge names the question's position on the form");
            }
            List<?> rows = em.createNativeQuery(
                            "select item_version_id from lic_response where attempt_id = ?1 and position = ?2")
                    .setParameter(1, result.attemptId())
                    .setParameter(2, command.position())
                    .getResultList();
            if (rows.isEmpty()) {
                throw new RuleViolationException(
                        "position", "on the form", "The form has no question " + command.position());
            }
            itemVersion = num(rows.get(0));
        }
        ScoreChallenge c = new ScoreChallenge(
                command.kind(),
                result.id(),
                result.attemptId(),
                command.position(),
                itemVersion,
                command.grounds(),
                LocalDate.now(clock),
                scoring.who());
        em.persist(c);
        em.flush();
        return view(c, 0);
    }

    /** 107.1.5 C: records the subcommittee's decision; an accepted one rescores as new rows. */
    public ChallengeView decide(long id, Decide command) {
        if (command == null) {
            throw new RuleViolationException("body", "required", "A decision says accepted, the day and the reference");
        }
        ScoreChallenge c = find(id);
        LocalDate on = command.decidedOn() == null || command.decidedOn().isBlank()
                ? null
                : org.tryon.platform.errors.Inputs.day("decidedOn", command.decidedOn());
        if (on != null && on.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException(
                    "decidedOn",
                    "not in the future",
                    "A decision is recorded after it was made, not for " + UsFormat.date(on));
        }
        c.decide(
                command.accepted(),
                on,
                command.reference(),
                command.decision(),
                command.resolution(),
                command.correctedOption(),
                scoring.who());
        em.flush();
        int rescored = 0;
        if (command.accepted()) {
            String reason = "Rescored (107.1.5 C): "
                    + (ScoreChallenge.ITEM_CHALLENGE.equals(c.getKind()) ? "item challenge " : "score appeal ")
                    + c.getId() + " accepted, " + c.getDecisionReference() + " of " + UsFormat.date(c.getDecidedOn());
            if (ScoreChallenge.ITEM_CHALLENGE.equals(c.getKind())) {
                rescored =
                        scoring.rescoreItemVersion(c.getItemVersionId(), reason).size();
            } else {
                scoring.rescore(c.getAttemptId(), reason);
                rescored = 1;
            }
        }
        return view(c, rescored);
    }

    public List<ChallengeView> list() {
        return em
                .createQuery("select c from ScoreChallenge c order by c.filedOn desc, c.id desc", ScoreChallenge.class)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .filter(c -> visible(c))
                .map(c -> view(c, 0))
                .toList();
    }

    private boolean visible(ScoreChallenge c) {
        if (scoring.delegateOnly().isEmpty()) {
            return true;
        }
        try {
            scoring.requireSession(scoring.row(c.getResultId()).sessionId());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public ChallengeView challenge(long id) {
        return view(find(id), 0);
    }

    private ScoreChallenge find(long id) {
        ScoreChallenge c = em.find(ScoreChallenge.class, id);
        if (c == null) {
            throw new RecordNotFoundException("challenge", id);
        }
        return c;
    }

    private ChallengeView view(ScoreChallenge c, int rescored) {
        String name = (String) em.createNativeQuery(
                        "select c.full_name from lic_result r join lic_candidate c on c.id = r.candidate_id where r.id = ?1")
                .setParameter(1, c.getResultId())
                .getSingleResult();
        return new ChallengeView(
                c.getId(),
                c.getKind(),
                c.getResultId(),
                c.getAttemptId(),
                name,
                c.getPosition(),
                c.getItemVersionId(),
                c.getGrounds(),
                c.getFiledOn(),
                c.getFiledBy(),
                c.getStatus(),
                c.getDecidedOn(),
                c.getDecisionReference(),
                c.getDecision(),
                c.getResolution(),
                c.getCorrectedOption(),
                c.getDecidedBy(),
                rescored);
    }
}
