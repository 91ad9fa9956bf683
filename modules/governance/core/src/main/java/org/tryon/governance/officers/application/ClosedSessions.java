package org.tryon.governance.officers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.governance.meetings.domain.Motion;
import org.tryon.governance.officers.domain.ClosedSession;
import org.tryon.governance.officers.domain.ClosedSessionPurpose;
import org.tryon.governance.officers.domain.ClosedSessionRules;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;
import org.tryon.platform.text.UsFormat;

/**
 * Closed sessions (G.S. 143-318.11, 143-318.10(e)): entered only on a motion adopted in open session
 * citing a purpose of subsection (a); the clerk keeps a general account, sealed until the clerk
 * releases it. Before release only the commission clerk reads the account; every other reader, the
 * minutes and every public output see that it is sealed.
 */
@ApplicationScoped
@Transactional
public class ClosedSessions {

    /** Go into closed session on a carried motion of this meeting citing a purpose (its code, "a3"), with the citation it needs. */
    public record Open(
            @NotBlank @Size(max = 10) String purpose,
            @NotNull Long motionId,
            @Size(max = 500) String citation) implements java.io.Serializable {}

    /** The general account of the closed session (G.S. 143-318.10(e)). */
    public record Account(@NotBlank @Size(max = 20000) String text) implements java.io.Serializable {}

    public record PurposeView(String code, String subsection, String description, String citationNeeded)
            implements java.io.Serializable {}

    /** A closed session; {@code account} is the text only when released or read by the clerk, {@code sealed} says which. */
    public record SessionView(
            long id,
            long meetingId,
            String purpose,
            String subsection,
            String purposeDescription,
            long motionId,
            String motionText,
            String citation,
            LocalDateTime startedAt,
            LocalDateTime endedAt,
            boolean accountKept,
            boolean sealed,
            String account,
            LocalDateTime releasedAt,
            String releasedBy)
            implements java.io.Serializable {}

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    SecurityContext security;

    public List<PurposeView> purposes() {
        return em
                .createQuery("select p from ClosedSessionPurpose p", ClosedSessionPurpose.class)
                .getResultList()
                .stream()
                .sorted(java.util.Comparator.comparing(
                        p -> Integer.parseInt(p.getCode().substring(1))))
                .map(p -> new PurposeView(p.getCode(), p.getSubsection(), p.getDescription(), p.getCitationNeeded()))
                .toList();
    }

    /** The body goes into closed session now, or at the county time given (a meeting keyed in afterwards). */
    public SessionView open(long meetingId, Open command, LocalDateTime at) {
        Inputs.valid(validator, command);
        Meeting m = meeting(meetingId);
        if (m.getStatus() != Meeting.Status.IN_PROGRESS) {
            throw new RuleViolationException(
                    "meetingId",
                    "closed-session.meeting-in-progress",
                    "A closed session is held during a meeting in progress");
        }
        ClosedSessionPurpose purpose =
                em.find(ClosedSessionPurpose.class, command.purpose().trim());
        if (purpose == null) {
            throw new RuleViolationException(
                    "purpose",
                    "G.S. 143-318.11(a) purpose",
                    "G.S. 143-318.11(a): a closed session is held only for one "
                            + "of the purposes of subsection (a); '" + command.purpose() + "' is not one ("
                            + String.join(
                                    ", ",
                                    purposes().stream().map(PurposeView::code).toList()) + ")");
        }
        Motion motion = em.find(Motion.class, command.motionId());
        if (motion == null) {
            throw new RuleViolationException("motionId", "exists", "No motion " + command.motionId());
        }
        List<ClosedSession> sessions = sessions(m);
        boolean inClosed = sessions.stream()
                .anyMatch(s -> !motion.getMadeAt().isBefore(s.getStartedAt())
                        && (s.getEndedAt() == null || motion.getMadeAt().isBefore(s.getEndedAt())));
        ClosedSessionRules.checkMotion(
                motion.getMeeting().getId().equals(m.getId()),
                motion.getStatus(),
                inClosed,
                purpose.getCitationNeeded(),
                command.citation(),
                purpose.getSubsection());
        if (sessions.stream().anyMatch(s -> s.getMotion().getId().equals(motion.getId()))) {
            throw new RuleViolationException(
                    "motionId", "closed-session.once", "A closed session was held on this motion already");
        }
        if (sessions.stream().anyMatch(s -> s.getEndedAt() == null)) {
            throw new RuleViolationException(
                    "motionId",
                    "closed-session.one-at-a-time",
                    "The body is in closed session; return to open session first");
        }
        LocalDateTime start = moment(at);
        ClosedSessionRules.checkTimes(motion.getDecidedAt(), start, null);
        ClosedSession s = new ClosedSession(m, purpose, motion, command.citation(), start);
        em.persist(s);
        em.flush();
        return view(s);
    }

    /** The body returns to open session. */
    public SessionView end(long meetingId, long sessionId, LocalDateTime at) {
        ClosedSession s = session(meetingId, sessionId);
        if (s.getEndedAt() != null) {
            throw new RuleViolationException(
                    "at",
                    "closed-session.ended-once",
                    "The closed session ended at " + UsFormat.dateTime(s.getEndedAt()));
        }
        LocalDateTime end = moment(at);
        ClosedSessionRules.checkTimes(null, s.getStartedAt(), end);
        s.end(end);
        em.flush();
        return view(s);
    }

    /** The clerk writes the general account; while it is sealed it may be rewritten, once released never again. */
    public SessionView account(long meetingId, long sessionId, Account command) {
        Inputs.valid(validator, command);
        user.requireAnyRole(
                "G.S. 143-318.10(e): the commission clerk keeps the general account of a closed session",
                Roles.COMMISSION_CLERK);
        ClosedSession s = session(meetingId, sessionId);
        if (!s.sealed()) {
            throw new RuleViolationException(
                    "text",
                    "closed-session.released",
                    "The account was released on "
                            + UsFormat.date(s.getReleasedAt().toLocalDate())
                            + "; it is part of the public record and is not changed");
        }
        s.account(command.text(), user.name(), LocalDateTime.now(clock));
        em.flush();
        return view(s);
    }

    /** The clerk releases the sealed account: who and when are recorded; it appears in the minutes from then on. */
    public SessionView release(long meetingId, long sessionId) {
        user.requireAnyRole(
                "G.S. 143-318.10(e): the commission clerk releases the general account of a closed session",
                Roles.COMMISSION_CLERK);
        ClosedSession s = session(meetingId, sessionId);
        if (!s.sealed()) {
            throw new RuleViolationException(
                    "sessionId",
                    "closed-session.released-once",
                    "The account was released already on " + UsFormat.dateTime(s.getReleasedAt()));
        }
        if (s.getAccount() == null) {
            throw new RuleViolationException(
                    "sessionId",
                    "G.S. 143-318.10(e) account-kept",
                    "G.S. 143-318.10(e): write the general account before " + "releasing it");
        }
        if (s.getEndedAt() == null) {
            throw new RuleViolationException("sessionId", "closed-session.ended", "The closed session has not ended");
        }
        s.release(user.name(), LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
        em.flush();
        return view(s);
    }

    public SessionView get(long meetingId, long sessionId) {
        ClosedSession s = em.find(ClosedSession.class, sessionId);
        if (s == null || !s.getMeeting().getId().equals(meetingId)) {
            throw new RecordNotFoundException("closed session of meeting " + meetingId, sessionId);
        }
        return view(s);
    }

    /** The closed sessions of a meeting. A read. */
    public List<SessionView> list(long meetingId) {
        return sessions(meeting(meetingId)).stream().map(this::view).toList();
    }

    /**
     * The lines of the minutes about the meeting's closed sessions: the motion, the purpose, the
     * times and, once released, the general account; a sealed account is never in the minutes.
     */
    public String minutesText(long meetingId) {
        Meeting m = em.find(Meeting.class, meetingId);
        if (m == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (ClosedSession s : sessions(m)) {
            b.append("\nClosed session under ")
                    .append(s.getPurpose().getSubsection())
                    .append(" (")
                    .append(s.getPurpose().getDescription())
                    .append(s.getCitation() == null ? "" : "; " + s.getCitation())
                    .append(") on the motion adopted in open session: ")
                    .append(s.getMotion().getText())
                    .append(". From ")
                    .append(UsFormat.time(s.getStartedAt().toLocalTime()))
                    .append(" to ")
                    .append(
                            s.getEndedAt() == null
                                    ? "-"
                                    : UsFormat.time(s.getEndedAt().toLocalTime()))
                    .append(".\n");
            if (s.getAccount() == null) {
                b.append("General account: not yet written.\n");
            } else if (s.sealed()) {
                b.append("General account: kept by the clerk and sealed (G.S. 143-318.10(e)).\n");
            } else {
                b.append("General account (released ")
                        .append(UsFormat.date(s.getReleasedAt().toLocalDate()))
                        .append("): ")
                        .append(s.getAccount())
                        .append("\n");
            }
        }
        return b.toString();
    }

    /** Accounts released after {@code approvedAt}: shown beside minutes approved while they were sealed. */
    public String releasedAfter(long meetingId, LocalDateTime approvedAt) {
        Meeting m = em.find(Meeting.class, meetingId);
        StringBuilder b = new StringBuilder();
        for (ClosedSession s : sessions(m)) {
            if (!s.sealed() && s.getReleasedAt().isAfter(approvedAt)) {
                b.append("\n\nGeneral account of the closed session under ")
                        .append(s.getPurpose().getSubsection())
                        .append(", released ")
                        .append(UsFormat.date(s.getReleasedAt().toLocalDate()))
                        .append(" (G.S. 143-318.10(e)): ")
                        .append(s.getAccount());
            }
        }
        return b.toString();
    }

    private boolean readerIsClerk() {
        String name = user.name();
        if (CurrentUser.SYSTEM.equals(name)) {
            return false;
        }
        try {
            return security.isCallerInRole(Roles.COMMISSION_CLERK);
        } catch (RuntimeException noCaller) {
            return false;
        }
    }

    private SessionView view(ClosedSession s) {
        boolean released = !s.sealed();
        return new SessionView(
                s.getId(),
                s.getMeeting().getId(),
                s.getPurpose().getCode(),
                s.getPurpose().getSubsection(),
                s.getPurpose().getDescription(),
                s.getMotion().getId(),
                s.getMotion().getText(),
                s.getCitation(),
                s.getStartedAt(),
                s.getEndedAt(),
                s.getAccount() != null,
                !released,
                ClosedSessionRules.visibleAccount(s.getAccount(), released, readerIsClerk()),
                s.getReleasedAt(),
                s.getReleasedBy());
    }

    private List<ClosedSession> sessions(Meeting m) {
        return em.createQuery(
                        "select s from ClosedSession s where s.meeting = :m order by s.startedAt, s.id",
                        ClosedSession.class)
                .setParameter("m", m)
                .getResultList();
    }

    private ClosedSession session(long meetingId, long sessionId) {
        ClosedSession s = em.find(ClosedSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null || !s.getMeeting().getId().equals(meetingId)) {
            throw new RecordNotFoundException("closed session of meeting " + meetingId, sessionId);
        }
        return s;
    }

    private Meeting meeting(long id) {
        Meeting m = em.find(Meeting.class, id);
        if (m == null) {
            throw new RecordNotFoundException("meeting", id);
        }
        return m;
    }

    private LocalDateTime moment(LocalDateTime at) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        if (at == null) {
            return now;
        }
        if (at.isAfter(LocalDateTime.now(clock))) {
            throw new RuleViolationException(
                    "at", "not-in-future", "A moment of the meeting is now or earlier, not later than now");
        }
        return at;
    }
}
