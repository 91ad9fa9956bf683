package org.tryon.governance.meetings.application;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tryon.governance.meetings.domain.AgendaDeadlines;
import org.tryon.governance.meetings.domain.AgendaItem;
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.governance.meetings.domain.Motion;
import org.tryon.governance.meetings.domain.Presence;
import org.tryon.governance.meetings.domain.Quorum;
import org.tryon.governance.meetings.domain.Recusal;
import org.tryon.governance.meetings.domain.Vote;
import org.tryon.governance.module.domain.GovernanceSettings;
import org.tryon.governance.roster.domain.Appointment;
import org.tryon.governance.roster.domain.Person;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.settings.Settings;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.time.CountyCalendar;
import org.tryon.platform.time.WorkingDayCalendar;

/**
 * Agendas and decisions: requests for the BDC's agenda (107.1.4 G) and topics for the TAB's
 * (107.2.4 G, H), conflicts declared per item (107.2.4 J.1), motions and each member's vote
 * (107.1.4 A, E) with the quorum of the item counted at every vote, and the BDC's numbered
 * resolutions.
 */
@ApplicationScoped
@Transactional
public class Agendas {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    @Inject
    CountyCalendar countyCalendar;

    @Inject
    CurrentUser user;

    @Inject
    Meetings meetings;

    @Inject
    org.tryon.platform.events.EventPublisher events;

    /**
     * Puts a requested item on a meeting's agenda when it came in time: for the BDC by the day six
     * working days before the meeting (107.1.4 G), for the TAB by the greater of 48 hours and two
     * workdays before it (107.2.4 G). A late request is refused, naming the day or time it was due
     * and the next meeting it can be on; nothing is stored.
     */
    public AgendaView request(long meetingId, AgendaCommands.RequestItem command) {
        Inputs.valid(validator, command);
        Meeting m = meeting(meetingId);
        if (m.getStatus() != Meeting.Status.SCHEDULED) {
            throw new RuleViolationException(
                    "meetingId",
                    "agenda.meeting-scheduled",
                    "Items go on the agenda of a meeting not yet held; this one is "
                            + m.getStatus().name().toLowerCase().replace('_', ' '));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime received = command.receivedAt() == null ? now : command.receivedAt();
        if (received.isAfter(now)) {
            throw new RuleViolationException(
                    "receivedAt", "not-in-future", "A request is received now or earlier, not later than now");
        }
        String body = m.getCommission().getCode();
        WorkingDayCalendar calendar = countyCalendar.calendar();
        LocalDate day = m.getStartsAt().toLocalDate();
        AgendaItem.Section section;
        if ("TAB".equals(body)) {
            requireTopicSummary(command);
            int hours = settings.valueOn(GovernanceSettings.TAB_TOPIC_HOURS, day);
            int workdays = settings.valueOn(GovernanceSettings.TAB_TOPIC_WORKDAYS, day);
            LocalDateTime due = AgendaDeadlines.tabTopicDue(m.getStartsAt(), hours, workdays, calendar);
            if (received.isAfter(due)) {
                throw new RuleViolationException(
                        "receivedAt",
                        "107.2.4 G topic-in-time",
                        "107.2.4 G: a topic is submitted " + hours + " hours or "
                                + workdays + " workdays before the meeting, whichever is greater: for the meeting of "
                                + UsFormat.dateTime(m.getStartsAt())
                                + " it was due by " + UsFormat.dateTime(due)
                                + nextTab(m, received, hours, workdays, calendar));
            }
            section = command.section() == null || command.section() == AgendaItem.Section.OTHER
                    ? AgendaItem.Section.NEW_BUSINESS
                    : command.section();
        } else {
            if (command.detail() == null || command.detail().isBlank()) {
                throw new RuleViolationException(
                        "detail",
                        "107.1.4 G detailed-information",
                        "107.1.4 G: a request to include an item provides detailed information");
            }
            if ("BDC".equals(body)) {
                int days = settings.valueOn(GovernanceSettings.BDC_AGENDA_WORKING_DAYS, day);
                LocalDate due = AgendaDeadlines.bdcRequestDue(day, days, calendar);
                if (received.toLocalDate().isAfter(due)) {
                    throw new RuleViolationException(
                            "receivedAt",
                            "107.1.4 G six-working-days",
                            "107.1.4 G: a request is provided " + days
                                    + " working days before the meeting: for the meeting of " + UsFormat.date(day)
                                    + " it was due on "
                                    + UsFormat.date(due)
                                    + nextBdc(m, received.toLocalDate(), days, calendar));
                }
            }
            section = command.section() == null ? AgendaItem.Section.OTHER : command.section();
        }
        int position = em.createQuery(
                                "select coalesce(max(i.position), 0) from AgendaItem i where i.meeting = :m and i.section = :s",
                                Integer.class)
                        .setParameter("m", m)
                        .setParameter("s", section)
                        .getSingleResult()
                + 1;
        AgendaItem item = new AgendaItem(
                m,
                section,
                position,
                command.title(),
                command.detail(),
                command.requestedBy(),
                received,
                command.speakers() == null ? null : String.join("; ", command.speakers()),
                user.name());
        item.topic(
                command.problem(),
                command.codeSections(),
                command.proposedInterpretation(),
                command.rationale(),
                Boolean.TRUE.equals(command.fromDepartment()),
                command.submittedTo(),
                command.permitNumber());
        em.persist(item);
        em.flush();
        return agenda(meetingId);
    }

    private static void requireTopicSummary(AgendaCommands.RequestItem c) {
        List<RuleViolationException.Violation> missing = new ArrayList<>();
        if (c.problem() == null || c.problem().isBlank()) {
            missing.add(new RuleViolationException.Violation(
                    "problem", "107.2.4 H summary", "107.2.4 H: summarise the problem in writing"));
        }
        if (c.proposedInterpretation() == null || c.proposedInterpretation().isBlank()) {
            missing.add(new RuleViolationException.Violation(
                    "proposedInterpretation",
                    "107.2.4 H summary",
                    "107.2.4 H: state the proposed code interpretation"));
        }
        if (c.rationale() == null || c.rationale().isBlank()) {
            missing.add(new RuleViolationException.Violation(
                    "rationale", "107.2.4 H summary", "107.2.4 H: summarise the rationale behind the proposal"));
        }
        if (c.submittedTo() == null || c.submittedTo().isBlank()) {
            missing.add(new RuleViolationException.Violation(
                    "submittedTo",
                    "107.2.4 G trade-code-administrator",
                    "107.2.4 G: a topic is submitted to one of the trade code administrators"));
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException(missing);
        }
    }

    private String nextBdc(Meeting late, LocalDate received, int days, WorkingDayCalendar calendar) {
        for (Meeting n : later(late)) {
            LocalDate due = AgendaDeadlines.bdcRequestDue(n.getStartsAt().toLocalDate(), days, calendar);
            if (!received.isAfter(due)) {
                return "; it can go on the agenda of the next meeting, "
                        + UsFormat.date(n.getStartsAt().toLocalDate()) + " (meeting " + n.getId() + ")";
            }
        }
        return "; no later meeting is scheduled yet";
    }

    private String nextTab(Meeting late, LocalDateTime received, int hours, int workdays, WorkingDayCalendar calendar) {
        for (Meeting n : later(late)) {
            if (!received.isAfter(AgendaDeadlines.tabTopicDue(n.getStartsAt(), hours, workdays, calendar))) {
                return "; it can go on the agenda of the next meeting, " + UsFormat.dateTime(n.getStartsAt())
                        + " (meeting " + n.getId() + ")";
            }
        }
        return "; no later meeting is scheduled yet";
    }

    private List<Meeting> later(Meeting m) {
        return em.createQuery(
                        "select n from Meeting n where n.commission = :c and n.startsAt > :s and n.status = :st order by n.startsAt",
                        Meeting.class)
                .setParameter("c", m.getCommission())
                .setParameter("s", m.getStartsAt())
                .setParameter("st", Meeting.Status.SCHEDULED)
                .setMaxResults(12)
                .getResultList();
    }

    /**
     * A member declares a conflict with an item (107.2.4 J.1): they take no part in it, and the
     * item's quorum is counted without them. Declared once per item.
     */
    public AgendaView declareConflict(long meetingId, AgendaCommands.DeclareConflict command) {
        Inputs.valid(validator, command);
        Meeting m = meeting(meetingId);
        AgendaItem item = item(m, command.agendaItemId());
        Person person = member(m, command.personId(), "personId");
        boolean declared = !em.createQuery("select r.id from Recusal r where r.item = :i and r.person = :p", Long.class)
                .setParameter("i", item)
                .setParameter("p", person)
                .getResultList()
                .isEmpty();
        if (declared) {
            throw new RuleViolationException(
                    "personId",
                    "107.2.4 J.1 declared-once",
                    person.getFullName() + " declared a conflict with this item already");
        }
        em.persist(new Recusal(item, person, LocalDateTime.now(clock), command.reason()));
        em.flush();
        events.publishDurably(new org.tryon.governance.api.ConflictDeclared(
                java.util.UUID.randomUUID(),
                clock.instant(),
                m.getCommission().getCode(),
                new org.tryon.governance.api.MeetingId(m.getId()),
                new org.tryon.governance.api.AgendaItemId(item.getId()),
                person.getFullName(),
                command.reason().trim()));
        return agenda(meetingId);
    }

    /** A motion moved and seconded by members present and not recused on its item, in a meeting in progress (107.1.4 E). */
    public AgendaView move(long meetingId, AgendaCommands.MakeMotion command) {
        Inputs.valid(validator, command);
        Meeting m = meeting(meetingId);
        if (m.getStatus() != Meeting.Status.IN_PROGRESS) {
            throw new RuleViolationException(
                    "meetingId", "motion.meeting-in-progress", "Motions are made in a meeting in progress");
        }
        AgendaItem item = command.agendaItemId() == null ? null : item(m, command.agendaItemId());
        LocalDateTime at = moment(m, command.at());
        Set<Long> eligible = eligible(m, item, at);
        Person mover = member(m, command.moverId(), "moverId");
        Person seconder = member(m, command.seconderId(), "seconderId");
        if (!eligible.contains(mover.getId())) {
            throw new RuleViolationException(
                    "moverId",
                    "motion.present-not-recused",
                    mover.getFullName() + " is not present or is recused on the item");
        }
        if (!eligible.contains(seconder.getId())) {
            throw new RuleViolationException(
                    "seconderId",
                    "motion.present-not-recused",
                    seconder.getFullName() + " is not present or is recused on the item");
        }
        em.persist(new Motion(m, item, command.text(), mover, seconder, at));
        em.flush();
        return agenda(meetingId);
    }

    /**
     * Records each member's vote on a motion (107.1.4 E): every member present and not recused on
     * the item votes aye, nay or abstains, and no one else; the item's quorum is checked first
     * (107.1.4 A, 107.2.4 A: present and not recused); the motion carries with more ayes than nays.
     * A carried BDC motion is a resolution with the next number of its year (107.1.4 A).
     */
    public AgendaView vote(long motionId, AgendaCommands.RecordVotes command) {
        Inputs.valid(validator, command);
        Motion motion = em.find(Motion.class, motionId, LockModeType.PESSIMISTIC_WRITE);
        if (motion == null) {
            throw new RecordNotFoundException("motion", motionId);
        }
        Meeting m = motion.getMeeting();
        if (m.getStatus() != Meeting.Status.IN_PROGRESS) {
            throw new RuleViolationException(
                    "votes", "motion.meeting-in-progress", "Votes are taken in a meeting in progress");
        }
        LocalDateTime at = moment(m, command.at());
        if (at.isBefore(motion.getMadeAt())) {
            throw new RuleViolationException(
                    "at",
                    "vote.after-motion",
                    "The vote is taken after the motion was made (" + UsFormat.dateTime(motion.getMadeAt()) + ")");
        }
        Set<Long> eligible = eligible(m, motion.getItem(), at);
        int quorum = meetings.quorum(m.getCommission(), m.getStartsAt().toLocalDate());
        int recused = motion.getItem() == null ? 0 : eligible(m, null, at).size() - eligible.size();
        if (eligible.size() < quorum) {
            throw new RuleViolationException(
                    "votes",
                    quorumRule(m),
                    quorumRule(m) + ": " + eligible.size() + " members present and not recused"
                            + (recused > 0 ? " (" + recused + " recused on the item)" : "") + "; the quorum is "
                            + quorum + ": no vote can be taken");
        }
        Map<Long, Vote.Choice> ballots = new HashMap<>();
        for (AgendaCommands.Ballot b : command.votes()) {
            if (!eligible.contains(b.personId())) {
                throw new RuleViolationException(
                        "votes",
                        "vote.present-not-recused",
                        "Member " + b.personId() + " is not present or is recused on the item and does not vote");
            }
            if (ballots.put(b.personId(), b.choice()) != null) {
                throw new RuleViolationException(
                        "votes", "vote.once", "Member " + b.personId() + " is given two votes");
            }
        }
        if (!ballots.keySet().equals(eligible)) {
            Set<Long> missing = new HashSet<>(eligible);
            missing.removeAll(ballots.keySet());
            throw new RuleViolationException(
                    "votes",
                    "107.1.4 E each-member",
                    "107.1.4 E: the vote of each member present is recorded; missing: "
                            + missing.stream()
                                    .map(id -> em.find(Person.class, id).getFullName())
                                    .sorted()
                                    .toList());
        }
        int ayes = (int)
                ballots.values().stream().filter(c -> c == Vote.Choice.AYE).count();
        int nays = (int)
                ballots.values().stream().filter(c -> c == Vote.Choice.NAY).count();
        int abstentions = ballots.size() - ayes - nays;
        String resolution = null;
        if ("BDC".equals(m.getCommission().getCode()) && Quorum.carries(ayes, nays)) {
            em.find(
                    org.tryon.governance.roster.domain.Commission.class,
                    m.getCommission().getId(),
                    LockModeType.PESSIMISTIC_WRITE);
            int year = m.getStartsAt().getYear();
            long carried = em.createQuery(
                            "select count(x) from Motion x where x.meeting.commission = :c and x.resolutionNumber like :y",
                            Long.class)
                    .setParameter("c", m.getCommission())
                    .setParameter("y", "BDC " + year + "-%")
                    .getSingleResult();
            resolution = "BDC " + year + "-" + String.format("%02d", carried + 1);
        }
        motion.decide(ayes, nays, abstentions, at, resolution);
        ballots.forEach((person, choice) -> em.persist(new Vote(motion, em.find(Person.class, person), choice)));
        em.flush();
        if (motion.getResolutionNumber() != null) {
            events.publishDurably(new org.tryon.governance.api.ResolutionAdopted(
                    java.util.UUID.randomUUID(),
                    clock.instant(),
                    new org.tryon.governance.api.MeetingId(m.getId()),
                    new org.tryon.governance.api.MotionId(motion.getId()),
                    motion.getResolutionNumber(),
                    motion.getText(),
                    ayes,
                    nays,
                    abstentions));
        }
        return agenda(m.getId());
    }

    private static String quorumRule(Meeting m) {
        return "TAB".equals(m.getCommission().getCode()) ? "107.2.4 A quorum" : "107.1.4 A quorum";
    }

    /** The members in the room at {@code at} and not recused on {@code item} (all present ones for other business). */
    private Set<Long> eligible(Meeting m, AgendaItem item, LocalDateTime at) {
        Set<Long> present = new HashSet<>();
        for (Presence p : em.createQuery("select p from Presence p where p.meeting = :m", Presence.class)
                .setParameter("m", m)
                .getResultList()) {
            if (p.presentAt(at)) {
                present.add(p.getPerson().getId());
            }
        }
        if (item != null) {
            em.createQuery("select r.person.id from Recusal r where r.item = :i", Long.class)
                    .setParameter("i", item)
                    .getResultList()
                    .forEach(present::remove);
        }
        return present;
    }

    /** The moment of a motion or vote: now, or the time given for a meeting keyed in afterwards (not later than now, not before the call to order). */
    private LocalDateTime moment(Meeting m, LocalDateTime given) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        if (given == null) {
            return now;
        }
        if (given.isAfter(LocalDateTime.now(clock))) {
            throw new RuleViolationException(
                    "at", "not-in-future", "A moment of the meeting is now or earlier, not later than now");
        }
        if (m.getCalledToOrderAt() != null && given.isBefore(m.getCalledToOrderAt())) {
            throw new RuleViolationException(
                    "at",
                    "after-call-to-order",
                    "The meeting was called to order at " + UsFormat.dateTime(m.getCalledToOrderAt()));
        }
        return given;
    }

    /** A meeting's agenda in order, with conflicts and motions. A read: nothing is written. */
    public AgendaView agenda(long meetingId) {
        Meeting m = em.find(Meeting.class, meetingId);
        if (m == null) {
            throw new RecordNotFoundException("meeting", meetingId);
        }
        List<AgendaItem> items = em
                .createQuery("select i from AgendaItem i where i.meeting = :m and i.status = :s", AgendaItem.class)
                .setParameter("m", m)
                .setParameter("s", AgendaItem.Status.ON_AGENDA)
                .getResultList()
                .stream()
                .sorted(Comparator.comparing(AgendaItem::getSection).thenComparing(AgendaItem::getPosition))
                .toList();
        Map<Long, List<AgendaView.Conflict>> conflicts = new HashMap<>();
        em.createQuery(
                        "select r from Recusal r join fetch r.person where r.item.meeting = :m order by r.declaredAt",
                        Recusal.class)
                .setParameter("m", m)
                .getResultList()
                .forEach(r -> conflicts
                        .computeIfAbsent(r.getItem().getId(), k -> new ArrayList<>())
                        .add(new AgendaView.Conflict(
                                r.getPerson().getId(), r.getPerson().getFullName(), r.getDeclaredAt(), r.getReason())));
        List<Motion> motions = em.createQuery(
                        "select x from Motion x join fetch x.mover join fetch x.seconder where x.meeting = :m order by x.madeAt, x.id",
                        Motion.class)
                .setParameter("m", m)
                .getResultList();
        Map<Long, List<AgendaView.BallotView>> votes = new HashMap<>();
        if (!motions.isEmpty()) {
            em.createQuery(
                            "select v from Vote v join fetch v.person where v.motion in :ms order by v.person.fullName",
                            Vote.class)
                    .setParameter("ms", motions)
                    .getResultList()
                    .forEach(v -> votes.computeIfAbsent(v.getMotion().getId(), k -> new ArrayList<>())
                            .add(new AgendaView.BallotView(
                                    v.getPerson().getId(),
                                    v.getPerson().getFullName(),
                                    v.getChoice().name())));
        }
        List<AgendaView.Item> views = items.stream()
                .map(i -> new AgendaView.Item(
                        i.getId(),
                        i.getSection().name(),
                        i.getPosition(),
                        i.getTitle(),
                        i.getDetail(),
                        i.getRequestedBy(),
                        i.getReceivedAt(),
                        i.getSpeakers(),
                        i.getProblem(),
                        i.getCodeSections(),
                        i.getProposedInterpretation(),
                        i.getRationale(),
                        i.isFromDepartment(),
                        i.getSubmittedTo(),
                        i.getPermitNumber(),
                        conflicts.getOrDefault(i.getId(), List.of()),
                        motions.stream()
                                .filter(x -> x.getItem() != null
                                        && x.getItem().getId().equals(i.getId()))
                                .map(x -> motionView(x, votes))
                                .toList()))
                .toList();
        return new AgendaView(
                m.getId(),
                m.getCommission().getCode(),
                views,
                motions.stream()
                        .filter(x -> x.getItem() == null)
                        .map(x -> motionView(x, votes))
                        .toList());
    }

    private static AgendaView.MotionView motionView(Motion x, Map<Long, List<AgendaView.BallotView>> votes) {
        return new AgendaView.MotionView(
                x.getId(),
                x.getText(),
                x.getMover().getFullName(),
                x.getSeconder().getFullName(),
                x.getMadeAt(),
                x.getStatus().name(),
                x.getAyes(),
                x.getNays(),
                x.getAbstentions(),
                x.getResolutionNumber(),
                votes.getOrDefault(x.getId(), List.of()));
    }

    private Person member(Meeting m, Long personId, String field) {
        LocalDate day = m.getStartsAt().toLocalDate();
        List<Appointment> terms = em.createQuery(
                        "select a from Appointment a join fetch a.person where a.seat.commission = :c and a.person.id = :p",
                        Appointment.class)
                .setParameter("c", m.getCommission())
                .setParameter("p", personId)
                .getResultList();
        return terms.stream()
                .filter(a -> a.overlaps(day, day))
                .map(Appointment::getPerson)
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        field,
                        "member-of-the-body",
                        "Member " + personId + " does not hold a seat of the "
                                + m.getCommission().getCode() + " on " + UsFormat.date(day)));
    }

    private AgendaItem item(Meeting m, Long id) {
        AgendaItem item = em.find(AgendaItem.class, id);
        if (item == null
                || !item.getMeeting().getId().equals(m.getId())
                || item.getStatus() != AgendaItem.Status.ON_AGENDA) {
            throw new RuleViolationException(
                    "agendaItemId", "agenda.item-of-the-meeting", "Item " + id + " is not on this meeting's agenda");
        }
        return item;
    }

    private Meeting meeting(long id) {
        Meeting m = em.find(Meeting.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw new RecordNotFoundException("meeting", id);
        }
        return m;
    }
}
