package org.tryon.governance.roster.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tryon.governance.api.MemberAppointed;
import org.tryon.governance.api.TermEnded;
import org.tryon.governance.meetings.application.AttendanceRow;
import org.tryon.governance.meetings.application.Meetings;
import org.tryon.governance.module.domain.GovernanceSettings;
import org.tryon.governance.officers.application.Subcommittees;
import org.tryon.governance.participation.application.SeatApplications;
import org.tryon.governance.roster.domain.Appointment;
import org.tryon.governance.roster.domain.Commission;
import org.tryon.governance.roster.domain.Person;
import org.tryon.governance.roster.domain.Seat;
import org.tryon.governance.roster.domain.TermRules;
import org.tryon.platform.audit.AuditHistory;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.events.EventPublisher;
import org.tryon.platform.settings.Settings;
import org.tryon.platform.text.UsFormat;

/** Use cases of the bodies' rosters: bodies and seats, people, appointments and vacancies, the clerk's work list (107). */
@ApplicationScoped
@Transactional
public class Commissions {

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
    AuditHistory audit;

    /** Subcommittees draw their members from the BDC's (107.1.4 C). */
    @Inject
    Subcommittees subcommittees;

    public CommissionView create(CreateCommission command) {
        Inputs.valid(validator, command);
        String code = command.code().trim().toUpperCase();
        if (!em.createQuery("select c.id from Commission c where c.code = :c", Long.class)
                .setParameter("c", code)
                .getResultList()
                .isEmpty()) {
            throw new RuleViolationException("code", "unique", "A commission with code " + code + " exists already");
        }
        if (code.equals("BDC") || code.equals("TAB")) {
            GovernanceSettings.Terms terms = GovernanceSettings.termsOf(code);
            int seats = settings.valueOn(terms.seats(), LocalDate.now(clock));
            if (command.seats().size() != seats) {
                throw new RuleViolationException(
                        "seats",
                        terms.seats().section() + " seats",
                        terms.seats().section() + ": the " + code + " has " + seats + " seats; "
                                + command.seats().size() + " were given");
            }
        }
        Commission c = new Commission(code, command.name(), command.seats());
        em.persist(c);
        return view(c);
    }

    /**
     * Appoints a person to a seat for a term (107.1.2, 107.2.2) as the appointing body acted: the
     * Board of County Commissioners for the BDC (107.1.1 A), the BDC for the TAB and the
     * subcommittees (107.2.1, 107.1.4 C). The seat exists on the term's first day; a BDC member
     * resides in the county (107.1.1 A); one member per seat at a time; the consecutive-term limit.
     */
    public CommissionView.AppointmentView appoint(String code, int seatNumber, AppointMember command) {
        Inputs.valid(validator, command);
        Commission commission = find(code);
        Seat seat = commission
                .seat(seatNumber)
                .orElseThrow(() -> new RecordNotFoundException("seat of the " + commission.getCode(), seatNumber));
        Person person = em.find(Person.class, command.personId());
        if (person == null) {
            throw new RuleViolationException(
                    "personId", "exists", "No person " + command.personId() + " is recorded; record the person first");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate start = command.termStart();
        LocalDate actionDate = command.actionDate() == null ? today : command.actionDate();
        if (actionDate.isAfter(today)) {
            throw new RuleViolationException(
                    "actionDate",
                    "not-in-future",
                    "The appointing body's action cannot be after today (" + UsFormat.date(today) + ")");
        }
        if (!seat.inEffectOn(start)) {
            throw new RuleViolationException(
                    "termStart",
                    "seat-in-effect",
                    "Seat " + seatNumber + " of the " + commission.getCode()
                            + " exists from " + UsFormat.date(seat.getEffectiveFrom())
                            + (seat.getEffectiveTo() == null ? "" : " to " + UsFormat.date(seat.getEffectiveTo()))
                            + "; a term cannot start on " + UsFormat.date(start));
        }
        if ("BDC".equals(commission.getCode()) && !person.isCountyResident()) {
            throw new RuleViolationException(
                    "personId",
                    "107.1.1 A county-resident",
                    "107.1.1 A: BDC members are residents of Mecklenburg County; " + person.getFullName()
                            + " is not recorded as one");
        }
        subcommittees.checkMember(commission, person, start);
        GovernanceSettings.Terms terms = GovernanceSettings.termsOf(commission.getCode());
        int regular = settings.valueOn(terms.termYears(), start);
        int years = command.termYears() == null ? regular : command.termYears();
        List<Appointment> seatAppointments = em.createQuery(
                        "select a from Appointment a where a.seat = :s", Appointment.class)
                .setParameter("s", seat)
                .getResultList();
        TermRules.check(
                commission.getCode(),
                person.getFullName(),
                start,
                years,
                regular,
                settings.valueOn(terms.maxConsecutive(), start),
                settings.valueOn(GovernanceSettings.PARTIAL_TERM_PERCENT, start),
                seatAppointments,
                termsOf(commission, person),
                terms.section());
        var application = command.applicationId() == null ? null : applications.forAppointment(command.applicationId());
        Appointment a = new Appointment(
                seat,
                person,
                start,
                TermRules.termEnd(start, years),
                actionDate,
                appointingBody(commission.getCode()),
                command.actionNote());
        em.persist(a);
        em.flush();
        if (application != null) {
            applications.appointed(application, a);
        }
        events.publish(new MemberAppointed(
                UUID.randomUUID(),
                clock.instant(),
                commission.getCode(),
                seatNumber,
                a.getMemberName(),
                a.getTermStart(),
                a.getTermEnd()));
        return appointmentView(a);
    }

    /** The body that appoints to {@code code}: the Board for the BDC (107.1.1 A), the BDC for the TAB and subcommittees (107.2.1, 107.1.4 C). */
    static String appointingBody(String code) {
        return "BDC".equals(code) ? "Board of County Commissioners" : "Building-Development Commission";
    }

    /**
     * Ends a term early: resignation, death or removal (the BDC may remove a TAB member whose
     * attendance does not give the TAB the help it needs, 107.2.1). The seat is vacant from the next
     * day and appears on the clerk's work list.
     */
    public CommissionView.AppointmentView endTerm(long appointmentId, EndTerm command) {
        Inputs.valid(validator, command);
        Appointment a = em.find(Appointment.class, appointmentId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw new RecordNotFoundException("appointment", appointmentId);
        }
        if (a.getEndedOn() != null) {
            throw new RuleViolationException(
                    "lastDay",
                    "ended-once",
                    "The term ended already on " + UsFormat.date(a.getEndedOn()) + " ("
                            + a.getEndReason().name().toLowerCase() + ")");
        }
        if (command.lastDay().isBefore(a.getTermStart()) || !command.lastDay().isBefore(a.getTermEnd())) {
            throw new RuleViolationException(
                    "lastDay",
                    "within-term",
                    "The last day served is from " + UsFormat.date(a.getTermStart()) + " to the day before "
                            + UsFormat.date(a.getTermEnd()) + " (a term that runs its course ends by itself)");
        }
        a.end(command.lastDay(), command.reason());
        em.flush();
        events.publish(new TermEnded(
                UUID.randomUUID(),
                clock.instant(),
                a.getSeat().getCommission().getCode(),
                a.getSeat().getNumber(),
                a.getMemberName(),
                command.lastDay(),
                command.reason().name()));
        return appointmentView(a);
    }

    /**
     * Adds a seat from a date (the county's 14th BDC seat): no earlier day changes. The seats in
     * effect that day may not exceed the number of seats set for it (107, 107.2.1), so the number is
     * changed first, from the same date.
     */
    public CommissionView addSeat(String code, AddSeat command) {
        Inputs.valid(validator, command);
        Commission commission = em.createQuery("select c from Commission c where c.code = :c", Commission.class)
                .setParameter("c", code == null ? "" : code.trim().toUpperCase())
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("commission", code));
        LocalDate from = command.effectiveFrom();
        if ("BDC".equals(commission.getCode()) || "TAB".equals(commission.getCode())) {
            GovernanceSettings.Terms terms = GovernanceSettings.termsOf(commission.getCode());
            int allowed = settings.valueOn(terms.seats(), from);
            int then = commission.seatsOn(from).size() + 1;
            if (then > allowed) {
                throw new RuleViolationException(
                        "effectiveFrom",
                        terms.seats().section() + " seats",
                        terms.seats().section() + ": the " + commission.getCode() + " has " + allowed + " seats on "
                                + UsFormat.date(from) + "; record the new number of seats from that day first");
            }
        }
        boolean chair = Boolean.TRUE.equals(command.chairSeat());
        if (chair && commission.getSeats().stream().anyMatch(s -> s.isChairSeat() && s.inEffectOn(from))) {
            throw new RuleViolationException(
                    "chairSeat", "107.1.3 one-chair-seat", "107.1.3: the body has a chair's seat already");
        }
        commission.addSeat(command.title(), command.organisations(), from, chair);
        em.flush();
        return view(commission);
    }

    /** The people: members past and present and applicants, by name. */
    public List<PersonView> people() {
        List<Person> all = em.createQuery("select p from Person p order by p.fullName, p.id", Person.class)
                .getResultList();
        Map<Long, List<PersonView.Term>> terms = new HashMap<>();
        em.createQuery("select a from Appointment a join fetch a.seat s join fetch s.commission", Appointment.class)
                .getResultList()
                .forEach(a -> terms.computeIfAbsent(a.getPerson().getId(), k -> new ArrayList<>())
                        .add(term(a)));
        return all.stream()
                .map(p -> personView(p, terms.getOrDefault(p.getId(), List.of())))
                .toList();
    }

    public PersonView person(long id) {
        Person p = em.find(Person.class, id);
        if (p == null) {
            throw new RecordNotFoundException("person", id);
        }
        List<PersonView.Term> terms = em
                .createQuery(
                        "select a from Appointment a join fetch a.seat s join fetch s.commission where a.person = :p"
                                + " order by a.termStart",
                        Appointment.class)
                .setParameter("p", p)
                .getResultList()
                .stream()
                .map(this::term)
                .toList();
        return personView(p, terms);
    }

    public PersonView addPerson(PersonInput input) {
        Inputs.valid(validator, input);
        Person p = new Person(input.fullName(), input.email(), input.phone(), input.address(), input.countyResident());
        em.persist(p);
        em.flush();
        return person(p.getId());
    }

    /** Changes a person's contact data; {@code version} is the one the user saw (a concurrent change is refused, nothing lost). */
    public PersonView changePerson(long id, PersonInput input) {
        Inputs.valid(validator, input);
        if (input.version() == null) {
            throw new RuleViolationException(
                    "version",
                    "required",
                    "The version of the person you changed is required (from the person as read)");
        }
        long version = input.version();
        Person p = em.find(Person.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw new RecordNotFoundException("person", id);
        }
        if (p.getVersion() != version) {
            throw new RuleViolationException(
                    "version",
                    "changed-meanwhile",
                    "Someone changed " + p.getFullName()
                            + " meanwhile; reload to see their change, then make yours again");
        }
        p.change(input.fullName(), input.email(), input.phone(), input.address(), input.countyResident());
        em.flush();
        return person(id);
    }

    /**
     * The clerk's work list (107.1.2, 107.2.2): seats vacant today, terms ending within the notice
     * period (90 days by default), and among those the members the consecutive-term limit bars from
     * reappointment. A read: nothing is written.
     */
    public List<WorkItem> workList() {
        LocalDate today = LocalDate.now(clock);
        int days = settings.valueOn(GovernanceSettings.TERM_ENDING_NOTICE_DAYS, today);
        List<WorkItem> items = new ArrayList<>();
        for (Commission c : em.createQuery("select c from Commission c order by c.code", Commission.class)
                .getResultList()) {
            List<Appointment> all = em.createQuery(
                            "select a from Appointment a join fetch a.seat s join fetch a.person where s.commission = :c",
                            Appointment.class)
                    .setParameter("c", c)
                    .getResultList();
            GovernanceSettings.Terms terms = GovernanceSettings.termsOf(c.getCode());
            for (Seat s : c.seatsOn(today)) {
                List<Appointment> ofSeat = all.stream()
                        .filter(a -> a.getSeat().getId().equals(s.getId()))
                        .toList();
                Appointment current = ofSeat.stream()
                        .filter(a -> a.overlaps(today, today))
                        .findFirst()
                        .orElse(null);
                if (current == null) {
                    LocalDate since = ofSeat.stream()
                            .map(Appointment::servedUntil)
                            .filter(d -> d.isBefore(today))
                            .max(Comparator.naturalOrder())
                            .map(d -> d.plusDays(1))
                            .orElse(s.getEffectiveFrom());
                    Appointment next = ofSeat.stream()
                            .filter(a -> a.getTermStart().isAfter(today))
                            .min(Comparator.comparing(Appointment::getTermStart))
                            .orElse(null);
                    items.add(new WorkItem(
                            WorkItem.VACANT,
                            c.getCode(),
                            s.getNumber(),
                            s.getTitle(),
                            null,
                            since,
                            "Seat " + s.getNumber()
                                    + " is vacant"
                                    + (since.isAfter(LocalDate.of(1900, 1, 1)) ? " since " + UsFormat.date(since) : "")
                                    + (next == null
                                            ? ""
                                            : "; " + next.getMemberName() + " starts on "
                                                    + UsFormat.date(next.getTermStart()))));
                    continue;
                }
                LocalDate end = current.servedUntil();
                boolean successor =
                        ofSeat.stream().anyMatch(a -> a.getTermStart().isAfter(end));
                if (!end.isAfter(today.plusDays(days)) && !successor) {
                    items.add(new WorkItem(
                            WorkItem.TERM_ENDING,
                            c.getCode(),
                            s.getNumber(),
                            s.getTitle(),
                            current.getMemberName(),
                            end,
                            current.getMemberName() + "'s term ends on " + UsFormat.date(end)));
                    LocalDate nextStart = end.plusDays(1);
                    int regular = settings.valueOn(terms.termYears(), nextStart);
                    try {
                        TermRules.check(
                                c.getCode(),
                                current.getMemberName(),
                                nextStart,
                                regular,
                                regular,
                                settings.valueOn(terms.maxConsecutive(), nextStart),
                                settings.valueOn(GovernanceSettings.PARTIAL_TERM_PERCENT, nextStart),
                                List.of(),
                                all.stream()
                                        .filter(a -> a.getPerson()
                                                .getId()
                                                .equals(current.getPerson().getId()))
                                        .toList(),
                                terms.section());
                    } catch (RuleViolationException barred) {
                        items.add(new WorkItem(
                                WorkItem.REAPPOINTMENT_BARRED,
                                c.getCode(),
                                s.getNumber(),
                                s.getTitle(),
                                current.getMemberName(),
                                end,
                                barred.getMessage()));
                    }
                }
            }
        }
        items.addAll(attendanceItems(today));
        items.sort(Comparator.comparing(WorkItem::date)
                .thenComparing(WorkItem::commission)
                .thenComparing(WorkItem::seatNumber));
        return items;
    }

    @Inject
    Meetings meetings;

    @Inject
    SeatApplications applications;

    /**
     * BDC members out of compliance with the attendance policy (107.1.1 B): this year, those who can
     * no longer comply even attending every regular meeting still scheduled; in the first 90 days of a
     * year, those who did not comply last year.
     */
    private List<WorkItem> attendanceItems(LocalDate today) {
        if (em.createQuery("select count(c) from Commission c where c.code = 'BDC'", Long.class)
                        .getSingleResult()
                == 0) {
            return List.of();
        }
        List<WorkItem> items = new ArrayList<>();
        LocalDate yearEnd = LocalDate.of(today.getYear(), 12, 31);
        long remaining = em.createQuery(
                        "select count(m) from Meeting m where m.commission.code = 'BDC' and m.kind = :k and m.status in :s "
                                + "and m.startsAt >= :from and m.startsAt < :to",
                        Long.class)
                .setParameter("k", org.tryon.governance.meetings.domain.Meeting.Kind.REGULAR)
                .setParameter(
                        "s",
                        List.of(
                                org.tryon.governance.meetings.domain.Meeting.Status.SCHEDULED,
                                org.tryon.governance.meetings.domain.Meeting.Status.IN_PROGRESS))
                .setParameter("from", today.atStartOfDay())
                .setParameter("to", yearEnd.plusDays(1).atStartOfDay())
                .getSingleResult();
        org.tryon.governance.meetings.domain.AttendanceRule rule = meetings.attendanceRule(yearEnd);
        for (AttendanceRow r : meetings.attendance("BDC", today.getYear())) {
            int total = r.meetings() + (int) remaining;
            if (total > 0 && r.credited() + remaining < rule.needed(total)) {
                items.add(new WorkItem(
                        WorkItem.ATTENDANCE,
                        "BDC",
                        0,
                        null,
                        r.name(),
                        yearEnd,
                        "107.1.1 B: " + r.name() + " can no longer attend " + rule.needed(total) + " of the " + total
                                + " regular meetings of " + today.getYear() + " (" + r.explanation() + ")"));
            }
        }
        if (today.getDayOfYear() <= 90) {
            for (AttendanceRow r : meetings.attendance("BDC", today.getYear() - 1)) {
                if (!r.complies()) {
                    items.add(new WorkItem(
                            WorkItem.ATTENDANCE,
                            "BDC",
                            0,
                            null,
                            r.name(),
                            LocalDate.of(today.getYear() - 1, 12, 31),
                            "107.1.1 B: " + r.name() + " did not comply in " + (today.getYear() - 1) + " ("
                                    + r.explanation() + ")"));
                }
            }
        }
        return items;
    }

    private List<Appointment> termsOf(Commission commission, Person person) {
        return em.createQuery(
                        "select a from Appointment a where a.seat.commission = :c and a.person = :p", Appointment.class)
                .setParameter("c", commission)
                .setParameter("p", person)
                .getResultList();
    }

    private PersonView.Term term(Appointment a) {
        return new PersonView.Term(
                a.getId(),
                a.getSeat().getCommission().getCode(),
                a.getSeat().getNumber(),
                a.getSeat().getTitle(),
                a.getTermStart(),
                a.getTermEnd(),
                a.getEndedOn(),
                a.getEndReason() == null ? null : a.getEndReason().name());
    }

    private static PersonView personView(Person p, List<PersonView.Term> terms) {
        return new PersonView(
                p.getId(),
                p.getFullName(),
                p.getEmail(),
                p.getPhone(),
                p.getAddress(),
                p.isCountyResident(),
                p.getVersion(),
                terms);
    }

    private static CommissionView.AppointmentView appointmentView(Appointment a) {
        return new CommissionView.AppointmentView(
                a.getId(),
                a.getPerson() == null ? 0 : a.getPerson().getId(),
                a.getMemberName(),
                a.getTermStart(),
                a.getTermEnd(),
                a.getAppointedOn(),
                a.getAppointedBy(),
                a.getActionNote(),
                a.getEndedOn(),
                a.getEndReason() == null ? null : a.getEndReason().name());
    }

    public List<CommissionView> list() {
        return em.createQuery("select c from Commission c order by c.code", Commission.class).getResultList().stream()
                .map(this::view)
                .toList();
    }

    public CommissionView get(String code) {
        return view(find(code));
    }

    public List<HistoryEntry> appointmentHistory(long appointmentId) {
        return audit.of(Appointment.class, appointmentId);
    }

    private Commission find(String code) {
        return em.createQuery("select c from Commission c where c.code = :c", Commission.class)
                .setParameter("c", code == null ? "" : code.trim().toUpperCase())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("commission", code));
    }

    private CommissionView view(Commission c) {
        LocalDate today = LocalDate.now(clock);
        List<Appointment> all = em.createQuery(
                        "select a from Appointment a join fetch a.seat s join fetch a.person where s.commission = :c",
                        Appointment.class)
                .setParameter("c", c)
                .getResultList();
        List<CommissionView.SeatView> seats = c.getSeats().stream()
                .map(s -> {
                    List<Appointment> ofSeat = all.stream()
                            .filter(a -> a.getSeat().getId().equals(s.getId()))
                            .sorted(Comparator.comparing(Appointment::getTermStart)
                                    .reversed())
                            .toList();
                    Appointment current = ofSeat.stream()
                            .filter(a -> a.overlaps(today, today))
                            .findFirst()
                            .orElse(null);
                    return new CommissionView.SeatView(
                            s.getNumber(),
                            s.getTitle(),
                            s.organisationList(),
                            s.getEffectiveFrom(),
                            s.getEffectiveTo(),
                            s.isChairSeat(),
                            s.inEffectOn(today),
                            current == null ? null : current.getPerson().getId(),
                            current == null ? null : current.getMemberName(),
                            current == null ? null : current.getTermStart(),
                            current == null ? null : current.servedUntil(),
                            ofSeat.stream().map(Commissions::appointmentView).toList());
                })
                .toList();
        return new CommissionView(c.getId(), c.getCode(), c.getName(), seats);
    }
}
