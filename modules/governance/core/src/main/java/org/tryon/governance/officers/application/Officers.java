package org.tryon.governance.officers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tryon.governance.api.MeetingScheduled;
import org.tryon.governance.api.MemberAppointed;
import org.tryon.governance.api.TermEnded;
import org.tryon.governance.meetings.domain.AgendaItem;
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.governance.meetings.domain.Motion;
import org.tryon.governance.officers.domain.ElectionDue;
import org.tryon.governance.officers.domain.OfficerRules;
import org.tryon.governance.officers.domain.OfficerTerm;
import org.tryon.governance.roster.domain.Appointment;
import org.tryon.governance.roster.domain.Commission;
import org.tryon.governance.roster.domain.Person;
import org.tryon.governance.roster.domain.Seat;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.StaffDirectory;
import org.tryon.platform.text.UsFormat;

/**
 * The officers of the bodies (107.1.3, 107.2.3): the BDC chair appointed by the Board (the Chamber
 * of Commerce's representative), the TAB chair a trade code administrator, vice-chairs and the
 * BDC's secretary elected at the first meeting of the year; when an elected officer resigns or
 * rotates off, the election goes by itself on the agenda of the next regular meeting after the new
 * appointment to the seat the officer left.
 */
@ApplicationScoped
@Transactional
public class Officers {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    org.tryon.platform.settings.Settings settings;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    StaffDirectory staff;

    /** Appoints (BDC, subcommittees) or designates (TAB) a chair; the chair before leaves the office the day before. */
    public OfficerCommands.Term appointChair(OfficerCommands.AppointChair command) {
        Inputs.valid(validator, command);
        Commission c = commission(command.commission());
        LocalDate from = command.from() == null ? LocalDate.now(clock) : command.from();
        OfficerTerm term;
        if ("TAB".equals(c.getCode())) {
            if (command.staffUsername() == null || command.staffUsername().isBlank()) {
                throw new RuleViolationException(
                        "staffUsername",
                        "107.2.3 chair-is-trade-code-administrator",
                        "107.2.3: the TAB chair is one of the department's trade code administrators: give their user name");
            }
            StaffDirectory.Staff s = staff.find(command.staffUsername())
                    .orElseThrow(() -> new RuleViolationException(
                            "staffUsername", "exists", "No active user " + command.staffUsername()));
            OfficerRules.checkTabChair(s.displayName(), s.roles());
            term = OfficerTerm.designated(c, s.username(), s.displayName(), from, command.actionNote(), user.name());
        } else {
            if (command.personId() == null) {
                throw new RuleViolationException(
                        "personId", "required", "The member who chairs the " + c.getCode() + " is required");
            }
            Person p = em.find(Person.class, command.personId());
            if (p == null) {
                throw new RuleViolationException("personId", "exists", "No person " + command.personId());
            }
            Appointment seat = membership(c, p, from).orElse(null);
            if ("BDC".equals(c.getCode())) {
                OfficerRules.checkBdcChair(
                        p.getFullName(), seat != null && seat.getSeat().isChairSeat());
            } else if (seat == null) {
                throw new RuleViolationException(
                        "personId",
                        "member-of-the-body",
                        p.getFullName() + " is not a member of the " + c.getCode() + " on " + UsFormat.date(from));
            }
            term = OfficerTerm.appointed(
                    c, OfficerTerm.Office.CHAIR, p, from, seat.servedUntil(), command.actionNote(), user.name());
        }
        for (OfficerTerm t : terms(c)) {
            if (t.getOffice() == OfficerTerm.Office.CHAIR && t.holdsOn(from)) {
                t.end(from.minusDays(1), "SUCCEEDED");
            }
        }
        em.persist(term);
        em.flush();
        return term(term);
    }

    /**
     * Records an election at a meeting (107.1.3, 107.2.3): an office the body elects, at the first
     * meeting of the calendar year or at the meeting an election after an officer left was placed on;
     * the one elected is a member of the body that day; the motion, when given, was carried there.
     */
    public OfficerCommands.Term elect(OfficerCommands.Elect command) {
        Inputs.valid(validator, command);
        Commission c = commission(command.commission());
        OfficerRules.checkElectedOffice(c.getCode(), command.office());
        Meeting m = em.find(Meeting.class, command.meetingId(), LockModeType.PESSIMISTIC_WRITE);
        if (m == null || !m.getCommission().getId().equals(c.getId())) {
            throw new RuleViolationException(
                    "meetingId", "meeting-of-the-body", "No meeting " + command.meetingId() + " of the " + c.getCode());
        }
        if (m.getStatus() != Meeting.Status.IN_PROGRESS && m.getStatus() != Meeting.Status.ADJOURNED) {
            throw new RuleViolationException(
                    "meetingId", "meeting.held", "An election is held at a meeting that was called to order");
        }
        LocalDate day = m.getStartsAt().toLocalDate();
        long earlier = em.createQuery(
                        "select count(x) from Meeting x where x.commission = :c and x.status in :s and x.startsAt < :start "
                                + "and x.startsAt >= :yearStart",
                        Long.class)
                .setParameter("c", c)
                .setParameter("s", List.of(Meeting.Status.IN_PROGRESS, Meeting.Status.ADJOURNED))
                .setParameter("start", m.getStartsAt())
                .setParameter("yearStart", LocalDate.of(day.getYear(), 1, 1).atStartOfDay())
                .getSingleResult();
        ElectionDue due = em.createQuery(
                        "select d from ElectionDue d where d.meeting = :m and d.office = :o and d.elected is null",
                        ElectionDue.class)
                .setParameter("m", m)
                .setParameter("o", command.office())
                .getResultStream()
                .findFirst()
                .orElse(null);
        OfficerRules.checkElectionMeeting(c.getCode(), day, earlier == 0, due != null);
        boolean twice = terms(c).stream()
                .anyMatch(t -> t.getOffice() == command.office()
                        && t.getMeeting() != null
                        && t.getMeeting().getId().equals(m.getId()));
        if (twice) {
            throw new RuleViolationException(
                    "office",
                    "election.once",
                    "The " + office(command.office()) + " was elected at this meeting already");
        }
        Person p = em.find(Person.class, command.personId());
        if (p == null || membership(c, p, day).isEmpty()) {
            throw new RuleViolationException(
                    "personId",
                    "107.1.3 from-membership",
                    "107.1.3: officers are elected from the membership; "
                            + (p == null ? "person " + command.personId() : p.getFullName())
                            + " is not a member of the " + c.getCode() + " on " + UsFormat.date(day));
        }
        Motion motion = null;
        if (command.motionId() != null) {
            motion = em.find(Motion.class, command.motionId());
            if (motion == null || !motion.getMeeting().getId().equals(m.getId())) {
                throw new RuleViolationException(
                        "motionId", "motion-of-the-meeting", "No motion " + command.motionId() + " at this meeting");
            }
            if (motion.getStatus() != Motion.Status.CARRIED) {
                throw new RuleViolationException(
                        "motionId",
                        "motion.carried",
                        "The motion was not carried ("
                                + motion.getStatus().name().toLowerCase() + ")");
            }
        }
        LocalDate regularEnd = null;
        if (due != null) {
            regularEnd = terms(c).stream()
                    .filter(t -> t.getOffice() == command.office()
                            && due.getVacatedOn().equals(t.getEndedOn()))
                    .map(OfficerTerm::getTo)
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            if (regularEnd != null && regularEnd.isBefore(day)) {
                regularEnd = null;
            }
        }
        for (OfficerTerm t : terms(c)) {
            if (t.getOffice() == command.office() && t.holdsOn(day)) {
                t.end(day.minusDays(1), "SUCCEEDED");
            }
        }
        OfficerTerm term = OfficerTerm.elected(
                c,
                command.office(),
                p,
                m,
                motion,
                day,
                OfficerRules.electedTermEnd(
                        day,
                        regularEnd,
                        settings.valueOn(
                                org.tryon.governance.module.domain.GovernanceSettings.OFFICER_TERM_YEARS, day)),
                user.name());
        em.persist(term);
        if (due != null) {
            due.held(term);
        }
        em.flush();
        return term(term);
    }

    /** One officer's term. A read. */
    public OfficerCommands.Term term(long id) {
        OfficerTerm t = em.find(OfficerTerm.class, id);
        if (t == null) {
            throw new RecordNotFoundException("officer's term", id);
        }
        return term(t);
    }

    /** A body's officers. A read: nothing is written. */
    public OfficerCommands.OfficersView officers(String code) {
        Commission c = commission(code);
        LocalDate today = LocalDate.now(clock);
        List<OfficerCommands.Term> all = terms(c).stream()
                .sorted(Comparator.comparing(OfficerTerm::getFrom).reversed().thenComparing(OfficerTerm::getOffice))
                .map(Officers::term)
                .toList();
        // an officer whose membership ended (a term that ran its course, no successor yet) no longer holds the office
        List<OfficerCommands.Term> current = terms(c).stream()
                .filter(t -> t.holdsOn(today))
                .filter(t -> t.getPerson() == null
                        || membership(c, t.getPerson(), today).isPresent())
                .sorted(Comparator.comparing(OfficerTerm::getOffice))
                .map(Officers::term)
                .toList();
        List<OfficerCommands.Due> dues = em
                .createQuery(
                        "select d from ElectionDue d where d.commission = :c order by d.vacatedOn desc, d.id desc",
                        ElectionDue.class)
                .setParameter("c", c)
                .getResultList()
                .stream()
                .map(d -> new OfficerCommands.Due(
                        d.getId(),
                        d.getOffice().name(),
                        d.getSeat().getNumber(),
                        d.getVacatedBy(),
                        d.getVacatedOn(),
                        d.getAppointedOn(),
                        d.getMeeting() == null ? null : d.getMeeting().getId(),
                        d.getMeeting() == null ? null : d.getMeeting().getStartsAt(),
                        d.getAgendaItem() == null ? null : d.getAgendaItem().getId(),
                        d.state()))
                .toList();
        return new OfficerCommands.OfficersView(c.getCode(), current, all, dues);
    }

    /** The trade code administrators who may chair the TAB (107.2.3). A read. */
    public List<StaffDirectory.Staff> tradeCodeAdministrators() {
        return staff.withRole(OfficerRules.TRADE_CODE_ADMINISTRATOR);
    }

    /**
     * A member's term ended early (resignation, death, removal): the member's offices end that day;
     * an elected office is then due for election after the new appointment (107.1.3).
     */
    void onTermEnded(@Observes TermEnded event) {
        Commission c = findCommission(event.commission());
        if (c == null) {
            return;
        }
        Seat seat = c.seat(event.seatNumber()).orElse(null);
        Appointment a = seat == null
                ? null
                : em.createQuery("select a from Appointment a where a.seat = :s and a.endedOn = :d", Appointment.class)
                        .setParameter("s", seat)
                        .setParameter("d", event.lastDay())
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (a == null) {
            return;
        }
        left(c, seat, a.getPerson(), event.lastDay(), event.reason());
    }

    /**
     * A member was appointed: an election due on the seat now has its new appointment and goes on the
     * next regular meeting after the appointing body's action; an officer whose term in the seat ran
     * its course (rotated off) leaves the office, and the election is due the same way (107.1.3).
     */
    void onMemberAppointed(@Observes MemberAppointed event) {
        Commission c = findCommission(event.commission());
        Seat seat = c == null ? null : c.seat(event.seatNumber()).orElse(null);
        if (seat == null) {
            return;
        }
        List<Appointment> ofSeat = em.createQuery(
                        "select a from Appointment a where a.seat = :s order by a.termStart", Appointment.class)
                .setParameter("s", seat)
                .getResultList();
        Appointment appointed = ofSeat.stream()
                .filter(a -> a.getTermStart().equals(event.termStart()))
                .reduce((x, y) -> y)
                .orElse(null);
        if (appointed == null) {
            return;
        }
        Appointment before = ofSeat.stream()
                .filter(a -> a != appointed && a.servedUntil().isBefore(appointed.getTermStart()))
                .max(Comparator.comparing(Appointment::servedUntil))
                .orElse(null);
        if (before != null
                && before.getEndedOn() == null
                && !before.getPerson().getId().equals(appointed.getPerson().getId())
                && membership(c, before.getPerson(), before.servedUntil().plusDays(1))
                        .isEmpty()) {
            left(c, seat, before.getPerson(), before.servedUntil(), "ROTATED_OFF");
        }
        for (ElectionDue d : em.createQuery(
                        "select d from ElectionDue d where d.seat = :s and d.appointment is null", ElectionDue.class)
                .setParameter("s", seat)
                .getResultList()) {
            d.appointed(appointed, appointed.getAppointedOn());
            place(d);
        }
    }

    /** A regular meeting was scheduled: elections waiting for a meeting go on its agenda when it is the next after their appointment. */
    void onMeetingScheduled(@Observes MeetingScheduled event) {
        if (!"REGULAR".equals(event.kind())) {
            return;
        }
        Commission c = findCommission(event.commission());
        if (c == null) {
            return;
        }
        for (ElectionDue d : em.createQuery(
                        "select d from ElectionDue d where d.commission = :c and d.appointment is not null "
                                + "and d.agendaItem is null",
                        ElectionDue.class)
                .setParameter("c", c)
                .getResultList()) {
            place(d);
        }
    }

    private void left(Commission c, Seat seat, Person person, LocalDate lastDay, String reason) {
        for (OfficerTerm t : terms(c)) {
            if (t.getPerson() != null && t.getPerson().getId().equals(person.getId()) && t.holdsOn(lastDay)) {
                t.end(lastDay, reason);
                boolean exists = !em.createQuery(
                                "select d.id from ElectionDue d where d.seat = :s and d.office = :o and d.vacatedOn = :v",
                                Long.class)
                        .setParameter("s", seat)
                        .setParameter("o", t.getOffice())
                        .setParameter("v", lastDay)
                        .getResultList()
                        .isEmpty();
                if (OfficerRules.electedOffices(c.getCode()).contains(t.getOffice()) && !exists) {
                    em.persist(new ElectionDue(c, t.getOffice(), seat, person.getFullName(), lastDay));
                }
            }
        }
        em.flush();
    }

    /** Puts the election on the agenda of the next regular meeting after the appointment, when one is scheduled (107.1.3). */
    private void place(ElectionDue d) {
        if (d.getAgendaItem() != null || d.getAppointedOn() == null) {
            return;
        }
        List<Meeting> regular = em.createQuery(
                        "select m from Meeting m where m.commission = :c and m.kind = :k and m.status = :s",
                        Meeting.class)
                .setParameter("c", d.getCommission())
                .setParameter("k", Meeting.Kind.REGULAR)
                .setParameter("s", Meeting.Status.SCHEDULED)
                .getResultList();
        Optional<LocalDateTime> start = OfficerRules.electionMeeting(
                regular.stream().map(Meeting::getStartsAt).toList(), d.getAppointedOn(), d.getVacatedOn());
        if (start.isEmpty()) {
            return;
        }
        Meeting m = regular.stream()
                .filter(x -> x.getStartsAt().equals(start.get()))
                .findFirst()
                .orElseThrow();
        AgendaItem.Section section =
                "TAB".equals(d.getCommission().getCode()) ? AgendaItem.Section.NEW_BUSINESS : AgendaItem.Section.OTHER;
        int position = em.createQuery(
                                "select coalesce(max(i.position), 0) from AgendaItem i where i.meeting = :m and i.section = :s",
                                Integer.class)
                        .setParameter("m", m)
                        .setParameter("s", section)
                        .getSingleResult()
                + 1;
        String sectionCited = "TAB".equals(d.getCommission().getCode()) ? "107.2.3" : "107.1.3";
        AgendaItem item = new AgendaItem(
                m,
                section,
                position,
                "Election of the " + office(d.getOffice()) + " (" + sectionCited + ")",
                d.getVacatedBy() + " left the office of " + office(d.getOffice()) + " on "
                        + org.tryon.platform.text.UsFormat.date(d.getVacatedOn())
                        + "; the new appointment to seat "
                        + d.getSeat().getNumber() + " was made on "
                        + org.tryon.platform.text.UsFormat.date(d.getAppointedOn()) + ". " + sectionCited
                        + ": the election is held at the "
                        + "next regular meeting after the new appointment; the one elected serves until the next scheduled election.",
                "Clerk (" + sectionCited + ")",
                LocalDateTime.now(clock),
                null,
                user.name());
        em.persist(item);
        d.placed(m, item);
        em.flush();
    }

    private static String office(OfficerTerm.Office o) {
        return o.name().toLowerCase().replace('_', '-');
    }

    private Optional<Appointment> membership(Commission c, Person p, LocalDate day) {
        return em
                .createQuery(
                        "select a from Appointment a join fetch a.seat s where s.commission = :c and a.person = :p and a.termStart <= :d",
                        Appointment.class)
                .setParameter("c", c)
                .setParameter("p", p)
                .setParameter("d", day)
                .getResultList()
                .stream()
                .filter(a -> a.overlaps(day, day))
                .findFirst();
    }

    private List<OfficerTerm> terms(Commission c) {
        return em.createQuery("select t from OfficerTerm t where t.commission = :c", OfficerTerm.class)
                .setParameter("c", c)
                .getResultList();
    }

    private Commission findCommission(String code) {
        return em.createQuery("select c from Commission c where c.code = :c", Commission.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Commission commission(String code) {
        Commission c = findCommission(code == null ? "" : code.trim().toUpperCase());
        if (c == null) {
            throw new RecordNotFoundException("commission", code);
        }
        return c;
    }

    private static OfficerCommands.Term term(OfficerTerm t) {
        return new OfficerCommands.Term(
                t.getId(),
                t.getOffice().name(),
                t.getHolderName(),
                t.getPerson() == null ? null : t.getPerson().getId(),
                t.getStaffUsername(),
                t.getBasis().name(),
                t.getFrom(),
                t.getTo(),
                t.getEndedOn(),
                t.getEndReason(),
                t.getMeeting() == null ? null : t.getMeeting().getId(),
                t.getMotion() == null ? null : t.getMotion().getId(),
                t.getActionNote());
    }
}
