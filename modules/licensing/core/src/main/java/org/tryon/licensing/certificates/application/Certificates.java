package org.tryon.licensing.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Logger;
import org.tryon.licensing.api.CertificateId;
import org.tryon.licensing.api.CertificateIssued;
import org.tryon.licensing.api.CertificateRevoked;
import org.tryon.licensing.api.CertificateStandingChanged;
import org.tryon.licensing.certificates.application.CertificateCommands.OfficialActionCommand;
import org.tryon.licensing.certificates.application.CertificateCommands.RecordEducation;
import org.tryon.licensing.certificates.application.CertificateCommands.ReviewDecision;
import org.tryon.licensing.certificates.application.CertificateViews.ActionView;
import org.tryon.licensing.certificates.application.CertificateViews.CertificateDetail;
import org.tryon.licensing.certificates.application.CertificateViews.CertificateView;
import org.tryon.licensing.certificates.application.CertificateViews.EducationView;
import org.tryon.licensing.certificates.application.CertificateViews.PublicCertificateView;
import org.tryon.licensing.certificates.application.CertificateViews.ReviewView;
import org.tryon.licensing.certificates.domain.ActionKind;
import org.tryon.licensing.certificates.domain.Certificate;
import org.tryon.licensing.certificates.domain.CertificateNumbers;
import org.tryon.licensing.certificates.domain.CertificateSequence;
import org.tryon.licensing.certificates.domain.CertificateStatus;
import org.tryon.licensing.certificates.domain.ContinuingEducation;
import org.tryon.licensing.certificates.domain.DelegatedReview;
import org.tryon.licensing.certificates.domain.IssuingRule;
import org.tryon.licensing.certificates.domain.OfficialAction;
import org.tryon.licensing.certificates.domain.VerificationCodes;
import org.tryon.licensing.module.application.ExamRuleBook;
import org.tryon.licensing.module.domain.CertificateType;
import org.tryon.licensing.module.domain.ExamRule;
import org.tryon.licensing.scoring.application.ResultRecorded;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.events.EventPublisher;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;
import org.tryon.platform.text.UsFormat;

/**
 * Certificates issued on examinations (109) and the official actions of the licensing subcommittee (107.1.5 C.2).
 *
 * <p>Observes {@link ResultRecorded} in the scorer's transaction: a current passing result of a candidate whose
 * application for the type was eligible on the day taken gets a certificate, numbered per type and year, with an
 * unguessable verification code and an expiry by the renewal years of the rule in force; a result of a delegated
 * session waits for the county's review instead (107.1.5 C). Renewal, suspension, its lifting and revocation are
 * official actions, each a new row of the register; {@link CertificateIssued}, {@link CertificateRevoked} and
 * {@link CertificateStandingChanged} tell other modules, durably.
 */
@ApplicationScoped
@Transactional
public class Certificates {

    private static final Logger LOG = Logger.getLogger(Certificates.class.getName());
    private static final String[] OFFICE = {Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR};

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    EventPublisher events;

    @Inject
    CurrentUser user;

    @Inject
    ExamRuleBook rules;

    @Inject
    Validator validator;

    /** 109, 107.1.5 C: a recorded result may earn a certificate (or wait for the county's review when delegated). */
    public void onResultRecorded(@Observes ResultRecorded recorded) {
        if (!recorded.passed()) {
            return;
        }
        List<?> rows = em.createNativeQuery(
                        "select passed, status, taken_on, attempt_id, candidate_id, certificate_type from lic_result where id = ?1")
                .setParameter(1, recorded.resultId())
                .getResultList();
        if (rows.isEmpty()) {
            LOG.warning("ResultRecorded for result " + recorded.resultId() + ", which is not stored");
            return;
        }
        Object[] r = (Object[]) rows.get(0);
        long candidateId = ((Number) r[4]).longValue();
        String type = (String) r[5];
        LocalDate takenOn = day(r[2]);
        long attemptId = ((Number) r[3]).longValue();
        List<IssuingRule.Application> applications = new ArrayList<>();
        for (Object o : em.createNativeQuery(
                        "select status, decided_on, eligible_until from lic_application where candidate_id = ?1"
                                + " and certificate_type = ?2")
                .setParameter(1, candidateId)
                .setParameter(2, type)
                .getResultList()) {
            Object[] a = (Object[]) o;
            applications.add(new IssuingRule.Application((String) a[0], day(a[1]), day(a[2])));
        }
        long issued = ((Number) em.createNativeQuery(
                                "select count(*) from lic_result r where r.attempt_id = ?1 and (r.id in (select result_id from"
                                        + " lic_certificate where result_id is not null) or r.id in (select result_id from lic_delegated_review where status <> 'REFERRED_BACK'))")
                        .setParameter(1, attemptId)
                        .getSingleResult())
                .longValue();
        IssuingRule.Decision decision = IssuingRule.decide(
                new IssuingRule.Result(bool(r[0]), (String) r[1], takenOn),
                applications,
                recorded.delegated(),
                issued > 0);
        String holder = holderName(candidateId);
        switch (decision.outcome()) {
            case ISSUE ->
                issue(
                        candidateId,
                        holder,
                        type,
                        recorded.resultId(),
                        "Result " + recorded.resultId(),
                        "Passed the examination on " + UsFormat.date(takenOn) + " with eligibility (109)");
            case AWAIT_REVIEW ->
                em.persist(
                        new DelegatedReview(recorded.resultId(), candidateId, holder, type, takenOn, clock.instant()));
            case NONE -> LOG.info("No certificate on result " + recorded.resultId() + ": " + decision.why());
        }
    }

    /**
     * Issues a certificate today: the next number of its prefix and year (taken under a lock), a verification code,
     * the expiry by the rule in force; records the official action and publishes {@link CertificateIssued}.
     */
    public CertificateView issue(
            long candidateId, String holderName, String type, Long resultId, String reference, String reason) {
        LocalDate today = LocalDate.now(clock);
        ExamRule rule = rules.inForce(type, today);
        String prefix = CertificateNumbers.prefix(type);
        int year = today.getYear();
        em.createNativeQuery(
                        "insert ignore into lic_certificate_sequence (prefix, year, last_number) values (?1, ?2, 0)")
                .setParameter(1, prefix)
                .setParameter(2, year)
                .executeUpdate();
        CertificateSequence sequence = em.find(
                CertificateSequence.class, new CertificateSequence.Key(prefix, year), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(sequence, LockModeType.PESSIMISTIC_WRITE);
        Certificate c = new Certificate(
                CertificateNumbers.format(prefix, year, sequence.next()),
                type,
                candidateId,
                holderName,
                resultId,
                VerificationCodes.next(),
                today,
                rule.getRenewalYears());
        em.persist(c);
        em.flush();
        em.persist(new OfficialAction(
                ActionKind.ISSUED,
                c,
                type,
                c.getHolderName(),
                resultId,
                today,
                reference,
                reason,
                user.name(),
                clock.instant()));
        events.publishDurably(new CertificateIssued(
                UUID.randomUUID(),
                clock.instant(),
                new CertificateId(c.getId()),
                c.getNumber(),
                type,
                c.getHolderName(),
                c.getIssuedOn(),
                c.getExpiresOn()));
        return view(c, today);
    }

    // ---------------------------------------------------------------- reads

    /** Certificates matching every filter given (number or name: a part of it; type: its code; status on today's date). */
    public List<CertificateView> search(String number, String name, String type, String status) {
        LocalDate today = LocalDate.now(clock);
        StringBuilder q = new StringBuilder("select c from ExamCertificate c where 1 = 1");
        if (has(number)) {
            q.append(" and upper(c.number) like :number");
        }
        if (has(name)) {
            q.append(" and lower(c.holderName) like :name");
        }
        if (has(type)) {
            q.append(" and c.certificateType = :type");
        }
        var query =
                em.createQuery(q.append(" order by c.issuedOn desc, c.id desc").toString(), Certificate.class);
        if (has(number)) {
            query.setParameter("number", "%" + CertificateNumbers.normalize(number) + "%");
        }
        if (has(name)) {
            query.setParameter("name", "%" + name.trim().toLowerCase(Locale.ROOT) + "%");
        }
        if (has(type)) {
            query.setParameter("type", type.trim());
        }
        CertificateStatus wanted = null;
        if (has(status)) {
            try {
                wanted = CertificateStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException(
                        "status", "one-of", "status is one of VALID, EXPIRED, SUSPENDED, REVOKED");
            }
        }
        CertificateStatus filter = wanted;
        return query.setMaxResults(500).getResultList().stream()
                .filter(c -> filter == null || c.statusOn(today) == filter)
                .map(c -> view(c, today))
                .toList();
    }

    /** The certificates of one candidate, newest first (the candidate's page). A read. */
    public List<CertificateView> ofCandidate(long candidateId) {
        LocalDate today = LocalDate.now(clock);
        return em
                .createQuery(
                        "select c from ExamCertificate c where c.candidateId = :c order by c.issuedOn desc, c.id desc",
                        Certificate.class)
                .setParameter("c", candidateId)
                .setMaxResults(200)
                .getResultList()
                .stream()
                .map(c -> view(c, today))
                .toList();
    }

    public CertificateDetail detail(long id) {
        Certificate c = find(id);
        return new CertificateDetail(view(c, LocalDate.now(clock)), actionsOf(id), education(id));
    }

    public CertificateView get(long id) {
        return view(find(id), LocalDate.now(clock));
    }

    /** The public verification (no sign-in): by number, and optionally the code printed on the certificate. */
    public PublicCertificateView verify(String number, String code) {
        LocalDate today = LocalDate.now(clock);
        Certificate c = byNumber(number);
        Boolean matches = has(code) ? c.getVerificationCode().equalsIgnoreCase(code.trim()) : null;
        return new PublicCertificateView(
                c.getNumber(),
                c.getHolderName(),
                c.getCertificateType(),
                typeName(c.getCertificateType()),
                c.statusOn(today).name(),
                c.getIssuedOn(),
                c.getExpiresOn(),
                today,
                matches);
    }

    /** The register of official actions (107.1.5 C.2), newest first, decided between {@code from} and {@code to} when given. */
    public List<ActionView> register(LocalDate from, LocalDate to, String kind) {
        StringBuilder q = new StringBuilder("select a from OfficialAction a where 1 = 1");
        if (from != null) {
            q.append(" and a.decidedOn >= :from");
        }
        if (to != null) {
            q.append(" and a.decidedOn <= :to");
        }
        ActionKind k = null;
        if (has(kind)) {
            try {
                k = ActionKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException(
                        "kind", "one-of", "kind is one of " + java.util.Arrays.toString(ActionKind.values()));
            }
            q.append(" and a.kind = :kind");
        }
        var query = em.createQuery(q.append(" order by a.id desc").toString(), OfficialAction.class);
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        if (k != null) {
            query.setParameter("kind", k);
        }
        return query.setMaxResults(1000).getResultList().stream()
                .map(Certificates::view)
                .toList();
    }

    public ActionView action(long id) {
        OfficialAction a = em.find(OfficialAction.class, id);
        if (a == null) {
            throw new RecordNotFoundException("official action", id);
        }
        return view(a);
    }

    // ---------------------------------------------------------------- official actions

    /** 109 renewal, an official action: refused naming the rule when the continuing education of the period is short. */
    public CertificateView renew(long id, OfficialActionCommand command) {
        return act(id, command, ActionKind.RENEWED);
    }

    /** 107.1.5 C.2: the subcommittee suspends a certificate. */
    public CertificateView suspend(long id, OfficialActionCommand command) {
        return act(id, command, ActionKind.SUSPENDED);
    }

    /** 107.1.5 C.2: the subcommittee lifts a suspension (a new action; the suspension stays in the register). */
    public CertificateView reinstate(long id, OfficialActionCommand command) {
        return act(id, command, ActionKind.REINSTATED);
    }

    /** 107.1.5 C.2: the subcommittee revokes a certificate; final; permitting is told. */
    public CertificateView revoke(long id, OfficialActionCommand command) {
        return act(id, command, ActionKind.REVOKED);
    }

    private CertificateView act(long id, OfficialActionCommand command, ActionKind kind) {
        user.requireAnyRole(
                "107.1.5 C.2: official actions on certificates are recorded by an exam administrator or the administrator",
                OFFICE);
        Inputs.valid(validator, command);
        LocalDate today = LocalDate.now(clock);
        LocalDate decidedOn = Inputs.day("decidedOn", command.decidedOn());
        if (decidedOn.isAfter(today)) {
            throw new RuleViolationException(
                    "decidedOn", "not-future", "The decision day " + UsFormat.date(decidedOn) + " is after today");
        }
        Certificate c = em.find(Certificate.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new RecordNotFoundException("certificate", id);
        }
        switch (kind) {
            case RENEWED -> {
                ExamRule rule = rules.inForce(c.getCertificateType(), today);
                c.renew(today, rule.getRenewalYears(), rule.getCeHours(), ceHours(c, today), rule.getEffectiveFrom());
            }
            case SUSPENDED -> c.suspend();
            case REINSTATED -> c.reinstate();
            case REVOKED -> c.revoke();
            default -> throw new IllegalArgumentException(kind.name());
        }
        em.persist(new OfficialAction(
                kind,
                c,
                c.getCertificateType(),
                c.getHolderName(),
                c.getResultId(),
                decidedOn,
                command.reference(),
                command.reason(),
                user.name(),
                clock.instant()));
        if (kind == ActionKind.REVOKED) {
            events.publishDurably(new CertificateRevoked(
                    UUID.randomUUID(),
                    clock.instant(),
                    new CertificateId(c.getId()),
                    c.getNumber(),
                    c.getCertificateType(),
                    decidedOn,
                    command.reference().trim()));
        } else {
            events.publishDurably(new CertificateStandingChanged(
                    UUID.randomUUID(),
                    clock.instant(),
                    new CertificateId(c.getId()),
                    c.getNumber(),
                    c.getCertificateType(),
                    c.getStanding() == org.tryon.licensing.certificates.domain.Standing.SUSPENDED,
                    c.getExpiresOn(),
                    decidedOn));
        }
        return view(c, today);
    }

    /** Records continuing education the holder completed (109 renewal). */
    public CertificateDetail recordEducation(long id, RecordEducation command) {
        user.requireAnyRole(
                "109: continuing education is recorded by an exam administrator or the administrator", OFFICE);
        Inputs.valid(validator, command);
        Certificate c = find(id);
        LocalDate today = LocalDate.now(clock);
        em.persist(new ContinuingEducation(
                c.getId(),
                command.hours(),
                Inputs.day("completedOn", command.completedOn()),
                today,
                command.course(),
                user.name(),
                clock.instant()));
        em.flush();
        return detail(id);
    }

    // ---------------------------------------------------------------- delegated results (107.1.5 C)

    public List<ReviewView> reviews(boolean pendingOnly) {
        var query = em.createQuery(
                "select r from DelegatedReview r" + (pendingOnly ? " where r.status = :pending" : "")
                        + " order by r.id desc",
                DelegatedReview.class);
        if (pendingOnly) {
            query.setParameter("pending", DelegatedReview.Status.PENDING);
        }
        return query.setMaxResults(500).getResultList().stream().map(this::view).toList();
    }

    /** 107.1.5 C: the county approves a delegated result; the certificate issues now. */
    public ReviewView approve(long reviewId, ReviewDecision command) {
        user.requireAnyRole(
                "107.1.5 C: a delegated result is reviewed by an exam administrator or the administrator", OFFICE);
        Inputs.valid(validator, command);
        DelegatedReview review = review(reviewId);
        review.requirePending();
        LocalDate today = LocalDate.now(clock);
        em.persist(new OfficialAction(
                ActionKind.DELEGATED_RESULT_APPROVED,
                null,
                review.getCertificateType(),
                review.getHolderName(),
                review.getResultId(),
                today,
                command.reference(),
                command.reason(),
                user.name(),
                clock.instant()));
        CertificateView issued = issue(
                review.getCandidateId(),
                review.getHolderName(),
                review.getCertificateType(),
                review.getResultId(),
                command.reference(),
                "Passed on " + UsFormat.date(review.getTakenOn())
                        + " in a delegated session; approved by the county (107.1.5 C): "
                        + command.reason().trim());
        review.approve(
                user.name(), today, command.reference().trim(), command.reason().trim(), issued.id());
        return view(review);
    }

    /** 107.1.5 C: the county refers a delegated result back: no certificate issues on it. */
    public ReviewView referBack(long reviewId, ReviewDecision command) {
        user.requireAnyRole(
                "107.1.5 C: a delegated result is reviewed by an exam administrator or the administrator", OFFICE);
        Inputs.valid(validator, command);
        DelegatedReview review = review(reviewId);
        review.requirePending();
        LocalDate today = LocalDate.now(clock);
        em.persist(new OfficialAction(
                ActionKind.DELEGATED_RESULT_REFERRED_BACK,
                null,
                review.getCertificateType(),
                review.getHolderName(),
                review.getResultId(),
                today,
                command.reference(),
                command.reason(),
                user.name(),
                clock.instant()));
        review.referBack(
                user.name(), today, command.reference().trim(), command.reason().trim());
        return view(review);
    }

    private DelegatedReview review(long id) {
        DelegatedReview r = em.find(DelegatedReview.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw new RecordNotFoundException("delegated review", id);
        }
        return r;
    }

    // ---------------------------------------------------------------- helpers

    /** The continuing education completed in the certificate's current period, up to {@code day}. */
    BigDecimal ceHours(Certificate c, LocalDate day) {
        BigDecimal sum = em.createQuery(
                        "select sum(e.hours) from ContinuingEducation e where e.certificateId = :id and e.completedOn >= :from"
                                + " and e.completedOn <= :day",
                        BigDecimal.class)
                .setParameter("id", c.getId())
                .setParameter("from", c.getPeriodFrom())
                .setParameter("day", day)
                .getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    private List<ActionView> actionsOf(long certificateId) {
        return em
                .createQuery(
                        "select a from OfficialAction a where a.certificateId = :id order by a.id desc",
                        OfficialAction.class)
                .setParameter("id", certificateId)
                .getResultList()
                .stream()
                .map(Certificates::view)
                .toList();
    }

    private List<EducationView> education(long certificateId) {
        return em
                .createQuery(
                        "select e from ContinuingEducation e where e.certificateId = :id order by e.completedOn desc, e.id desc",
                        ContinuingEducation.class)
                .setParameter("id", certificateId)
                .getResultList()
                .stream()
                .map(e -> new EducationView(
                        e.getId(), e.getHours(), e.getCompletedOn(), e.getCourse(), e.getRecordedBy()))
                .toList();
    }

    private Certificate find(long id) {
        Certificate c = em.find(Certificate.class, id);
        if (c == null) {
            throw new RecordNotFoundException("certificate", id);
        }
        return c;
    }

    private Certificate byNumber(String number) {
        List<Certificate> found = em.createQuery(
                        "select c from ExamCertificate c where c.number = :n", Certificate.class)
                .setParameter("n", CertificateNumbers.normalize(number))
                .getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException("certificate", CertificateNumbers.normalize(number));
        }
        return found.get(0);
    }

    public CertificateView byNumberView(String number) {
        return view(byNumber(number), LocalDate.now(clock));
    }

    private String holderName(long candidateId) {
        List<?> names = em.createNativeQuery("select full_name from lic_candidate where id = ?1")
                .setParameter(1, candidateId)
                .getResultList();
        return names.isEmpty() ? "Candidate " + candidateId : (String) names.get(0);
    }

    private String typeName(String code) {
        CertificateType t = em.find(CertificateType.class, code);
        return t == null ? code : t.getName();
    }

    private CertificateView view(Certificate c, LocalDate today) {
        int required = 0;
        try {
            required = rules.inForce(c.getCertificateType(), today).getCeHours();
        } catch (RuleViolationException noRule) {
            // a type without rules: nothing required
        }
        return new CertificateView(
                c.getId(),
                c.getNumber(),
                c.getCertificateType(),
                typeName(c.getCertificateType()),
                c.getHolderName(),
                c.getCandidateId(),
                c.getResultId(),
                c.getVerificationCode(),
                c.getIssuedOn(),
                c.getExpiresOn(),
                c.statusOn(today).name(),
                c.getStanding().name(),
                c.getPeriodFrom(),
                ceHours(c, today),
                required);
    }

    private static ActionView view(OfficialAction a) {
        return new ActionView(
                a.getId(),
                a.getKind().name(),
                a.getKind().label(),
                a.getCertificateId(),
                a.getCertificateNumber(),
                a.getCertificateType(),
                a.getHolderName(),
                a.getResultId(),
                a.getDecidedOn(),
                a.getReference(),
                a.getReason(),
                a.getRecordedBy(),
                a.getRecordedAt());
    }

    private ReviewView view(DelegatedReview r) {
        String number = r.getCertificateId() == null
                ? null
                : em.find(Certificate.class, r.getCertificateId()).getNumber();
        return new ReviewView(
                r.getId(),
                r.getResultId(),
                r.getCandidateId(),
                r.getHolderName(),
                r.getCertificateType(),
                r.getTakenOn(),
                r.getStatus().name(),
                r.getReceivedAt(),
                r.getDecidedBy(),
                r.getDecidedOn(),
                r.getReference(),
                r.getReason(),
                r.getCertificateId(),
                number);
    }

    private static boolean has(String s) {
        return s != null && !s.isBlank();
    }

    static LocalDate day(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(o.toString());
    }

    static boolean bool(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        if (o instanceof Number n) {
            return n.intValue() != 0;
        }
        return Boolean.parseBoolean(String.valueOf(o));
    }
}
