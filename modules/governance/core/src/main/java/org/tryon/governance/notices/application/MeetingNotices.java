package org.tryon.governance.notices.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.tryon.governance.api.MeetingId;
import org.tryon.governance.api.MeetingNoticed;
import org.tryon.governance.api.MeetingScheduled;
import org.tryon.governance.api.NoticeId;
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.governance.notices.domain.MeetingNotice;
import org.tryon.governance.notices.domain.NoticeText;
import org.tryon.governance.notices.domain.OutgoingMail;
import org.tryon.governance.notices.domain.Subscriber;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.events.EventPublisher;
import org.tryon.platform.security.CurrentUser;

/**
 * Notices of meetings (107.1.4 B, 107.2.4 B; G.S. 143-318.12): when a meeting is scheduled (a regular meeting, a change of
 * the regular schedule; a special meeting with its purpose; an emergency meeting) or cancelled, a notice is posted on the
 * public pages and a message queued for everyone on the body's list, in the same transaction; the messages are sent after
 * it commits ({@link MailDispatcher}) and {@link MeetingNoticed} goes through the outbox. A meeting recorded afterwards
 * (already begun) has its notice recorded as posted when it was scheduled, and no message is sent.
 */
@ApplicationScoped
@Transactional
public class MeetingNotices {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    EventPublisher events;

    @Inject
    Event<MailQueued> queued;

    @Inject
    MailServer server;

    /** The scheduling of a meeting posts its notice, in the scheduling transaction. */
    void onScheduled(@Observes MeetingScheduled scheduled) {
        Meeting m = em.find(Meeting.class, scheduled.meetingId().value());
        post(m, NoticeText.forScheduling(m.getKind()), m.getScheduledAt());
    }

    /** The cancellation of a meeting posts its notice (107.1.4 D: cancelled with notice). */
    public void cancelled(long meetingId) {
        Meeting m = meeting(meetingId);
        post(
                m,
                MeetingNotice.Kind.CANCELLATION,
                m.getCancelledAt() == null ? LocalDateTime.now(clock) : m.getCancelledAt());
    }

    private MeetingNotice post(Meeting m, MeetingNotice.Kind kind, LocalDateTime at) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        NoticeText.Text text = NoticeText.of(
                kind,
                new NoticeText.Facts(
                        m.getCommission().getCode(),
                        m.getCommission().getName(),
                        m.getKind(),
                        m.getStartsAt(),
                        m.getLocation(),
                        m.getPurpose(),
                        m.getCancelReason()));
        LocalDateTime postedAt = at.isBefore(now) ? at : now;
        MeetingNotice notice = new MeetingNotice(m, kind, text, postedAt, user.name());
        em.persist(notice);
        int count = 0;
        if (NoticeText.sendsMessages(m.getStartsAt(), now)) {
            List<Subscriber> list = em.createQuery(
                            "select s from Subscriber s where s.commission = :c and s.status = :s order by s.id",
                            Subscriber.class)
                    .setParameter("c", m.getCommission())
                    .setParameter("s", Subscriber.Status.CONFIRMED)
                    .getResultList();
            for (Subscriber s : list) {
                em.persist(new OutgoingMail(
                        notice,
                        s,
                        OutgoingMail.Purpose.NOTICE,
                        s.getEmail(),
                        text.subject(),
                        NoticeText.forRecipient(
                                text.body(),
                                server.publicLink("public/meeting.xhtml?id=" + m.getId()),
                                server.publicLink("public/subscribe.xhtml?unsubscribe=" + s.getToken())),
                        now));
                count++;
            }
        }
        notice.sentTo(count);
        em.flush();
        events.publishDurably(new MeetingNoticed(
                UUID.randomUUID(),
                clock.instant(),
                m.getCommission().getCode(),
                new MeetingId(m.getId()),
                new NoticeId(notice.getId()),
                kind.name(),
                m.getStartsAt(),
                postedAt,
                count));
        if (count > 0) {
            queued.fire(new MailQueued(count));
        }
        return notice;
    }

    /** The notices of a meeting with their messages, newest first. A read: nothing is written. */
    public List<NoticeViews.NoticeView> notices(long meetingId) {
        Meeting m = meeting(meetingId);
        return em
                .createQuery(
                        "select n from MeetingNotice n where n.meeting = :m order by n.postedAt desc, n.id desc",
                        MeetingNotice.class)
                .setParameter("m", m)
                .getResultList()
                .stream()
                .map(this::view)
                .toList();
    }

    /** The notices of a body posted from {@code from} on, newest first, with their messages (the clerk's screen). A read. */
    public List<NoticeViews.NoticeView> recent(String code, java.time.LocalDate from) {
        return em
                .createQuery(
                        "select n from MeetingNotice n join fetch n.meeting m join fetch m.commission c where c.code = :c "
                                + "and n.postedAt >= :from order by n.postedAt desc, n.id desc",
                        MeetingNotice.class)
                .setParameter("c", code == null ? "" : code.trim().toUpperCase())
                .setParameter("from", from.atStartOfDay())
                .setMaxResults(200)
                .getResultList()
                .stream()
                .map(this::view)
                .toList();
    }

    /** Tries the failed messages of a notice again now (the clerk, once the mail server is back). */
    public NoticeViews.NoticeView retry(long meetingId, long noticeId) {
        MeetingNotice n = em.find(MeetingNotice.class, noticeId);
        if (n == null || !n.getMeeting().getId().equals(meetingId)) {
            throw new RecordNotFoundException("notice of meeting " + meetingId, noticeId);
        }
        int count = 0;
        for (OutgoingMail mail : messages(n)) {
            if (mail.getStatus() != OutgoingMail.Status.SENT) {
                mail.retryNow(LocalDateTime.now(clock));
                count++;
            }
        }
        em.flush();
        if (count > 0) {
            queued.fire(new MailQueued(count));
        }
        return view(n);
    }

    private List<OutgoingMail> messages(MeetingNotice n) {
        return em.createQuery("select x from OutgoingMail x where x.notice = :n order by x.id", OutgoingMail.class)
                .setParameter("n", n)
                .getResultList();
    }

    NoticeViews.NoticeView view(MeetingNotice n) {
        List<NoticeViews.MailView> mails =
                messages(n).stream().map(MeetingNotices::mail).toList();
        return new NoticeViews.NoticeView(
                n.getId(),
                n.getMeeting().getId(),
                n.getMeeting().getCommission().getCode(),
                n.getKind().name(),
                n.getSubject(),
                n.getBody(),
                n.getPostedAt(),
                n.getPostedBy(),
                n.getRecipients(),
                (int) mails.stream().filter(x -> "SENT".equals(x.status())).count(),
                (int) mails.stream().filter(x -> "PENDING".equals(x.status())).count(),
                (int) mails.stream().filter(x -> "FAILED".equals(x.status())).count(),
                mails);
    }

    static NoticeViews.MailView mail(OutgoingMail x) {
        return new NoticeViews.MailView(
                x.getId(),
                x.getRecipient(),
                x.getPurpose().name(),
                x.getSubject(),
                x.getStatus().name(),
                x.getAttempts(),
                x.getQueuedAt(),
                x.getNextAttemptAt(),
                x.getSentAt(),
                x.getLastError());
    }

    private Meeting meeting(long id) {
        Meeting m = em.find(Meeting.class, id);
        if (m == null) {
            throw new RecordNotFoundException("meeting", id);
        }
        return m;
    }
}
