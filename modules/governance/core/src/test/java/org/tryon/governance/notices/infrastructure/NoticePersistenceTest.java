package org.tryon.governance.notices.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.governance.meetings.domain.Recess;
import org.tryon.governance.notices.domain.MailRetry;
import org.tryon.governance.notices.domain.MeetingNotice;
import org.tryon.governance.notices.domain.NoticeText;
import org.tryon.governance.notices.domain.OutgoingMail;
import org.tryon.governance.notices.domain.Subscriber;
import org.tryon.governance.roster.domain.Commission;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** Notices, subscribers, outgoing mail and recesses on a real MariaDB. */
class NoticePersistenceTest {

    static TestPersistence db;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("governance"), "META-INF/orm-governance.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 6, 9, 0);

    @Test
    @DisplayName(
            "G.S. 143-318.12: a notice keeps its words, when and by whom; each message to whom, its state, attempts and failure reason")
    void noticeAndMessages() {
        long noticeId = db.inTransaction(em -> {
            Commission c = new Commission("NTC", "Notice test body", List.of("One", "Two"));
            em.persist(c);
            Meeting m =
                    new Meeting(c, Meeting.Kind.SPECIAL, NOW.plusDays(5), "Room 267", "Fee methodology", NOW, "clerk");
            em.persist(m);
            Subscriber s = new Subscriber(
                    c, " Rae@Example.org ", "Rae", "tok-" + System.nanoTime(), NOW, Subscriber.Source.PUBLIC);
            em.persist(s);
            s.confirm(NOW.plusMinutes(5));
            NoticeText.Text text = NoticeText.of(
                    MeetingNotice.Kind.SPECIAL,
                    new NoticeText.Facts(
                            "NTC",
                            "Notice test body",
                            Meeting.Kind.SPECIAL,
                            m.getStartsAt(),
                            m.getLocation(),
                            m.getPurpose(),
                            null));
            MeetingNotice n = new MeetingNotice(m, MeetingNotice.Kind.SPECIAL, text, NOW, "clerk");
            em.persist(n);
            n.sentTo(1);
            OutgoingMail mail = new OutgoingMail(
                    n,
                    s,
                    OutgoingMail.Purpose.NOTICE,
                    s.getEmail(),
                    text.subject(),
                    text.body() + "\nunsubscribe",
                    NOW);
            em.persist(mail);
            mail.failed(
                    NOW,
                    "MailConnectException: Couldn't connect to host",
                    new MailRetry(Duration.ofMinutes(1), Duration.ofHours(1), 8));
            return n.getId();
        });
        db.inTransaction(em -> {
            MeetingNotice n = em.find(MeetingNotice.class, noticeId);
            assertThat(n.getBody()).contains("Purpose: Fee methodology");
            assertThat(n.getRecipients()).isEqualTo(1);
            OutgoingMail mail = em.createQuery("select x from OutgoingMail x where x.notice = :n", OutgoingMail.class)
                    .setParameter("n", n)
                    .getSingleResult();
            assertThat(mail.getRecipient()).isEqualTo("rae@example.org");
            assertThat(mail.getStatus()).isEqualTo(OutgoingMail.Status.PENDING);
            assertThat(mail.getAttempts()).isEqualTo(1);
            assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plusMinutes(1));
            assertThat(mail.getLastError()).contains("Couldn't connect");
            assertThat(mail.getSubscriber().getStatus()).isEqualTo(Subscriber.Status.CONFIRMED);
            long due = em.createQuery(
                            "select count(x) from OutgoingMail x where x.status = :p and x.nextAttemptAt <= :t",
                            Long.class)
                    .setParameter("p", OutgoingMail.Status.PENDING)
                    .setParameter("t", NOW.plusMinutes(1))
                    .getSingleResult();
            assertThat(due).isEqualTo(1);
            return null;
        });
    }

    @Test
    @DisplayName(
            "G.S. 143-318.12(b)(2): an address is on a body's list once; a recess keeps the announced time and place of resumption")
    void subscriberOnceAndRecess() {
        db.inTransaction(em -> {
            Commission c = new Commission("NTD", "Another body", List.of("One"));
            em.persist(c);
            em.persist(new Subscriber(
                    c, "pat@example.org", null, "tok-a-" + System.nanoTime(), NOW, Subscriber.Source.CLERK));
            Meeting m = new Meeting(
                    c, Meeting.Kind.REGULAR, NOW.minusHours(2), "Room 267", null, NOW.minusDays(30), "clerk");
            em.persist(m);
            m.callToOrder(NOW.minusHours(2));
            em.persist(new Recess(m, NOW.minusHours(1), NOW.plusDays(1), "Room 280", "clerk"));
            return null;
        });
        assertThatThrownBy(() -> db.inTransaction(em -> {
                    Commission c = em.createQuery("select c from Commission c where c.code = 'NTD'", Commission.class)
                            .getSingleResult();
                    em.persist(new Subscriber(
                            c, "PAT@example.org", null, "tok-b-" + System.nanoTime(), NOW, Subscriber.Source.PUBLIC));
                    em.flush();
                    return null;
                }))
                .isNotNull();
        db.inTransaction(em -> {
            Recess r = em.createQuery("select r from Recess r where r.meeting.commission.code = 'NTD'", Recess.class)
                    .getSingleResult();
            assertThat(r.getResumeLocation()).isEqualTo("Room 280");
            assertThat(r.getResumesAt()).isEqualTo(NOW.plusDays(1));
            return null;
        });
    }
}
