package org.tryon.governance.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.governance.meetings.domain.Recess;
import org.tryon.governance.meetings.domain.RecessRules;
import org.tryon.governance.notices.application.NoticeViews;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.text.UsFormat;

/**
 * Recesses announced in open session (G.S. 143-318.12(b)(1)): the meeting resumes at the announced time and place without a
 * new notice; the recess is in the minutes and on the public pages.
 */
@ApplicationScoped
@Transactional
public class Recesses {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    /** Records a recess now, or at {@code at} (not later than now) for a meeting recorded afterwards. */
    public NoticeViews.RecessView recess(long meetingId, NoticeViews.RecordRecess command, LocalDateTime at) {
        Inputs.valid(validator, command);
        Meeting m = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw new RecordNotFoundException("meeting", meetingId);
        }
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime when = at == null ? now : at;
        if (when.isAfter(LocalDateTime.now(clock))) {
            throw new RuleViolationException(
                    "at", "not-in-future", "A recess is taken now or earlier, not later than now");
        }
        if (m.getCalledToOrderAt() != null && when.isBefore(m.getCalledToOrderAt())) {
            throw new RuleViolationException(
                    "at",
                    "recess.after-call",
                    "A recess comes after the call to order (" + UsFormat.dateTime(m.getCalledToOrderAt()) + ")");
        }
        RecessRules.check(
                m.getStatus(), command.announcedInOpenSession(), when, command.resumesAt(), command.location());
        Recess r = new Recess(m, when, command.resumesAt(), command.location(), user.name());
        em.persist(r);
        em.flush();
        return view(r);
    }

    /** The recesses of a meeting in order. A read. */
    public List<NoticeViews.RecessView> list(long meetingId) {
        return em
                .createQuery("select r from Recess r where r.meeting.id = :m order by r.recessedAt, r.id", Recess.class)
                .setParameter("m", meetingId)
                .getResultList()
                .stream()
                .map(Recesses::view)
                .toList();
    }

    public NoticeViews.RecessView get(long meetingId, long id) {
        Recess r = em.find(Recess.class, id);
        if (r == null || !r.getMeeting().getId().equals(meetingId)) {
            throw new RecordNotFoundException("recess of meeting " + meetingId, id);
        }
        return view(r);
    }

    /** The lines the minutes show for the recesses of a meeting. */
    public String minutesLines(long meetingId) {
        StringBuilder b = new StringBuilder();
        list(meetingId).forEach(r -> b.append(r.description()).append("\n"));
        return b.toString();
    }

    static NoticeViews.RecessView view(Recess r) {
        return new NoticeViews.RecessView(
                r.getId(),
                r.getMeeting().getId(),
                r.getRecessedAt(),
                r.getResumesAt(),
                r.getResumeLocation(),
                RecessRules.describe(r.getRecessedAt(), r.getResumesAt(), r.getResumeLocation()),
                r.getRecordedBy());
    }
}
