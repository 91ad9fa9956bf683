package org.tryon.licensing.sessions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tryon.fees.api.ExamFeePayments;
import org.tryon.licensing.api.ExamFeeCharged;
import org.tryon.licensing.api.ExamFeeCredited;
import org.tryon.licensing.delegation.application.ExamDelegation;
import org.tryon.licensing.module.application.ExamRuleBook;
import org.tryon.licensing.module.domain.Candidate;
import org.tryon.licensing.module.domain.CertificateType;
import org.tryon.licensing.module.domain.CountyClockText;
import org.tryon.licensing.module.domain.ExamRule;
import org.tryon.licensing.sessions.application.SessionCommands.Cancel;
import org.tryon.licensing.sessions.application.SessionCommands.Payment;
import org.tryon.licensing.sessions.application.SessionCommands.Register;
import org.tryon.licensing.sessions.application.SessionCommands.Reschedule;
import org.tryon.licensing.sessions.application.SessionCommands.ScheduleSession;
import org.tryon.licensing.sessions.application.SessionViews.ChangeView;
import org.tryon.licensing.sessions.application.SessionViews.EligibleApplicationView;
import org.tryon.licensing.sessions.application.SessionViews.RegistrationDetail;
import org.tryon.licensing.sessions.application.SessionViews.RegistrationView;
import org.tryon.licensing.sessions.application.SessionViews.SessionDetail;
import org.tryon.licensing.sessions.application.SessionViews.SessionView;
import org.tryon.licensing.sessions.domain.ExamSession;
import org.tryon.licensing.sessions.domain.Registration;
import org.tryon.licensing.sessions.domain.RegistrationRules;
import org.tryon.licensing.sessions.domain.RegistrationRules.ApplicationFacts;
import org.tryon.licensing.sessions.domain.RegistrationRules.AttemptFacts;
import org.tryon.licensing.sessions.domain.SessionSettings;
import org.tryon.licensing.sessions.domain.SessionStatusChange;
import org.tryon.licensing.sessions.domain.StatusChange;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.events.EventPublisher;
import org.tryon.platform.kernel.CandidateId;
import org.tryon.platform.kernel.ExamRegistrationId;
import org.tryon.platform.money.Money;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;
import org.tryon.platform.security.StaffDirectory;
import org.tryon.platform.settings.Settings;
import org.tryon.platform.text.UsFormat;

/**
 * Exam sessions, registrations, rescheduling, cancellation and no-shows (107.1.5 C; ADR 0035), with the exam fee of
 * registration charged to the candidate's account in fees through {@link ExamFeeCharged} and paid through
 * {@link ExamFeePayments}: licensing never touches fees' tables. A delegate (107.1.5 C) sees and acts on the sessions
 * delegated to them only. Reads never write: a lapsed payment hold simply stops counting against the seats.
 */
@ApplicationScoped
@Transactional
public class ExamSessions {

    /** Who the scheduled release of lapsed holds is, in the history. */
    static final String SYSTEM = "system";

    static final List<Registration.Status> SEAT_STATES = List.of(
            Registration.Status.AWAITING_PAYMENT,
            Registration.Status.CONFIRMED,
            Registration.Status.CHECKED_IN,
            Registration.Status.COMPLETED);

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    EventPublisher events;

    @Inject
    ExamRuleBook rules;

    @Inject
    ExamDelegation delegation;

    @Inject
    Settings settings;

    @Inject
    CurrentUser user;

    @Inject
    StaffDirectory staff;

    @Inject
    ExamFeePayments fees;

    // ---------------------------------------------------------------- sessions

    /** Schedules a session (exam administrator, administrator): only a type the county examines on the day gets one. */
    public SessionView schedule(ScheduleSession command) {
        user.requireAnyRole(
                "107.1.5 C: the department schedules exam sessions (exam administrator, administrator)",
                Roles.EXAM_ADMINISTRATOR,
                Roles.ADMINISTRATOR);
        Inputs.valid(validator, command);
        LocalDate day = Inputs.day("day", command.day());
        LocalTime startsAt;
        try {
            startsAt = LocalTime.parse(command.startsAt());
        } catch (RuntimeException e) {
            throw new RuleViolationException(
                    "startsAt", "time", "'" + command.startsAt() + "' is not a time like 09:00");
        }
        CertificateType type = em.find(CertificateType.class, command.certificateType());
        if (type == null) {
            throw new RuleViolationException(
                    "certificateType", "exists", "There is no certificate type '" + command.certificateType() + "'");
        }
        if (!type.isExaminedOn(day)) {
            throw new RuleViolationException(
                    "certificateType",
                    "examined-dates",
                    "The county examines for " + type.getName() + " from "
                            + UsFormat.date(type.getExaminedFrom())
                            + (type.getExaminedUntil() == null
                                    ? ""
                                    : " until " + UsFormat.date(type.getExaminedUntil()))
                            + ", not on " + UsFormat.date(day) + " (106)");
        }
        LocalDate today = LocalDate.now(clock);
        if (day.isBefore(today)) {
            throw new RuleViolationException(
                    "day",
                    "not-past",
                    "A session is scheduled on today (" + UsFormat.date(today) + ") or later, not "
                            + UsFormat.date(day));
        }
        rules.inForce(type.getCode(), day);
        String delegate = command.delegate() == null || command.delegate().isBlank()
                ? null
                : command.delegate().trim();
        if (delegate != null && staff != null) {
            boolean isDelegate = staff.find(delegate)
                    .map(s -> s.roles().contains(Roles.EXAM_DELEGATE))
                    .orElse(false);
            if (!isDelegate) {
                throw new RuleViolationException(
                        "delegate",
                        "107.1.5 C delegate",
                        "'" + delegate
                                + "' is not a user with the exam delegate role: a session is delegated to a qualified industry representative (107.1.5 C)");
            }
        }
        ExamSession s = new ExamSession(
                type.getCode(),
                day,
                startsAt,
                command.site(),
                command.room(),
                command.seats(),
                command.proctor(),
                delegate);
        em.persist(s);
        em.flush();
        em.persist(new SessionStatusChange(
                s.getId(),
                null,
                s.getStatus().name(),
                clock.instant(),
                user.name(),
                "Scheduled" + (delegate == null ? "" : ", delegated to " + delegate + " (107.1.5 C)")));
        return view(s, 0);
    }

    /** Sessions from {@code from} on (all when null), of a type and status when given; a delegate sees only theirs. */
    public List<SessionView> sessions(LocalDate from, String certificateType, String status) {
        StringBuilder q = new StringBuilder("select s from ExamSession s where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (from != null) {
            q.append(" and s.day >= :from");
            params.put("from", from);
        }
        if (certificateType != null && !certificateType.isBlank()) {
            q.append(" and s.certificateType = :type");
            params.put("type", certificateType);
        }
        if (status != null && !status.isBlank()) {
            try {
                params.put("status", ExamSession.Status.valueOf(status.trim().toUpperCase()));
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException(
                        "status", "session-status", "A session is SCHEDULED, HELD or CANCELLED, not '" + status + "'");
            }
            q.append(" and s.status = :status");
        }
        Optional<String> delegate = delegation.delegateOnly();
        if (delegate.isPresent()) {
            q.append(" and s.delegate = :delegate");
            params.put("delegate", delegate.get());
        }
        q.append(" order by s.day, s.startsAt, s.id");
        var query = em.createQuery(q.toString(), ExamSession.class);
        params.forEach(query::setParameter);
        List<ExamSession> list = query.setMaxResults(1000).getResultList();
        Map<Long, Integer> taken =
                seatsTaken(list.stream().map(ExamSession::getId).toList());
        return list.stream().map(s -> view(s, taken.getOrDefault(s.getId(), 0))).toList();
    }

    /** Scheduled sessions with a seat left that have not begun: where a registration may go. */
    public List<SessionView> openSessions(String certificateType) {
        LocalDateTime now = LocalDateTime.now(clock);
        return sessions(now.toLocalDate(), certificateType, "SCHEDULED").stream()
                .filter(s -> s.seatsLeft() > 0 && now.isBefore(s.day().atTime(s.startsAt())))
                .toList();
    }

    public SessionDetail session(long id) {
        ExamSession s = find(id);
        delegation.requireSession(id);
        List<Registration> regs = em.createQuery(
                        "select r from Registration r where r.sessionId = :s order by r.id", Registration.class)
                .setParameter("s", id)
                .getResultList();
        int taken = (int) regs.stream().filter(r -> holds(r, clock.instant())).count();
        List<ChangeView> history = em
                .createQuery(
                        "select c from SessionStatusChange c where c.sessionId = :s order by c.id",
                        SessionStatusChange.class)
                .setParameter("s", id)
                .getResultList()
                .stream()
                .map(c -> new ChangeView(c.getFrom(), c.getTo(), c.getAt(), c.getBy(), c.getReason()))
                .toList();
        return new SessionDetail(
                view(s, taken), regs.stream().map(r -> view(r, s)).toList(), history);
    }

    /**
     * Closes a held session (on or after its day): every registration never checked in is a no-show (it is not an
     * attempt: attempts are counted from results; the fee is forfeited); one still awaiting payment is cancelled and its
     * charge credited (the seat was never confirmed).
     */
    public SessionDetail close(long id, String reason) {
        delegation.requireSession(id);
        ExamSession s = lockSession(id, "sessionId");
        ExamSession.Status from = s.getStatus();
        s.held(LocalDate.now(clock));
        Instant now = clock.instant();
        String by = user.name();
        for (Registration r : locked(id)) {
            if (r.getStatus() == Registration.Status.CONFIRMED) {
                move(
                        r,
                        Registration.Status.NO_SHOW,
                        "Never checked in: a no-show at the session of " + UsFormat.date(s.getDay())
                                + " (not counted as an attempt; the fee is forfeited)",
                        now,
                        by);
            } else if (r.getStatus() == Registration.Status.AWAITING_PAYMENT) {
                move(r, Registration.Status.CANCELLED, "Unpaid when the session was held", now, by);
                credit(r, s, "unpaid when the session was held");
            }
        }
        em.persist(new SessionStatusChange(
                id, from.name(), s.getStatus().name(), now, by, reason == null || reason.isBlank() ? "Held" : reason));
        em.flush();
        return session(id);
    }

    /** The county cancels a session (exam administrator, administrator): each open registration is cancelled and credited. */
    public SessionDetail cancelSession(long id, String reason) {
        user.requireAnyRole(
                "107.1.5 C: the department cancels exam sessions (exam administrator, administrator)",
                Roles.EXAM_ADMINISTRATOR,
                Roles.ADMINISTRATOR);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason", "required", "Say why the session is cancelled");
        }
        ExamSession s = lockSession(id, "sessionId");
        ExamSession.Status from = s.getStatus();
        s.cancel();
        Instant now = clock.instant();
        for (Registration r : locked(id)) {
            if (r.getStatus() == Registration.Status.CONFIRMED
                    || r.getStatus() == Registration.Status.AWAITING_PAYMENT) {
                move(r, Registration.Status.CANCELLED, "The county cancelled the session: " + reason, now, user.name());
                credit(r, s, "the county cancelled the session");
            }
        }
        em.persist(new SessionStatusChange(id, from.name(), s.getStatus().name(), now, user.name(), reason));
        em.flush();
        return session(id);
    }

    // ---------------------------------------------------------------- registrations

    /** Applications decided eligible and not lapsed today, for the registration screen. */
    public List<EligibleApplicationView> eligibleApplications() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select a.id, a.candidate_id, c.full_name, a.certificate_type, a.eligible_until "
                                + "from lic_application a join lic_candidate c on c.id = a.candidate_id where a.status = 'ELIGIBLE' and a.eligible_until >= ?1 "
                                + "order by c.full_name, a.id")
                .setParameter(1, LocalDate.now(clock))
                .setMaxResults(1000)
                .getResultList();
        return rows.stream()
                .map(r -> new EligibleApplicationView(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(),
                        (String) r[2],
                        (String) r[3],
                        day(r[4])))
                .toList();
    }

    /**
     * Registers an eligible application in a session. The candidate's row and the session's row are locked first, so
     * concurrent registrations are counted one after the other: never more registrations holding seats than seats.
     */
    public RegistrationView register(Register command) {
        Inputs.valid(validator, command);
        ApplicationFacts app = application(command.applicationId());
        em.createNativeQuery("select id from lic_candidate where id = ?1 for update")
                .setParameter(1, app.candidateId())
                .getResultList();
        delegation.requireSession(command.sessionId());
        ExamSession s = lockSession(command.sessionId(), "sessionId");
        s.requireScheduled("sessionId");
        Instant now = clock.instant();
        RegistrationRules.requireNotStarted(s.getId(), s.startsAtOn(), LocalDateTime.now(clock));
        RegistrationRules.requireEligible(app, s.getCertificateType(), s.getDay());
        String by = user.name();
        for (Registration open : openOf(app.candidateId(), s.getCertificateType())) {
            if (open.getStatus() == Registration.Status.AWAITING_PAYMENT && !holds(open, now)) {
                move(
                        open,
                        Registration.Status.CANCELLED,
                        "The payment hold lapsed unpaid; the candidate registered again",
                        now,
                        by);
                credit(open, find(open.getSessionId()), "the payment hold lapsed unpaid");
            } else {
                throw new RuleViolationException(
                        "applicationId",
                        "one-open-registration",
                        "The candidate already holds registration "
                                + open.getId() + " (" + open.getStatus() + ") for " + s.getCertificateType()
                                + ": reschedule or cancel it instead of registering again");
            }
        }
        ExamRule rule = rules.inForce(s.getCertificateType(), s.getDay());
        RegistrationRules.requireRetakeAllowed(
                attempts(app.candidateId(), s.getCertificateType()),
                rule.getMaxAttempts(),
                rule.getRetakeWaitDays(),
                s.getDay(),
                s.getCertificateType());
        RegistrationRules.requireSeat(
                s.getId(),
                s.getSeats(),
                locked(s.getId()).stream().filter(r -> holds(r, now)).count());
        Money fee = rule.getFee();
        Registration r = new Registration(
                s.getId(), app.id(), app.candidateId(), LocalDate.now(clock), now, fee, holdUntil(now));
        em.persist(r);
        em.flush();
        r.feeOwnId();
        em.persist(new StatusChange(
                r.getId(),
                null,
                r.getStatus().name(),
                now,
                by,
                fee.isPositive()
                        ? "Registered; the fee of " + fee + " is charged and the seat is held until "
                                + CountyClockText.format(r.getHoldUntil(), clock.getZone()) + " for payment"
                        : "Registered; the examination is free: the seat is confirmed"));
        if (fee.isPositive()) {
            Candidate c = em.find(Candidate.class, app.candidateId());
            events.publishDurably(new ExamFeeCharged(
                    UUID.randomUUID(),
                    now,
                    new ExamRegistrationId(r.getId()),
                    new CandidateId(app.candidateId()),
                    c.getName(),
                    s.getCertificateType(),
                    s.getDay(),
                    fee,
                    r.getRegisteredOn()));
        }
        em.flush();
        return view(r, s);
    }

    public List<RegistrationView> registrations(Long candidateId, String status) {
        StringBuilder q = new StringBuilder("select r from Registration r where 1 = 1");
        if (candidateId != null) {
            q.append(" and r.candidateId = :c");
        }
        Registration.Status st = null;
        if (status != null && !status.isBlank()) {
            try {
                st = Registration.Status.valueOf(status.trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException(
                        "status", "registration-status", "'" + status + "' is not a registration status");
            }
            q.append(" and r.status = :st");
        }
        Optional<String> delegate = delegation.delegateOnly();
        if (delegate.isPresent()) {
            q.append(" and r.sessionId in (select s.id from ExamSession s where s.delegate = :d)");
        }
        q.append(" order by r.id desc");
        var query = em.createQuery(q.toString(), Registration.class);
        if (candidateId != null) {
            query.setParameter("c", candidateId);
        }
        if (st != null) {
            query.setParameter("st", st);
        }
        delegate.ifPresent(d -> query.setParameter("d", d));
        List<Registration> list = query.setMaxResults(500).getResultList();
        Map<Long, ExamSession> sessions = new HashMap<>();
        return list.stream()
                .map(r -> view(r, sessions.computeIfAbsent(r.getSessionId(), this::find)))
                .toList();
    }

    public RegistrationDetail registration(long id) {
        Registration r = findRegistration(id);
        delegation.requireSession(r.getSessionId());
        ExamSession s = find(r.getSessionId());
        List<ChangeView> history = em
                .createQuery(
                        "select c from StatusChange c where c.registrationId = :r order by c.id", StatusChange.class)
                .setParameter("r", id)
                .getResultList()
                .stream()
                .map(c -> new ChangeView(c.getFrom(), c.getTo(), c.getAt(), c.getBy(), c.getReason()))
                .toList();
        boolean settled = !r.getFee().isPositive() || fees.settled(new ExamRegistrationId(r.feeRegistrationId()));
        return new RegistrationDetail(
                view(r, s),
                settled,
                fees.balance(new CandidateId(r.getCandidateId())).amount(),
                history);
    }

    /**
     * The exam administrator records the payment of the fee (exam administrator, administrator: the county receives the
     * money). Fees applies it to the candidate's account; when the fee is then settled the seat is confirmed in the same
     * transaction. After the hold lapsed the payment is accepted only while the session still has a seat.
     */
    public RegistrationDetail pay(long id, Payment command) {
        user.requireAnyRole(
                "107.1.5 C: the department receives exam fees (exam administrator, administrator)",
                Roles.EXAM_ADMINISTRATOR,
                Roles.ADMINISTRATOR);
        Inputs.valid(validator, command);
        Registration r = findRegistration(id);
        ExamSession s = lockSession(r.getSessionId(), "registrationId");
        em.refresh(r, LockModeType.PESSIMISTIC_WRITE);
        if (r.getStatus() != Registration.Status.AWAITING_PAYMENT) {
            throw new RuleViolationException(
                    "registrationId",
                    "awaiting-payment",
                    "Registration " + id + " is " + r.getStatus()
                            + ": only a registration awaiting payment takes the exam fee");
        }
        Instant now = clock.instant();
        if (!holds(r, now)) {
            s.requireScheduled("registrationId");
            RegistrationRules.requireSeat(
                    s.getId(),
                    s.getSeats(),
                    locked(s.getId()).stream().filter(o -> holds(o, now)).count());
        }
        Candidate c = em.find(Candidate.class, r.getCandidateId());
        Money amount = Money.of(command.amount().setScale(2, java.math.RoundingMode.UNNECESSARY));
        fees.pay(
                new ExamFeePayments.ExamFee(
                        new ExamRegistrationId(r.feeRegistrationId()),
                        new CandidateId(r.getCandidateId()),
                        c.getName(),
                        s.getCertificateType(),
                        r.getFee(),
                        r.getRegisteredOn()),
                amount,
                command.method(),
                command.reference(),
                LocalDate.now(clock),
                user.name());
        if (fees.settled(new ExamRegistrationId(r.feeRegistrationId()))) {
            move(
                    r,
                    Registration.Status.CONFIRMED,
                    "Fee paid in full (" + command.method() + " "
                            + command.reference().trim().toUpperCase() + ", " + amount + "): the seat is confirmed",
                    now,
                    user.name());
        } else {
            em.persist(new StatusChange(
                    r.getId(),
                    r.getStatus().name(),
                    r.getStatus().name(),
                    now,
                    user.name(),
                    "Part payment of " + amount + " (" + command.method() + " "
                            + command.reference().trim().toUpperCase() + "); the fee is not settled yet"));
        }
        em.flush();
        return registration(id);
    }

    /**
     * Moves a registration to another scheduled session of the same certificate type, on or before the change deadline
     * of its session. The seat keeps its fee and payment (a confirmed seat stays confirmed; an unpaid one gets a new hold);
     * the new session's day must meet eligibility and the retake rules of the rule in force on it.
     */
    public RegistrationView reschedule(long id, Reschedule command) {
        Inputs.valid(validator, command);
        Registration r = findRegistration(id);
        delegation.requireSession(r.getSessionId());
        delegation.requireSession(command.sessionId());
        if (command.sessionId() == r.getSessionId()) {
            throw new RuleViolationException(
                    "sessionId", "another-session", "The registration is already in session " + r.getSessionId());
        }
        // both sessions are locked in the order of their ids, so two moves between the same sessions cannot deadlock
        long first = Math.min(r.getSessionId(), command.sessionId());
        long second = Math.max(r.getSessionId(), command.sessionId());
        ExamSession a = lockSession(first, first == command.sessionId() ? "sessionId" : "registrationId");
        ExamSession b = lockSession(second, second == command.sessionId() ? "sessionId" : "registrationId");
        ExamSession from = a.getId() == r.getSessionId() ? a : b;
        ExamSession to = from == a ? b : a;
        em.refresh(r, LockModeType.PESSIMISTIC_WRITE);
        from.requireScheduled("registrationId");
        LocalDate today = LocalDate.now(clock);
        RegistrationRules.requireBeforeDeadline("registrationId", from.getDay(), deadlineDays(from.getDay()), today);
        if (!to.getCertificateType().equals(from.getCertificateType())) {
            throw new RuleViolationException(
                    "sessionId",
                    "same-certificate-type",
                    "Session " + to.getId() + " examines " + to.getCertificateType() + "; the registration is for "
                            + from.getCertificateType());
        }
        to.requireScheduled("sessionId");
        Instant now = clock.instant();
        RegistrationRules.requireNotStarted(to.getId(), to.startsAtOn(), LocalDateTime.now(clock));
        RegistrationRules.requireEligible(application(r.getApplicationId()), to.getCertificateType(), to.getDay());
        ExamRule rule = rules.inForce(to.getCertificateType(), to.getDay());
        RegistrationRules.requireRetakeAllowed(
                attempts(r.getCandidateId(), to.getCertificateType()),
                rule.getMaxAttempts(),
                rule.getRetakeWaitDays(),
                to.getDay(),
                to.getCertificateType());
        RegistrationRules.requireSeat(
                to.getId(),
                to.getSeats(),
                locked(to.getId()).stream().filter(o -> holds(o, now)).count());
        Registration created = r.movedTo(to.getId(), today, now);
        created.holdAgain(holdUntil(now));
        move(
                r,
                Registration.Status.RESCHEDULED,
                "Rescheduled to session " + to.getId() + " on " + UsFormat.date(to.getDay()) + ": " + command.reason(),
                now,
                user.name());
        em.persist(created);
        em.flush();
        em.persist(new StatusChange(
                created.getId(),
                null,
                created.getStatus().name(),
                now,
                user.name(),
                "Rescheduled from registration " + r.getId() + " (session " + from.getId() + " on "
                        + UsFormat.date(from.getDay()) + "): " + command.reason()));
        em.flush();
        return view(created, to);
    }

    /**
     * Cancels a registration (the candidate's wish, recorded by staff). The fee: an unpaid charge is always credited;
     * a paid fee is credited when cancelled on or before the change deadline, forfeited after it (ADR 0035).
     */
    public RegistrationView cancel(long id, Cancel command) {
        Inputs.valid(validator, command);
        Registration r = findRegistration(id);
        delegation.requireSession(r.getSessionId());
        ExamSession s = lockSession(r.getSessionId(), "registrationId");
        em.refresh(r, LockModeType.PESSIMISTIC_WRITE);
        s.requireScheduled("registrationId");
        LocalDate today = LocalDate.now(clock);
        Registration.Status from = r.getStatus();
        boolean credit = RegistrationRules.creditOnCancel(from, s.getDay(), deadlineDays(s.getDay()), today);
        move(
                r,
                Registration.Status.CANCELLED,
                command.reason()
                        + (r.getFee().isPositive()
                                ? credit
                                        ? " (the fee is credited)"
                                        : " (after the change deadline: the fee is forfeited)"
                                : ""),
                clock.instant(),
                user.name());
        if (credit) {
            credit(r, s, "cancelled: " + command.reason());
        }
        em.flush();
        return view(r, s);
    }

    /**
     * Releases the seats of registrations whose payment hold lapsed unpaid (107.1.5 C; ADR 0035), judged by the hold in
     * force when each was made: the registration is CANCELLED with a history line and the fee charged at registration
     * is credited ({@link ExamFeeCredited}: nothing charged stays). Idempotent: a registration paid, cancelled or
     * released meanwhile is left alone; each row is re-read under the locks a payment takes (session, then
     * registration). Run by {@link PaymentHoldRelease} once per tick, on the county clock.
     *
     * @return the ids of the registrations released
     */
    public List<Long> releaseLapsedHolds() {
        Instant now = clock.instant();
        List<Long> released = new ArrayList<>();
        List<Registration> waiting = em.createQuery(
                        "select r from Registration r where r.status = :s and (r.holdUntil is null or r.holdUntil <= :now)"
                                + " order by r.sessionId, r.id",
                        Registration.class)
                .setParameter("s", Registration.Status.AWAITING_PAYMENT)
                .setParameter("now", now)
                .getResultList();
        for (Registration r : waiting) {
            if (!RegistrationRules.holdLapsed(r.getStatus(), holdEnds(r), now)) {
                continue;
            }
            ExamSession s = lockSession(r.getSessionId(), "registrationId");
            em.refresh(r, LockModeType.PESSIMISTIC_WRITE);
            Instant ends = holdEnds(r);
            if (!RegistrationRules.holdLapsed(r.getStatus(), ends, now)) {
                continue;
            }
            move(
                    r,
                    Registration.Status.CANCELLED,
                    "The payment hold lapsed unpaid at " + CountyClockText.format(ends, clock.getZone())
                            + ": the seat is released"
                            + (r.getFee().isPositive() ? " and the fee of " + r.getFee() + " is credited" : ""),
                    now,
                    SYSTEM);
            credit(r, s, "the payment hold lapsed unpaid");
            released.add(r.getId());
        }
        em.flush();
        return released;
    }

    /** The end of the registration's hold, by the hold in force when it was made. */
    private Instant holdEnds(Registration r) {
        if (r.getHoldUntil() != null || r.getRegisteredAt() == null) {
            return RegistrationRules.holdEnds(r.getHoldUntil(), r.getRegisteredAt(), 0);
        }
        LocalDate made = LocalDate.ofInstant(r.getRegisteredAt(), clock.getZone());
        return RegistrationRules.holdEnds(
                null, r.getRegisteredAt(), settings.valueOn(SessionSettings.PAYMENT_HOLD_HOURS, made));
    }

    // ---------------------------------------------------------------- helpers

    private void credit(Registration r, ExamSession s, String reason) {
        if (!r.getFee().isPositive()) {
            return;
        }
        Candidate c = em.find(Candidate.class, r.getCandidateId());
        events.publishDurably(new ExamFeeCredited(
                UUID.randomUUID(),
                clock.instant(),
                new ExamRegistrationId(r.feeRegistrationId()),
                new CandidateId(r.getCandidateId()),
                c.getName(),
                r.getFee(),
                LocalDate.now(clock),
                reason));
    }

    private void move(Registration r, Registration.Status to, String reason, Instant at, String by) {
        Registration.Status from = r.getStatus();
        if (to == Registration.Status.CONFIRMED) {
            r.confirm(at);
        } else {
            r.end(to);
        }
        em.persist(new StatusChange(r.getId(), from.name(), to.name(), at, by, reason));
    }

    private Instant holdUntil(Instant now) {
        int hours = settings.valueOn(SessionSettings.PAYMENT_HOLD_HOURS, LocalDate.now(clock));
        return now.plus(Duration.ofHours(hours));
    }

    private int deadlineDays(LocalDate sessionDay) {
        return settings.valueOn(SessionSettings.CHANGE_DEADLINE_DAYS, sessionDay);
    }

    static boolean holds(Registration r, Instant now) {
        return RegistrationRules.holdsSeat(r.getStatus(), r.getHoldUntil(), now);
    }

    /** The registrations of a session that may hold seats, read and locked (a current read, not the transaction's snapshot). */
    private List<Registration> locked(long sessionId) {
        return em.createQuery(
                        "select r from Registration r where r.sessionId = :s and r.status in :states order by r.id",
                        Registration.class)
                .setParameter("s", sessionId)
                .setParameter("states", SEAT_STATES)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** The candidate's open registrations for a certificate type, locked. */
    private List<Registration> openOf(long candidateId, String certificateType) {
        return em.createQuery(
                        "select r from Registration r where r.candidateId = :c and r.status in :open and r.sessionId in "
                                + "(select s.id from ExamSession s where s.certificateType = :t)",
                        Registration.class)
                .setParameter("c", candidateId)
                .setParameter("t", certificateType)
                .setParameter(
                        "open",
                        List.of(
                                Registration.Status.AWAITING_PAYMENT,
                                Registration.Status.CONFIRMED,
                                Registration.Status.CHECKED_IN))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    private ExamSession lockSession(long id, String field) {
        ExamSession s = em.find(ExamSession.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw new RecordNotFoundException("session", id);
        }
        return s;
    }

    private ExamSession find(long id) {
        ExamSession s = em.find(ExamSession.class, id);
        if (s == null) {
            throw new RecordNotFoundException("session", id);
        }
        return s;
    }

    private Registration findRegistration(long id) {
        Registration r = em.find(Registration.class, id);
        if (r == null) {
            throw new RecordNotFoundException("registration", id);
        }
        return r;
    }

    /** The application as eligibility recorded it (read by native SQL: eligibility owns {@code lic_application}). */
    ApplicationFacts application(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select id, candidate_id, certificate_type, status, eligible_until from lic_application where id = ?1")
                .setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw new RuleViolationException("applicationId", "exists", "There is no application " + id);
        }
        Object[] a = rows.get(0);
        return new ApplicationFacts(
                ((Number) a[0]).longValue(), ((Number) a[1]).longValue(), (String) a[2], (String) a[3], day(a[4]));
    }

    /** Attempts with a current result (status other than SUPERSEDED; an invalidated one counts) and the latest day taken. */
    AttemptFacts attempts(long candidateId, String certificateType) {
        Object[] row =
                (Object[]) em.createNativeQuery("select count(distinct attempt_id), max(taken_on) from lic_result "
                                + "where candidate_id = ?1 and certificate_type = ?2 and status <> 'SUPERSEDED'")
                        .setParameter(1, candidateId)
                        .setParameter(2, certificateType)
                        .getSingleResult();
        return new AttemptFacts(((Number) row[0]).intValue(), day(row[1]));
    }

    private static LocalDate day(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(String.valueOf(o).substring(0, 10));
    }

    private Map<Long, Integer> seatsTaken(List<Long> sessionIds) {
        Map<Long, Integer> taken = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return taken;
        }
        Instant now = clock.instant();
        em
                .createQuery(
                        "select r from Registration r where r.sessionId in :ids and r.status in :states",
                        Registration.class)
                .setParameter("ids", sessionIds)
                .setParameter("states", SEAT_STATES)
                .getResultList()
                .stream()
                .filter(r -> holds(r, now))
                .forEach(r -> taken.merge(r.getSessionId(), 1, Integer::sum));
        return taken;
    }

    private SessionView view(ExamSession s, int taken) {
        CertificateType type = em.find(CertificateType.class, s.getCertificateType());
        return new SessionView(
                s.getId(),
                s.getCertificateType(),
                type == null ? s.getCertificateType() : type.getName(),
                s.getDay(),
                s.getStartsAt(),
                s.getSite(),
                s.getRoom(),
                s.getSeats(),
                taken,
                Math.max(0, s.getSeats() - taken),
                s.getProctor(),
                s.getDelegate(),
                s.getStatus().name());
    }

    private RegistrationView view(Registration r, ExamSession s) {
        Candidate c = em.find(Candidate.class, r.getCandidateId());
        return new RegistrationView(
                r.getId(),
                s.getId(),
                s.getDay(),
                s.getStartsAt(),
                s.getSite(),
                s.getRoom(),
                s.getCertificateType(),
                r.getApplicationId(),
                r.getCandidateId(),
                c == null ? "candidate " + r.getCandidateId() : c.getName(),
                r.getStatus().name(),
                holds(r, clock.instant()),
                r.getRegisteredOn(),
                r.getHoldUntil(),
                r.getFee().amount(),
                r.getRescheduledFromId(),
                RegistrationRules.changeDeadline(s.getDay(), deadlineDays(s.getDay())));
    }
}
