package org.tryon.governance.participation.application;

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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.tryon.governance.participation.domain.ApplicationPacket;
import org.tryon.governance.participation.domain.SeatApplication;
import org.tryon.governance.roster.domain.Appointment;
import org.tryon.governance.roster.domain.Commission;
import org.tryon.governance.roster.domain.Person;
import org.tryon.governance.roster.domain.Seat;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.pdf.Letterhead;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.text.UsFormat;

/**
 * Applications for a seat (107.1.1 A, 107.2.1): received from the public form or entered by the clerk, reviewed, forwarded
 * to the appointing body in a packet of the applications for one seat (the Board of County Commissioners for the BDC, the
 * BDC for the TAB), and marked appointed by the appointment that names them. The public is told a reference number only.
 */
@ApplicationScoped
@Transactional
public class SeatApplications {

    /** Who recorded an application from the public form. */
    public static final String PUBLIC = "public";

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    Letterhead letterhead;

    /** An application from the public form (no sign-in): validated strictly; the answer is the reference number only. */
    public ApplicationView.Receipt applyPublicly(ApplicationCommands.Apply command) {
        SeatApplication a = receive(command, SeatApplication.Via.PUBLIC, PUBLIC);
        return new ApplicationView.Receipt(
                a.getReference(),
                "Application " + a.getReference() + " for the "
                        + a.getCommission().getName()
                        + " is received. The clerk forwards every application to the "
                        + ApplicationPacket.appointingBody(a.getCommission().getCode())
                        + " (107.1.1 A, 107.2.1); keep the reference number.");
    }

    /** An application the clerk enters (received by letter or e-mail). */
    public ApplicationView enter(ApplicationCommands.Apply command) {
        return view(receive(command, SeatApplication.Via.CLERK, user.name()));
    }

    private SeatApplication receive(ApplicationCommands.Apply command, SeatApplication.Via via, String by) {
        Inputs.valid(validator, command);
        List<RuleViolationException.Violation> problems = new ArrayList<>();
        if (blank(command.email()) && blank(command.phone())) {
            problems.add(new RuleViolationException.Violation(
                    "email", "contact", "Give an e-mail address or a telephone number"));
        }
        Commission commission = em.createQuery("select c from Commission c where c.code = :c", Commission.class)
                .setParameter("c", command.commission().trim().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (commission == null) {
            problems.add(new RuleViolationException.Violation(
                    "commission",
                    "exists",
                    "There is no body " + command.commission() + "; apply to the BDC or the TAB"));
            throw new RuleViolationException(problems);
        }
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = now.toLocalDate();
        Seat seat = null;
        String organisation = null;
        if (command.seatNumber() != null) {
            seat = commission
                    .seat(command.seatNumber())
                    .filter(s -> s.inEffectOn(today))
                    .orElse(null);
            if (seat == null) {
                problems.add(new RuleViolationException.Violation(
                        "seatNumber",
                        "seat-in-effect",
                        "The " + commission.getCode() + " has no seat " + command.seatNumber() + " today"));
            }
        } else if (!blank(command.organisation())) {
            String wanted = command.organisation().trim();
            organisation = commission.seatsOn(today).stream()
                    .flatMap(s -> s.organisationList().stream())
                    .filter(o -> o.equalsIgnoreCase(wanted))
                    .findFirst()
                    .orElse(null);
            if (organisation == null) {
                problems.add(new RuleViolationException.Violation(
                        "organisation",
                        commission.getCode().equals("BDC") ? "107.1.1 A organisation" : "107.2.1 organisation",
                        "No seat of the " + commission.getCode() + " is recommended by '" + wanted + "'"));
            }
        } else {
            problems.add(new RuleViolationException.Violation(
                    "seatNumber", "seat-or-organisation", "Name the seat, or the organisation whose seat is sought"));
        }
        if ("BDC".equals(commission.getCode()) && Boolean.FALSE.equals(command.countyResident())) {
            problems.add(
                    new RuleViolationException.Violation(
                            "countyResident",
                            "107.1.1 A county-resident",
                            "107.1.1 A: members of the BDC are residents of Mecklenburg County; an applicant who does not reside in the county is not eligible"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        SeatApplication a = new SeatApplication(
                commission,
                seat,
                organisation,
                command.fullName(),
                command.address(),
                command.countyResident(),
                command.email(),
                command.phone(),
                command.qualifications(),
                now,
                via,
                by);
        em.persist(a);
        em.flush();
        a.numbered();
        em.flush();
        return a;
    }

    /** The seats of the BDC and the TAB in effect today, to apply for. A read. */
    public List<ApplicationView.SeatChoice> seats() {
        LocalDate today = LocalDate.now(clock);
        List<ApplicationView.SeatChoice> out = new ArrayList<>();
        for (Commission c : em.createQuery("select c from Commission c order by c.code", Commission.class)
                .getResultList()) {
            for (Seat s : c.seatsOn(today)) {
                out.add(new ApplicationView.SeatChoice(
                        c.getCode(),
                        c.getName(),
                        s.getNumber(),
                        s.getTitle(),
                        String.join("; ", s.organisationList())));
            }
        }
        return out;
    }

    /** The applications of a body (all bodies when none is given), optionally of one status, newest first. A read. */
    public List<ApplicationView> list(String commission, String status) {
        SeatApplication.Status s = null;
        if (!blank(status)) {
            try {
                s = SeatApplication.Status.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException(
                        "status", "one-of", "A status is one of RECEIVED, REVIEWED, FORWARDED, APPOINTED, WITHDRAWN");
            }
        }
        String jpql = "select a from SeatApplication a join fetch a.commission c left join fetch a.seat where 1 = 1"
                + (blank(commission) ? "" : " and c.code = :c") + (s == null ? "" : " and a.status = :s")
                + " order by a.receivedAt desc, a.id desc";
        var q = em.createQuery(jpql, SeatApplication.class);
        if (!blank(commission)) {
            q.setParameter("c", commission.trim().toUpperCase(Locale.ROOT));
        }
        if (s != null) {
            q.setParameter("s", s);
        }
        return q.getResultList().stream().map(this::view).toList();
    }

    public ApplicationView get(String reference) {
        return view(find(reference, false));
    }

    /** The clerk reviews an application and links it to the person it is: one on record, or a new one from the application. */
    public ApplicationView review(String reference, ApplicationCommands.Review command) {
        Inputs.valid(validator, command);
        SeatApplication a = find(reference, true);
        Person person;
        if (command.personId() != null) {
            person = em.find(Person.class, command.personId());
            if (person == null) {
                throw new RuleViolationException(
                        "personId", "exists", "No person " + command.personId() + " is recorded");
            }
        } else {
            person = new Person(a.getFullName(), a.getEmail(), a.getPhone(), a.getAddress(), a.isCountyResident());
        }
        a.review(person, command.note(), LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), user.name());
        if (person.getId() == null) {
            em.persist(person);
        }
        em.flush();
        return view(a);
    }

    /** The applicant withdraws the application (in writing to the clerk). */
    public ApplicationView withdraw(String reference) {
        SeatApplication a = find(reference, true);
        a.withdraw(LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
        em.flush();
        return view(a);
    }

    /**
     * Forwards reviewed applications for one seat to the appointing body as a packet (107.1.1 A: "All applications ... shall
     * be provided to the Board for its consideration"; 107.2.1: the BDC appoints the TAB): recorded with when and by whom.
     */
    public ApplicationView.Packet forward(ApplicationCommands.Forward command) {
        Inputs.valid(validator, command);
        Commission commission = em.createQuery("select c from Commission c where c.code = :c", Commission.class)
                .setParameter("c", command.commission().trim().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .orElseThrow(() ->
                        new RuleViolationException("commission", "exists", "There is no body " + command.commission()));
        Seat seat = commission
                .seat(command.seatNumber())
                .orElseThrow(() -> new RuleViolationException(
                        "seatNumber",
                        "exists",
                        "The " + commission.getCode() + " has no seat " + command.seatNumber()));
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        ApplicationPacket packet = new ApplicationPacket(
                seat, ApplicationPacket.appointingBody(commission.getCode()), now, user.name(), command.note());
        List<SeatApplication> applications = new ArrayList<>();
        for (String reference : new LinkedHashSet<>(command.references())) {
            SeatApplication a = em.createQuery(
                            "select a from SeatApplication a where a.reference = :r", SeatApplication.class)
                    .setParameter("r", reference.trim().toUpperCase(Locale.ROOT))
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(
                            () -> new RuleViolationException("references", "exists", "No application " + reference));
            applications.add(a);
        }
        em.persist(packet);
        for (SeatApplication a : applications) {
            a.forward(packet);
        }
        em.flush();
        return packet(packet.getId());
    }

    public ApplicationView.Packet packet(long id) {
        ApplicationPacket p = em.find(ApplicationPacket.class, id);
        if (p == null) {
            throw new RecordNotFoundException("packet of applications", id);
        }
        List<ApplicationView> applications = em
                .createQuery(
                        "select a from SeatApplication a where a.packet = :p order by a.receivedAt, a.id",
                        SeatApplication.class)
                .setParameter("p", p)
                .getResultList()
                .stream()
                .map(this::view)
                .toList();
        return new ApplicationView.Packet(
                p.getId(),
                p.getCommission().getCode(),
                p.getSeat().getNumber(),
                p.getSeat().getTitle(),
                p.getSeat().organisationList(),
                p.getForwardedTo(),
                p.getForwardedAt(),
                p.getForwardedBy(),
                p.getNote(),
                applications);
    }

    /** The packets forwarded, newest first. A read. */
    public List<ApplicationView.Packet> packets() {
        return em
                .createQuery("select p.id from ApplicationPacket p order by p.forwardedAt desc, p.id desc", Long.class)
                .getResultList()
                .stream()
                .map(this::packet)
                .toList();
    }

    /** The packet as the appointing body receives it: a PDF of its applications with the seat's recommending organisations. A read. */
    public byte[] packetPdf(long id) {
        ApplicationView.Packet p = packet(id);
        var doc = letterhead
                .document("Applications for seat " + p.seatNumber() + " of the " + p.commission())
                .reference("PKT-" + p.id())
                .dated(p.forwardedAt().toLocalDate())
                .addressee(p.forwardedTo(), List.of())
                .fact("Seat", p.seatNumber() + ": " + p.seatTitle())
                .fact("Recommending organisation(s)", String.join("; ", p.organisations()))
                .fact("Applications", String.valueOf(p.applications().size()))
                .fact("Forwarded", UsFormat.dateTime(p.forwardedAt()) + " by " + p.forwardedBy())
                .fact(
                        "Basis",
                        "BDC".equals(p.commission())
                                ? "107.1.1 A: all applications from those interested in serving on the BDC are "
                                        + "provided to the Board for its consideration"
                                : "107.2.1: the BDC appoints the members of the Technical Advisory Board");
        doc.section("Covering note", p.note());
        for (ApplicationView a : p.applications()) {
            StringBuilder b = new StringBuilder();
            b.append("Address: ").append(a.address().replace('\n', ' ')).append('\n');
            b.append("Resides in the county: ")
                    .append(a.countyResident() ? "yes" : "no")
                    .append('\n');
            if (a.email() != null) {
                b.append("E-mail: ").append(a.email()).append('\n');
            }
            if (a.phone() != null) {
                b.append("Telephone: ").append(a.phone()).append('\n');
            }
            if (a.organisation() != null) {
                b.append("Organisation named: ").append(a.organisation()).append('\n');
            }
            b.append("Received: ")
                    .append(UsFormat.date(a.receivedAt().toLocalDate()))
                    .append(" (")
                    .append(a.receivedVia().equals("PUBLIC") ? "public form" : "entered by the clerk")
                    .append(")\n");
            b.append("Qualifications and statement:\n")
                    .append(a.qualifications())
                    .append('\n');
            if (a.reviewNote() != null) {
                b.append("Clerk's note: ").append(a.reviewNote()).append('\n');
            }
            doc.section(a.reference() + ": " + a.fullName(), b.toString());
        }
        doc.signature(p.forwardedBy(), "Clerk to the " + p.commission());
        return doc.render();
    }

    /**
     * The application an appointment names (107.1.1 A, 107.2.1): checked before the appointment is recorded. The application
     * was forwarded to the appointing body and is the appointed person's.
     */
    public SeatApplication forAppointment(long applicationId) {
        SeatApplication a = em.find(SeatApplication.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw new RuleViolationException("applicationId", "exists", "No application " + applicationId);
        }
        if (a.getStatus() != SeatApplication.Status.FORWARDED) {
            throw new RuleViolationException(
                    "applicationId",
                    "application.forwarded-before-appointment",
                    "Application " + a.getReference() + " is "
                            + a.getStatus().name().toLowerCase()
                            + "; the appointing body appoints from applications forwarded to it");
        }
        return a;
    }

    /** Marks the application appointed by the appointment just recorded. */
    public void appointed(SeatApplication a, Appointment appointment) {
        a.appointed(appointment);
        em.flush();
    }

    private SeatApplication find(String reference, boolean lock) {
        var q = em.createQuery("select a from SeatApplication a where a.reference = :r", SeatApplication.class)
                .setParameter("r", reference == null ? "" : reference.trim().toUpperCase(Locale.ROOT));
        if (lock) {
            q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return q.getResultStream().findFirst().orElseThrow(() -> new RecordNotFoundException("application", reference));
    }

    private ApplicationView view(SeatApplication a) {
        ApplicationPacket p = a.getPacket();
        Appointment ap = a.getAppointment();
        Seat s = a.getSeat();
        return new ApplicationView(
                a.getId(),
                a.getReference(),
                a.getCommission().getCode(),
                s == null ? null : s.getNumber(),
                s == null ? null : s.getTitle(),
                a.getOrganisation(),
                a.getFullName(),
                a.getAddress(),
                a.isCountyResident(),
                a.getEmail(),
                a.getPhone(),
                a.getQualifications(),
                a.getReceivedAt(),
                a.getReceivedVia().name(),
                a.getEnteredBy(),
                a.getStatus().name(),
                a.getReviewedAt(),
                a.getReviewedBy(),
                a.getReviewNote(),
                a.getPerson() == null ? null : a.getPerson().getId(),
                p == null ? null : p.getId(),
                p == null ? null : p.getForwardedTo(),
                p == null ? null : p.getForwardedAt(),
                p == null ? null : p.getForwardedBy(),
                ap == null ? null : ap.getId(),
                ap == null ? null : ap.getAppointedBy(),
                ap == null ? null : ap.getAppointedOn(),
                ap == null ? null : ap.getActionNote(),
                ap == null ? null : ap.getTermStart(),
                a.getWithdrawnAt());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
