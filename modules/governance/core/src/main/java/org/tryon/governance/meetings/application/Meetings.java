package org.tryon.governance.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tryon.governance.api.MeetingScheduled;
import org.tryon.governance.meetings.domain.AttendanceRule;
import org.tryon.governance.meetings.domain.ExcusedAbsence;
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.governance.meetings.domain.Presence;
import org.tryon.governance.module.domain.GovernanceSettings;
import org.tryon.governance.notices.application.MeetingNotices;
import org.tryon.governance.notices.domain.NoticeRules;
import org.tryon.governance.officers.application.Subcommittees;
import org.tryon.governance.roster.domain.Appointment;
import org.tryon.governance.roster.domain.Commission;
import org.tryon.governance.roster.domain.Person;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.events.EventPublisher;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.settings.Settings;
import org.tryon.platform.text.UsFormat;

/**
 * Meetings of the bodies: scheduling under the Open Meetings Law's notice rules, the call to order,
 * the roll call with arrival and departure times, the quorum live, adjournment or cancellation,
 * excused absences and the BDC's attendance report (107.1.1 B, 107.1.4, 107.2.4; G.S. 143-318.12).
 */
@ApplicationScoped
@Transactional
public class Meetings {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    @Inject
    EventPublisher events;

    @Inject
    CurrentUser user;

    /** A subcommittee's quorum may be set in its charter (107.1.4 C). */
    @Inject
    Subcommittees subcommittees;

    @Inject
    MeetingNotices notices;

    /**
     * Schedules a meeting. A regular meeting is a change of the regular schedule filed with the
     * clerk unless put on it at least seven days ahead; a special meeting needs 48 hours' notice and
     * a purpose; an emergency meeting a purpose (G.S. 143-318.12). The rules are judged at the
     * moment the meeting was scheduled, which for a meeting recorded afterwards is given.
     */
    public MeetingView schedule(ScheduleMeeting command) {
        Inputs.valid(validator, command);
        Commission commission = commission(command.commission());
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime scheduledAt = command.scheduledAt() == null ? now : command.scheduledAt();
        if (scheduledAt.isAfter(now)) {
            throw new RuleViolationException(
                    "scheduledAt",
                    "not-in-future",
                    "A meeting is scheduled now or was scheduled earlier, not later than now");
        }
        LocalDate day = command.startsAt().toLocalDate();
        switch (command.kind()) {
            case REGULAR -> {
                int days = settings.valueOn(GovernanceSettings.SCHEDULE_CHANGE_DAYS, day);
                if (!NoticeRules.scheduleChangeInTime(scheduledAt.toLocalDate(), day, days)) {
                    throw new RuleViolationException(
                            "startsAt",
                            "G.S. 143-318.12 schedule-change",
                            "G.S. 143-318.12: a change of the regular schedule is filed at least " + days
                                    + " days before the meeting it "
                                    + "affects; for " + UsFormat.date(day) + " it was due by "
                                    + UsFormat.date(day.minusDays(days))
                                    + ". Call a special meeting instead "
                                    + "(48 hours' notice)");
                }
            }
            case SPECIAL -> {
                requirePurpose(command);
                int hours = settings.valueOn(GovernanceSettings.SPECIAL_NOTICE_HOURS, day);
                if (!NoticeRules.specialNoticeInTime(scheduledAt, command.startsAt(), hours)) {
                    throw new RuleViolationException(
                            "startsAt",
                            "G.S. 143-318.12 special-notice",
                            "G.S. 143-318.12: a special meeting needs " + hours + " hours' notice; noticed at "
                                    + UsFormat.dateTime(scheduledAt) + " it starts at "
                                    + UsFormat.dateTime(
                                            scheduledAt.plusHours(hours).truncatedTo(ChronoUnit.MINUTES))
                                    + " at the earliest");
                }
            }
            case EMERGENCY -> requirePurpose(command);
            default -> throw new IllegalStateException();
        }
        Meeting m = new Meeting(
                commission,
                command.kind(),
                command.startsAt(),
                command.location(),
                command.purpose(),
                scheduledAt,
                user.name());
        em.persist(m);
        em.flush();
        events.publish(new MeetingScheduled(
                UUID.randomUUID(),
                clock.instant(),
                commission.getCode(),
                new org.tryon.governance.api.MeetingId(m.getId()),
                m.getKind().name(),
                m.getStartsAt()));
        return view(m);
    }

    private static void requirePurpose(ScheduleMeeting command) {
        if (command.purpose() == null || command.purpose().isBlank()) {
            throw new RuleViolationException(
                    "purpose",
                    "G.S. 143-318.12 purpose",
                    "G.S. 143-318.12: the notice of a " + command.kind().name().toLowerCase()
                            + " meeting states its purpose");
        }
    }

    /** The meetings of a body between two days (both included), by start. A read: nothing is written. */
    public List<MeetingView> list(String code, LocalDate from, LocalDate to) {
        Commission commission = commission(code);
        return em
                .createQuery(
                        "select m from Meeting m where m.commission = :c and m.startsAt >= :from and m.startsAt < :to order by m.startsAt",
                        Meeting.class)
                .setParameter("c", commission)
                .setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay())
                .getResultList()
                .stream()
                .map(this::view)
                .toList();
    }

    public MeetingView get(long id) {
        return view(meeting(id, false));
    }

    public MeetingView callToOrder(long id, MeetingCommands.At at) {
        Meeting m = meeting(id, true);
        m.callToOrder(moment(at));
        return flushed(m);
    }

    public MeetingView adjourn(long id, MeetingCommands.At at) {
        Meeting m = meeting(id, true);
        LocalDateTime when = moment(at);
        m.adjourn(when);
        for (Presence p : presences(m)) {
            if (p.getDepartedAt() == null && p.getArrivedAt().isAfter(when)) {
                throw new RuleViolationException(
                        "at",
                        "meeting.adjourn-after-arrivals",
                        p.getPerson().getFullName() + " arrived at " + UsFormat.dateTime(p.getArrivedAt())
                                + ", after the adjournment given");
            }
        }
        return flushed(m);
    }

    public MeetingView cancel(long id, MeetingCommands.Cancel command) {
        Inputs.valid(validator, command);
        Meeting m = meeting(id, true);
        m.cancel(LocalDateTime.now(clock), command.reason());
        em.flush();
        notices.cancelled(id); // 107.1.4 D: cancelled with notice
        return flushed(m);
    }

    /** A member arrives: the member holds a seat of the body on the meeting's day and is not in the room already. */
    public MeetingView arrive(long id, MeetingCommands.Arrive command) {
        Inputs.valid(validator, command);
        Meeting m = meeting(id, true);
        if (m.getStatus() == Meeting.Status.CANCELLED) {
            throw new RuleViolationException("personId", "meeting.cancelled", "The meeting was cancelled");
        }
        Person person = em.find(Person.class, command.personId());
        if (person == null
                || members(m).stream().noneMatch(a -> a.getPerson().getId().equals(command.personId()))) {
            throw new RuleViolationException(
                    "personId",
                    "member-of-the-body",
                    "Only a member holding a seat of the " + m.getCommission().getCode() + " on "
                            + UsFormat.date(m.getStartsAt().toLocalDate()) + " is on the roll call");
        }
        LocalDateTime at = moment(new MeetingCommands.At(command.at()));
        if (m.getAdjournedAt() != null && !at.isBefore(m.getAdjournedAt())) {
            throw new RuleViolationException(
                    "at",
                    "meeting.arrival-before-adjournment",
                    "The meeting adjourned at " + UsFormat.dateTime(m.getAdjournedAt()));
        }
        for (Presence p : presences(m)) {
            if (p.getPerson().getId().equals(person.getId())
                    && (p.getDepartedAt() == null || p.getDepartedAt().isAfter(at))) {
                throw new RuleViolationException(
                        "personId",
                        "presence.once",
                        person.getFullName() + " is recorded present from " + UsFormat.dateTime(p.getArrivedAt())
                                + (p.getDepartedAt() == null ? "" : " to " + UsFormat.dateTime(p.getDepartedAt())));
            }
        }
        em.persist(new Presence(m, person, at, user.name()));
        return flushed(m);
    }

    public MeetingView depart(long id, long presenceId, MeetingCommands.At at) {
        Meeting m = meeting(id, true);
        Presence p = em.find(Presence.class, presenceId);
        if (p == null || !p.getMeeting().getId().equals(m.getId())) {
            throw new RecordNotFoundException("presence at meeting " + id, presenceId);
        }
        LocalDateTime when = moment(at);
        if (m.getAdjournedAt() != null && when.isAfter(m.getAdjournedAt())) {
            when = m.getAdjournedAt();
        }
        p.depart(when);
        return flushed(m);
    }

    /**
     * Records a request to excuse a BDC member's absence from a regular meeting (107.1.1 B), made
     * before the meeting or immediately after it (within a number of days, a setting).
     */
    public MeetingView requestExcuse(long id, MeetingCommands.RequestExcuse command) {
        Inputs.valid(validator, command);
        Meeting m = meeting(id, true);
        if (!"BDC".equals(m.getCommission().getCode())) {
            throw new RuleViolationException(
                    "personId",
                    "107.2.1 no-attendance-requirement",
                    "107.2.1: only the BDC has an attendance requirement; the "
                            + m.getCommission().getCode() + " has none");
        }
        Person person = em.find(Person.class, command.personId());
        if (person == null
                || members(m).stream().noneMatch(a -> a.getPerson().getId().equals(command.personId()))) {
            throw new RuleViolationException(
                    "personId",
                    "member-of-the-body",
                    "Only a member of the BDC on "
                            + UsFormat.date(m.getStartsAt().toLocalDate()) + " asks to be excused from that meeting");
        }
        int after = settings.valueOn(
                GovernanceSettings.EXCUSE_REQUEST_DAYS_AFTER, m.getStartsAt().toLocalDate());
        LocalDate latest = m.getStartsAt().toLocalDate().plusDays(after);
        if (command.requestedOn().isAfter(latest)) {
            throw new RuleViolationException(
                    "requestedOn",
                    "107.1.1 B excuse-request-in-time",
                    "107.1.1 B: a request is made before the " + "absence or immediately after it, by "
                            + UsFormat.date(latest) + " for the meeting of "
                            + UsFormat.date(m.getStartsAt().toLocalDate()));
        }
        if (command.requestedOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("requestedOn", "not-in-future", "The request's day cannot be after today");
        }
        boolean exists = !em.createQuery(
                        "select e.id from ExcusedAbsence e where e.meeting = :m and e.person = :p", Long.class)
                .setParameter("m", m)
                .setParameter("p", person)
                .getResultList()
                .isEmpty();
        if (exists) {
            throw new RuleViolationException(
                    "personId",
                    "107.1.1 B one-request",
                    person.getFullName() + " asked already to be excused from this meeting");
        }
        em.persist(new ExcusedAbsence(
                m, person, command.requestedOn(), command.channel(), command.reason(), command.note()));
        return flushed(m);
    }

    /** Records the chair's decision on a request to be excused (107.1.1 B). */
    public MeetingView decideExcuse(long excuseId, MeetingCommands.DecideExcuse command) {
        Inputs.valid(validator, command);
        ExcusedAbsence e = em.find(ExcusedAbsence.class, excuseId, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw new RecordNotFoundException("request to be excused", excuseId);
        }
        LocalDate on = command.decidedOn() == null ? LocalDate.now(clock) : command.decidedOn();
        if (on.isAfter(LocalDate.now(clock)) || on.isBefore(e.getRequestedOn())) {
            throw new RuleViolationException(
                    "decidedOn",
                    "within-request",
                    "The chair decides on or after the request (" + UsFormat.date(e.getRequestedOn())
                            + ") and not after today");
        }
        e.decide(command.excused(), on, command.chair());
        em.flush();
        return view(e.getMeeting());
    }

    /**
     * The BDC's attendance report of a calendar year (107.1.1 B): each member who held a seat in the
     * year, the regular meetings held while they did, and the arithmetic with the settings in force on
     * the year's last day. A read: nothing is written.
     */
    public List<AttendanceRow> attendance(String code, int year) {
        Commission commission = commission(code);
        if (!"BDC".equals(commission.getCode())) {
            throw new RuleViolationException(
                    "commission",
                    "107.2.1 no-attendance-requirement",
                    "107.2.1: only the BDC has an attendance requirement; the " + commission.getCode() + " has none");
        }
        if (year < 1900 || year > 9999) {
            throw new RuleViolationException("year", "range", "A year from 1900 to 9999");
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        AttendanceRule rule = attendanceRule(last);
        List<Meeting> held = em.createQuery(
                        "select m from Meeting m where m.commission = :c and m.kind = :k and m.status = :s "
                                + "and m.startsAt >= :from and m.startsAt < :to order by m.startsAt",
                        Meeting.class)
                .setParameter("c", commission)
                .setParameter("k", Meeting.Kind.REGULAR)
                .setParameter("s", Meeting.Status.ADJOURNED)
                .setParameter("from", first.atStartOfDay())
                .setParameter("to", last.plusDays(1).atStartOfDay())
                .getResultList();
        List<Appointment> terms = em
                .createQuery(
                        "select a from Appointment a join fetch a.person join fetch a.seat s where s.commission = :c "
                                + "and a.termStart <= :last",
                        Appointment.class)
                .setParameter("c", commission)
                .setParameter("last", last)
                .getResultList()
                .stream()
                .filter(a -> !a.servedUntil().isBefore(first))
                .toList();
        Map<Long, List<Presence>> presences = new java.util.HashMap<>();
        Map<String, ExcusedAbsence> excuses = new java.util.HashMap<>();
        if (!held.isEmpty()) {
            em.createQuery("select p from Presence p where p.meeting in :ms", Presence.class)
                    .setParameter("ms", held)
                    .getResultList()
                    .forEach(p -> presences
                            .computeIfAbsent(p.getMeeting().getId(), k -> new ArrayList<>())
                            .add(p));
            em.createQuery("select e from ExcusedAbsence e where e.meeting in :ms", ExcusedAbsence.class)
                    .setParameter("ms", held)
                    .getResultList()
                    .forEach(e -> excuses.put(
                            e.getMeeting().getId() + ":" + e.getPerson().getId(), e));
        }
        Map<Long, Person> people = new LinkedHashMap<>();
        terms.stream()
                .sorted(Comparator.comparing((Appointment a) -> a.getPerson().getFullName()))
                .forEach(a -> people.putIfAbsent(a.getPerson().getId(), a.getPerson()));
        List<AttendanceRow> rows = new ArrayList<>();
        for (Person person : people.values()) {
            List<AttendanceRow.MeetingLine> lines = new ArrayList<>();
            int attended = 0;
            int excused = 0;
            for (Meeting m : held) {
                LocalDate day = m.getStartsAt().toLocalDate();
                boolean seated = terms.stream()
                        .anyMatch(a -> a.getPerson().getId().equals(person.getId()) && a.overlaps(day, day));
                if (!seated) {
                    continue;
                }
                long meetingMinutes = m.length().toMinutes();
                long present = minutesPresent(m, person, presences.getOrDefault(m.getId(), List.of()));
                boolean came = rule.attended(present, meetingMinutes);
                ExcusedAbsence excuse = excuses.get(m.getId() + ":" + person.getId());
                String excuseText = excuse == null ? null : excuse.getDecision().name();
                if (came) {
                    attended++;
                } else if (excuse != null && excuse.getDecision() == ExcusedAbsence.Decision.EXCUSED) {
                    excused++;
                }
                lines.add(new AttendanceRow.MeetingLine(m.getId(), day, meetingMinutes, present, came, excuseText));
            }
            AttendanceRule.Result r = rule.assess(lines.size(), attended, excused);
            rows.add(new AttendanceRow(
                    person.getId(),
                    person.getFullName(),
                    year,
                    r.meetings(),
                    r.needed(),
                    r.attended(),
                    r.excused(),
                    r.excusedCap(),
                    r.credited(),
                    r.complies(),
                    r.explanation(),
                    lines));
        }
        return rows;
    }

    /** The attendance policy with the numbers in force on {@code day} (107.1.1 B). */
    public AttendanceRule attendanceRule(LocalDate day) {
        return new AttendanceRule(
                settings.valueOn(GovernanceSettings.BDC_ATTENDANCE_REQUIRED, day),
                settings.valueOn(GovernanceSettings.BDC_ATTENDANCE_EXCUSED, day),
                settings.valueOn(GovernanceSettings.BDC_ATTENDANCE_TIME, day));
    }

    private static long minutesPresent(Meeting m, Person person, List<Presence> presences) {
        if (m.getCalledToOrderAt() == null || m.getAdjournedAt() == null) {
            return 0;
        }
        Duration total = Duration.ZERO;
        for (Presence p : presences) {
            if (p.getPerson().getId().equals(person.getId())) {
                total = total.plus(p.within(m.getCalledToOrderAt(), m.getAdjournedAt()));
            }
        }
        return total.toMinutes();
    }

    /** The quorum of a body on a day: the BDC's and the TAB's are settings (107.1.4 A, 107.2.4 A); a subcommittee's is a majority of its seats. */
    public int quorum(Commission c, LocalDate day) {
        return switch (c.getCode()) {
            case "BDC" -> settings.valueOn(GovernanceSettings.BDC_QUORUM, day);
            case "TAB" -> settings.valueOn(GovernanceSettings.TAB_QUORUM, day);
            default -> subcommittees.quorum(c, day).orElse(c.seatsOn(day).size() / 2 + 1);
        };
    }

    private List<Appointment> members(Meeting m) {
        LocalDate day = m.getStartsAt().toLocalDate();
        return em
                .createQuery(
                        "select a from Appointment a join fetch a.person join fetch a.seat s where s.commission = :c "
                                + "and a.termStart <= :d",
                        Appointment.class)
                .setParameter("c", m.getCommission())
                .setParameter("d", day)
                .getResultList()
                .stream()
                .filter(a -> a.overlaps(day, day))
                .sorted(Comparator.comparing(a -> a.getSeat().getNumber()))
                .toList();
    }

    private List<Presence> presences(Meeting m) {
        return em.createQuery(
                        "select p from Presence p join fetch p.person where p.meeting = :m order by p.arrivedAt, p.id",
                        Presence.class)
                .setParameter("m", m)
                .getResultList();
    }

    private LocalDateTime moment(MeetingCommands.At at) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        if (at == null || at.at() == null) {
            return now;
        }
        if (at.at().isAfter(LocalDateTime.now(clock))) {
            throw new RuleViolationException(
                    "at", "not-in-future", "A time of the meeting is now or earlier, not later than now");
        }
        return at.at();
    }

    private MeetingView flushed(Meeting m) {
        em.flush();
        return view(m);
    }

    private Meeting meeting(long id, boolean lock) {
        Meeting m = lock ? em.find(Meeting.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(Meeting.class, id);
        if (m == null) {
            throw new RecordNotFoundException("meeting", id);
        }
        return m;
    }

    private Commission commission(String code) {
        return em.createQuery("select c from Commission c where c.code = :c", Commission.class)
                .setParameter("c", code == null ? "" : code.trim().toUpperCase())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RuleViolationException("commission", "exists", "There is no body " + code));
    }

    private MeetingView view(Meeting m) {
        LocalDate day = m.getStartsAt().toLocalDate();
        List<Presence> all = presences(m);
        Map<Long, ExcusedAbsence> excuses = new java.util.HashMap<>();
        em.createQuery("select e from ExcusedAbsence e where e.meeting = :m", ExcusedAbsence.class)
                .setParameter("m", m)
                .getResultList()
                .forEach(e -> excuses.put(e.getPerson().getId(), e));
        AttendanceRule rule = attendanceRule(day);
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime reference =
                m.getAdjournedAt() != null ? m.getAdjournedAt().minusSeconds(1) : now;
        List<MeetingView.Member> members = new ArrayList<>();
        int presentNow = 0;
        for (Appointment a : members(m)) {
            List<Presence> mine = all.stream()
                    .filter(p -> p.getPerson().getId().equals(a.getPerson().getId()))
                    .toList();
            boolean present = m.getStatus() == Meeting.Status.IN_PROGRESS || m.getStatus() == Meeting.Status.SCHEDULED
                    ? mine.stream().anyMatch(p -> p.getDepartedAt() == null)
                    : mine.stream().anyMatch(p -> p.presentAt(reference));
            if (present && m.getStatus() != Meeting.Status.ADJOURNED) {
                presentNow++;
            }
            long minutes = minutesPresent(m, a.getPerson(), mine);
            ExcusedAbsence e = excuses.get(a.getPerson().getId());
            members.add(new MeetingView.Member(
                    a.getPerson().getId(),
                    a.getMemberName(),
                    a.getSeat().getNumber(),
                    present,
                    minutes,
                    m.getStatus() == Meeting.Status.ADJOURNED
                            && rule.attended(minutes, m.length().toMinutes()),
                    mine.stream()
                            .map(p -> new MeetingView.PresenceView(p.getId(), p.getArrivedAt(), p.getDepartedAt()))
                            .toList(),
                    e == null ? null : e.getId(),
                    e == null
                            ? null
                            : e.getDecision().name() + " ("
                                    + e.getReason().name().toLowerCase().replace('_', ' ') + ", request " + e.getId()
                                    + ")"));
        }
        int quorum = quorum(m.getCommission(), day);
        return new MeetingView(
                m.getId(),
                m.getCommission().getCode(),
                m.getKind().name(),
                m.getStartsAt(),
                m.getLocation(),
                m.getPurpose(),
                m.getStatus().name(),
                m.getScheduledAt(),
                m.getCalledToOrderAt(),
                m.getAdjournedAt(),
                m.getCancelledAt(),
                m.getCancelReason(),
                m.length().toMinutes(),
                members,
                presentNow,
                quorum,
                presentNow >= quorum,
                m.getVersion());
    }
}
