package org.tryon.governance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.tryon.governance.api.MemberAppointed;
import org.tryon.governance.domain.Appointment;
import org.tryon.governance.domain.Commission;
import org.tryon.governance.domain.GovernanceSettings;
import org.tryon.governance.domain.Seat;
import org.tryon.governance.domain.TermRules;
import org.tryon.platform.audit.AuditHistory;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.events.EventPublisher;
import org.tryon.platform.settings.Settings;

/** Use cases of the commissions: create one with its seats, appoint members (107). */
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

    public CommissionView create(CreateCommission command) {
        Inputs.valid(validator, command);
        String code = command.code().trim().toUpperCase();
        if (!em.createQuery("select c.id from Commission c where c.code = :c", Long.class).setParameter("c", code).getResultList().isEmpty()) {
            throw new RuleViolationException("code", "unique", "A commission with code " + code + " exists already");
        }
        if (code.equals("BDC") || code.equals("TAB")) {
            GovernanceSettings.Terms terms = GovernanceSettings.termsOf(code);
            int seats = settings.valueOn(terms.seats(), LocalDate.now(clock));
            if (command.seats().size() != seats) {
                throw new RuleViolationException("seats", terms.seats().section() + " seats",
                        terms.seats().section() + ": the " + code + " has " + seats + " seats; " + command.seats().size() + " were given");
            }
        }
        Commission c = new Commission(code, command.name(), command.seats());
        em.persist(c);
        return view(c);
    }

    public CommissionView.AppointmentView appoint(String code, int seatNumber, AppointMember command) {
        Inputs.valid(validator, command);
        Commission commission = find(code);
        Seat seat = commission.seat(seatNumber).orElseThrow(() -> new RecordNotFoundException("seat of the " + commission.getCode(), seatNumber));
        GovernanceSettings.Terms terms = GovernanceSettings.termsOf(commission.getCode());
        LocalDate start = command.termStart();
        int regular = settings.valueOn(terms.termYears(), start);
        int years = command.termYears() == null ? regular : command.termYears();
        List<Appointment> seatAppointments = em.createQuery("select a from Appointment a where a.seat = :s", Appointment.class)
                .setParameter("s", seat).getResultList();
        List<Appointment> memberAppointments = em.createQuery(
                        "select a from Appointment a where a.seat.commission = :c and lower(a.memberName) = lower(:m)", Appointment.class)
                .setParameter("c", commission).setParameter("m", command.memberName().trim()).getResultList();
        TermRules.check(commission.getCode(), command.memberName().trim(), start, years, regular,
                settings.valueOn(terms.maxConsecutive(), start), settings.valueOn(GovernanceSettings.PARTIAL_TERM_PERCENT, start), seatAppointments, memberAppointments, terms.section());
        Appointment a = new Appointment(seat, command.memberName(), start, TermRules.termEnd(start, years), LocalDate.now(clock));
        em.persist(a);
        em.flush();
        events.publish(new MemberAppointed(UUID.randomUUID(), clock.instant(), commission.getCode(), seatNumber, a.getMemberName(),
                a.getTermStart(), a.getTermEnd()));
        return new CommissionView.AppointmentView(a.getId(), a.getMemberName(), a.getTermStart(), a.getTermEnd(), a.getAppointedOn());
    }

    public List<CommissionView> list() {
        return em.createQuery("select c from Commission c order by c.code", Commission.class).getResultList().stream().map(this::view).toList();
    }

    public CommissionView get(String code) {
        return view(find(code));
    }

    public List<HistoryEntry> appointmentHistory(long appointmentId) {
        return audit.of(Appointment.class, appointmentId);
    }

    private Commission find(String code) {
        return em.createQuery("select c from Commission c where c.code = :c", Commission.class)
                .setParameter("c", code == null ? "" : code.trim().toUpperCase()).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("commission", code));
    }

    private CommissionView view(Commission c) {
        LocalDate today = LocalDate.now(clock);
        List<Appointment> all = em.createQuery("select a from Appointment a join fetch a.seat s where s.commission = :c", Appointment.class)
                .setParameter("c", c).getResultList();
        List<CommissionView.SeatView> seats = c.getSeats().stream().map(s -> {
            List<Appointment> ofSeat = all.stream().filter(a -> a.getSeat().getId().equals(s.getId()))
                    .sorted(Comparator.comparing(Appointment::getTermStart).reversed()).toList();
            Appointment current = ofSeat.stream().filter(a -> a.overlaps(today, today)).findFirst().orElse(null);
            return new CommissionView.SeatView(s.getNumber(), s.getTitle(), current == null ? null : current.getMemberName(),
                    current == null ? null : current.getTermStart(), current == null ? null : current.getTermEnd(),
                    ofSeat.stream().map(a -> new CommissionView.AppointmentView(a.getId(), a.getMemberName(), a.getTermStart(), a.getTermEnd(),
                            a.getAppointedOn())).toList());
        }).toList();
        return new CommissionView(c.getId(), c.getCode(), c.getName(), seats);
    }
}
