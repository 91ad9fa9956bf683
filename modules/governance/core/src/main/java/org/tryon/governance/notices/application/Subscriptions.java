package org.tryon.governance.notices.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.tryon.governance.notices.domain.NoticeText;
import org.tryon.governance.notices.domain.OutgoingMail;
import org.tryon.governance.notices.domain.Subscriber;
import org.tryon.governance.roster.domain.Commission;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;

/**
 * The lists of those who asked for notices of a body's meetings (G.S. 143-318.12(b)(2)). On the public form an address is
 * asked for, and a link to confirm it is mailed (double opt-in): only a confirmed address receives notices. Every notice
 * carries the subscriber's link to leave the list. The clerk sees and keeps the lists, and may add an address asked for in
 * writing. Following a link shows a page with a button: the confirmation and the leaving are POSTs (a read never writes,
 * and a mail scanner that opens links changes nothing).
 */
@ApplicationScoped
@Transactional
public class Subscriptions {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    MailServer server;

    @Inject
    Event<MailQueued> queued;

    /**
     * A request on the public form: a new or pending or ended address gets a (new) confirmation link; an address already on
     * the list gets nothing. The answer is the same in every case.
     */
    public NoticeViews.SubscriptionAnswer request(NoticeViews.Subscribe command) {
        Inputs.valid(validator, command);
        Commission c = commission(command.commission());
        LocalDateTime now = now();
        Subscriber s = find(c, command.email());
        if (s == null) {
            s = new Subscriber(c, command.email(), command.name(), token(), now, Subscriber.Source.PUBLIC);
            em.persist(s);
        } else if (!s.receivesNotices()) {
            s.renew(command.name(), token(), now, Subscriber.Source.PUBLIC);
        } else {
            return answer(c);
        }
        em.flush();
        NoticeText.Text text = NoticeText.confirmation(
                c.getCode(), c.getName(), server.publicLink("public/subscribe.xhtml?confirm=" + s.getToken()));
        em.persist(new OutgoingMail(
                null, s, OutgoingMail.Purpose.CONFIRMATION, s.getEmail(), text.subject(), text.body(), now));
        queued.fire(new MailQueued(1));
        return answer(c);
    }

    private static NoticeViews.SubscriptionAnswer answer(Commission c) {
        return new NoticeViews.SubscriptionAnswer(
                c.getCode(),
                "Thank you. Unless this address is on the list already, a message with a link "
                        + "to confirm it is on its way; notices of the " + c.getCode()
                        + "'s meetings are sent once the address is confirmed.");
    }

    /** The subscription a link names. A read. */
    public NoticeViews.SubscriptionState state(String token) {
        return state(byToken(token, false));
    }

    /** The owner of the address followed the link and confirmed. */
    public NoticeViews.SubscriptionState confirm(String token) {
        Subscriber s = byToken(token, true);
        s.confirm(now());
        em.flush();
        return state(s);
    }

    /** The owner of the address followed the link in a notice and left the list. */
    public NoticeViews.SubscriptionState leave(String token) {
        Subscriber s = byToken(token, true);
        s.end(now());
        em.flush();
        return state(s);
    }

    /** A body's list, all states, by address. A read. */
    public List<NoticeViews.SubscriberView> list(String code) {
        Commission c = commission(code);
        return em
                .createQuery("select s from Subscriber s where s.commission = :c order by s.email", Subscriber.class)
                .setParameter("c", c)
                .getResultList()
                .stream()
                .map(Subscriptions::view)
                .toList();
    }

    public NoticeViews.SubscriberView get(String code, long id) {
        return view(subscriber(code, id, false));
    }

    /** The clerk adds an address asked for in writing: on the list at once. */
    public NoticeViews.SubscriberView add(String code, NoticeViews.Subscribe command) {
        Inputs.valid(validator, command);
        Commission c = commission(code);
        if (!c.getCode().equals(commission(command.commission()).getCode())) {
            throw new RuleViolationException(
                    "commission",
                    "same-body",
                    "The request names the " + command.commission() + ", the list is the " + c.getCode() + "'s");
        }
        Subscriber s = find(c, command.email());
        if (s == null) {
            s = new Subscriber(c, command.email(), command.name(), token(), now(), Subscriber.Source.CLERK);
            em.persist(s);
        } else if (s.receivesNotices()) {
            throw new RuleViolationException(
                    "email", "subscriber.once", s.getEmail() + " is on the " + c.getCode() + "'s list already");
        } else {
            s.renew(command.name(), token(), now(), Subscriber.Source.CLERK);
        }
        em.flush();
        return view(s);
    }

    /** The clerk takes an address off the list (at its owner's request). */
    public NoticeViews.SubscriberView remove(String code, long id) {
        Subscriber s = subscriber(code, id, true);
        s.end(now());
        em.flush();
        return view(s);
    }

    static NoticeViews.SubscriberView view(Subscriber s) {
        return new NoticeViews.SubscriberView(
                s.getId(),
                s.getCommission().getCode(),
                s.getEmail(),
                s.getName(),
                s.getStatus().name(),
                s.getSource().name(),
                s.getRequestedAt(),
                s.getConfirmedAt(),
                s.getEndedAt());
    }

    private static NoticeViews.SubscriptionState state(Subscriber s) {
        return new NoticeViews.SubscriptionState(
                s.getCommission().getCode(),
                s.getCommission().getName(),
                s.getEmail(),
                s.getStatus().name());
    }

    private Subscriber byToken(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 64) {
            throw new RuleViolationException(
                    "token", "subscription.link", "The link is incomplete: open it as it was mailed");
        }
        return em.createQuery("select s from Subscriber s where s.token = :t", Subscriber.class)
                .setParameter("t", token.trim())
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        "token",
                        "subscription.link",
                        "This link is not (or no longer) valid: " + "a newer link was mailed, or subscribe again"));
    }

    private Subscriber subscriber(String code, long id, boolean lock) {
        Commission c = commission(code);
        Subscriber s =
                lock ? em.find(Subscriber.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(Subscriber.class, id);
        if (s == null || !s.getCommission().getId().equals(c.getId())) {
            throw new RecordNotFoundException("subscriber of the " + c.getCode(), id);
        }
        return s;
    }

    private Subscriber find(Commission c, String email) {
        return em.createQuery("select s from Subscriber s where s.commission = :c and s.email = :e", Subscriber.class)
                .setParameter("c", c)
                .setParameter("e", Subscriber.normalise(email))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Commission commission(String code) {
        return em.createQuery("select c from Commission c where c.code = :c", Commission.class)
                .setParameter("c", code == null ? "" : code.trim().toUpperCase())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RuleViolationException("commission", "exists", "There is no body " + code));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
