package org.tryon.governance.tab.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tryon.governance.api.AgendaItemId;
import org.tryon.governance.api.MeetingId;
import org.tryon.governance.api.RecommendationId;
import org.tryon.governance.api.TabRecommendationMade;
import org.tryon.governance.meetings.application.Meetings;
import org.tryon.governance.meetings.domain.AgendaItem;
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.governance.meetings.domain.Recusal;
import org.tryon.governance.roster.domain.Person;
import org.tryon.governance.tab.domain.Concurrence;
import org.tryon.governance.tab.domain.DoiReferral;
import org.tryon.governance.tab.domain.SummaryBullet;
import org.tryon.governance.tab.domain.TabParticipation;
import org.tryon.governance.tab.domain.TabRecommendation;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.events.EventPublisher;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.text.UsFormat;

/**
 * The TAB's record of an item: the chair's pro/con summary and each member's concurrence (107.2.4 I),
 * the recommendation (107.2.4 K) with the interpretation the trade code administrator proposes and the
 * administrator's decision (107.2.5 G), and referrals to the NC Department of Insurance (107.2.4 J.2).
 */
@ApplicationScoped
@Transactional
public class TabRecords {

    /** Who proposes the department's interpretation to the administrator (107.2.4 K). */
    static final String[] PROPOSERS = {"TRADE_CODE_ADMINISTRATOR", "ADMINISTRATOR"};

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    TabMeetings tab;

    @Inject
    TabLinks links;

    @Inject
    EventPublisher events;

    @Inject
    Meetings meetings;

    /** A bullet of the chair's summary of the arguments for or against the proposal (107.2.4 I), written during the meeting, before any concurrence. */
    public TabViews.MeetingView addBullet(long agendaItemId, TabCommands.AddBullet command) {
        Inputs.valid(validator, command);
        AgendaItem item = lockedItem(agendaItemId);
        inProgress(item.getMeeting(), "The summary is written at the meeting");
        if (!tab.concurrences(item).isEmpty()) {
            throw new RuleViolationException(
                    "text",
                    "107.2.4 I summary-concurred",
                    "107.2.4 I: members have concurred with the summary; "
                            + "it is not changed after the first concurrence");
        }
        int position = (int) tab.bullets(item).stream()
                        .filter(b -> b.getSide() == command.side())
                        .count()
                + 1;
        em.persist(new SummaryBullet(item, command.side(), position, command.text(), user.name(), now()));
        em.flush();
        return tab.meeting(item.getMeeting().getId());
    }

    /**
     * A member's concurrence with the summary (107.2.4 I): present and without a conflict with the item;
     * a member who declared a conflict is refused naming 107.2.4 J.1. Once per member.
     */
    public TabViews.MeetingView concur(long agendaItemId, TabCommands.Concur command) {
        Inputs.valid(validator, command);
        AgendaItem item = lockedItem(agendaItemId);
        Meeting m = item.getMeeting();
        inProgress(m, "Members concur at the meeting");
        Person person = em.find(Person.class, command.personId());
        if (person == null) {
            throw new RuleViolationException("personId", "exists", "There is no person " + command.personId());
        }
        TabParticipation.checkConcurrence(person.getId(), person.getFullName(), tab.present(m), conflicted(item));
        if (tab.bullets(item).isEmpty()) {
            throw new RuleViolationException(
                    "personId",
                    "107.2.4 I summary-first",
                    "107.2.4 I: the chair summarises the arguments in bullets "
                            + "first; there is nothing to concur with yet");
        }
        if (tab.concurrences(item).stream().anyMatch(c -> c.getPerson().getId().equals(person.getId()))) {
            throw new RuleViolationException(
                    "personId", "107.2.4 I concurred-once", person.getFullName() + " concurred already");
        }
        em.persist(new Concurrence(item, person, now(), user.name()));
        em.flush();
        return tab.meeting(m.getId());
    }

    /**
     * The TAB's recommendation on the item (107.2.4 K): once the summary is concurred by every member
     * present without a conflict (107.2.4 I), with the item's quorum counted without the conflicted
     * members (107.2.4 A, J.1). Once per item; {@link TabRecommendationMade} through the outbox.
     */
    public TabViews.MeetingView recommend(long agendaItemId, TabCommands.Recommend command) {
        Inputs.valid(validator, command);
        AgendaItem item = lockedItem(agendaItemId);
        Meeting m = item.getMeeting();
        inProgress(m, "The TAB recommends at the meeting");
        if (tab.recommendation(item).isPresent()) {
            throw new RuleViolationException(
                    "text", "107.2.4 K recommended-once", "The TAB made its recommendation on this item already");
        }
        Set<Long> present = tab.present(m);
        Set<Long> conflicted = conflicted(item);
        int quorum = meetings.quorum(m.getCommission(), m.getStartsAt().toLocalDate());
        long countable = present.stream().filter(p -> !conflicted.contains(p)).count();
        if (countable < quorum) {
            throw new RuleViolationException(
                    "text",
                    "107.2.4 A quorum",
                    "107.2.4 A: " + countable + " members present without a conflict with " + "the item ("
                            + conflicted.stream().filter(present::contains).count() + " conflicted); the quorum is "
                            + quorum);
        }
        List<SummaryBullet> bullets = tab.bullets(item);
        if (bullets.isEmpty()) {
            throw new RuleViolationException(
                    "text",
                    "107.2.4 I summary-first",
                    "107.2.4 I: the chair summarises the arguments for and " + "against in bullets first");
        }
        List<Concurrence> concurrences = tab.concurrences(item);
        Set<Long> missing = TabParticipation.missing(
                present,
                conflicted,
                concurrences.stream().map(c -> c.getPerson().getId()).collect(Collectors.toSet()));
        if (!missing.isEmpty()) {
            throw new RuleViolationException(
                    "text",
                    "107.2.4 I concurrence",
                    "107.2.4 I: the summary is concurred by all members present " + "without a conflict; missing: "
                            + missing.stream()
                                    .map(id -> em.find(Person.class, id).getFullName())
                                    .sorted()
                                    .toList());
        }
        TabRecommendation r = new TabRecommendation(item, command.text(), now(), user.name());
        em.persist(r);
        em.flush();
        events.publishDurably(new TabRecommendationMade(
                UUID.randomUUID(),
                clock.instant(),
                new MeetingId(m.getId()),
                new AgendaItemId(item.getId()),
                new RecommendationId(r.getId()),
                item.getTitle(),
                r.getText(),
                text(bullets, SummaryBullet.Side.PRO),
                text(bullets, SummaryBullet.Side.CON),
                concurrences.stream().map(c -> c.getPerson().getFullName()).toList(),
                tab.recusals(item).stream()
                        .map(x -> x.getPerson().getFullName())
                        .toList()));
        return tab.meeting(m.getId());
    }

    /** The recommendations, newest first, with their interpretation and decision; {@code open}: those not decided yet. A read. */
    public List<TabViews.RecommendationView> recommendations(boolean open) {
        return em
                .createQuery(
                        "select r from TabRecommendation r join fetch r.item "
                                + (open ? "where r.decision is null " : "") + "order by r.madeAt desc",
                        TabRecommendation.class)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .map(TabMeetings::recommendation)
                .toList();
    }

    /** 107.2.4 K: the trade code administrator records the interpretation proposed to the administrator, weighing the recommendation. */
    public TabViews.RecommendationView propose(long recommendationId, TabCommands.Propose command) {
        Inputs.valid(validator, command);
        user.requireAnyRole(
                "107.2.4 K: the relevant trade code administrator proposes the department's interpretation to the administrator",
                PROPOSERS);
        TabRecommendation r = lockedRecommendation(recommendationId);
        r.propose(command.interpretation(), user.name(), day("proposedOn", command.proposedOn()));
        em.flush();
        return TabMeetings.recommendation(r);
    }

    /** 107.2.5 G: the administrator decides the interpretation; the TAB's recommendation does not overrule it. */
    public TabViews.RecommendationView decide(long recommendationId, TabCommands.Decide command) {
        Inputs.valid(validator, command);
        user.requireAnyRole("107.2.5 G: the Administrator decides interpretations", "ADMINISTRATOR");
        TabRecommendation r = lockedRecommendation(recommendationId);
        r.decide(command.decision(), command.text(), user.name(), day("decidedOn", command.decidedOn()));
        em.flush();
        return TabMeetings.recommendation(r);
    }

    /**
     * 107.2.4 J.2: a project submitted to the TAB that involves a member or would benefit one is referred
     * to the NC Department of Insurance Evaluation Services Section, even though the member took no part.
     * The member either declared a conflict with the item or is proposed as conflicted from permit data.
     */
    public TabViews.ReferralView refer(TabCommands.Refer command) {
        Inputs.valid(validator, command);
        AgendaItem item = lockedItem(command.agendaItemId());
        Person person = em.find(Person.class, command.personId());
        if (person == null) {
            throw new RuleViolationException("personId", "exists", "There is no person " + command.personId());
        }
        boolean declared = conflicted(item).contains(person.getId());
        boolean proposed = tab.meeting(item.getMeeting().getId()).items().stream()
                .filter(i -> i.id() == item.getId())
                .flatMap(i -> i.proposals().stream())
                .anyMatch(p -> p.personId() == person.getId());
        if (!declared && !proposed) {
            throw new RuleViolationException(
                    "personId",
                    "107.2.4 J.2 involves-a-member",
                    "107.2.4 J.2: a project is referred when it involves " + "a member or would benefit one; "
                            + person.getFullName() + " declared no conflict with this item and none is proposed");
        }
        boolean open = tab.referrals(item).stream()
                .anyMatch(r ->
                        r.getPerson().getId().equals(person.getId()) && r.getStatus() != DoiReferral.Status.CLOSED);
        if (open) {
            throw new RuleViolationException(
                    "personId",
                    "107.2.4 J.2 referred-once",
                    "The item is referred already for " + person.getFullName());
        }
        LocalDate today = LocalDate.now(clock);
        DoiReferral r = new DoiReferral(
                item,
                person,
                command.reason(),
                command.sentOn() == null ? today : command.sentOn(),
                today,
                user.name());
        em.persist(r);
        em.flush();
        return TabMeetings.referral(r);
    }

    public TabViews.ReferralView answer(long referralId, TabCommands.Answer command) {
        Inputs.valid(validator, command);
        DoiReferral r = lockedReferral(referralId);
        LocalDate today = LocalDate.now(clock);
        r.answer(command.answer(), command.answeredOn() == null ? today : command.answeredOn(), today);
        em.flush();
        return TabMeetings.referral(r);
    }

    public TabViews.ReferralView close(long referralId, TabCommands.Close command) {
        Inputs.valid(validator, command);
        DoiReferral r = lockedReferral(referralId);
        LocalDate today = LocalDate.now(clock);
        r.close(command.closedOn() == null ? today : command.closedOn(), command.note(), today);
        em.flush();
        return TabMeetings.referral(r);
    }

    /** The referrals, newest first; {@code status} one of SENT, ANSWERED, CLOSED or all. A read. */
    public List<TabViews.ReferralView> referrals(String status) {
        DoiReferral.Status s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = DoiReferral.Status.valueOf(status.trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException("status", "one-of", "SENT, ANSWERED or CLOSED");
            }
        }
        var query = em.createQuery(
                "select r from DoiReferral r join fetch r.person join fetch r.item i join fetch i.meeting "
                        + (s == null ? "" : "where r.status = :s ") + "order by r.sentOn desc, r.id desc",
                DoiReferral.class);
        if (s != null) {
            query.setParameter("s", s);
        }
        return query.setMaxResults(500).getResultList().stream()
                .map(TabMeetings::referral)
                .toList();
    }

    public TabViews.ReferralView referral(long id) {
        DoiReferral r = em.find(DoiReferral.class, id);
        if (r == null) {
            throw new RecordNotFoundException("referral", id);
        }
        return TabMeetings.referral(r);
    }

    private LocalDate day(String field, LocalDate given) {
        LocalDate today = LocalDate.now(clock);
        if (given != null && given.isAfter(today)) {
            throw new RuleViolationException(
                    field, "not-in-future", "A day not after today (" + UsFormat.date(today) + ")");
        }
        return given == null ? today : given;
    }

    private Set<Long> conflicted(AgendaItem item) {
        return tab.recusals(item).stream()
                .map(Recusal::getPerson)
                .map(Person::getId)
                .collect(Collectors.toSet());
    }

    private static List<String> text(List<SummaryBullet> bullets, SummaryBullet.Side side) {
        return bullets.stream()
                .filter(b -> b.getSide() == side)
                .map(SummaryBullet::getText)
                .toList();
    }

    private static void inProgress(Meeting m, String what) {
        if (m.getStatus() != Meeting.Status.IN_PROGRESS) {
            throw new RuleViolationException(
                    "meetingId",
                    "meeting.in-progress",
                    what + "; this meeting is "
                            + m.getStatus().name().toLowerCase().replace('_', ' '));
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private AgendaItem lockedItem(long id) {
        AgendaItem i = tab.tabItem(id);
        em.find(Meeting.class, i.getMeeting().getId(), LockModeType.PESSIMISTIC_WRITE);
        return i;
    }

    private TabRecommendation lockedRecommendation(long id) {
        TabRecommendation r = em.find(TabRecommendation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw new RecordNotFoundException("TAB recommendation", id);
        }
        return r;
    }

    private DoiReferral lockedReferral(long id) {
        DoiReferral r = em.find(DoiReferral.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw new RecordNotFoundException("referral", id);
        }
        return r;
    }
}
