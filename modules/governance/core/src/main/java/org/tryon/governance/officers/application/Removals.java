package org.tryon.governance.officers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.tryon.governance.meetings.domain.Motion;
import org.tryon.governance.officers.domain.Removal;
import org.tryon.governance.roster.application.Commissions;
import org.tryon.governance.roster.application.EndTerm;
import org.tryon.governance.roster.domain.Appointment;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.text.UsFormat;

/**
 * The BDC's removal of a TAB member "whose attendance does not provide the necessary assistance to
 * the Technical Advisory Board" (107.2.1): recorded with the BDC resolution and its day; the
 * member's appointment ends that day with the reason REMOVED, and the seat is vacant on the clerk's
 * work list from the next day.
 */
@ApplicationScoped
@Transactional
public class Removals {

    /**
     * Remove a TAB member: the BDC resolution that decided it ("BDC 2026-07"; linked to the recorded
     * resolution when Tryon holds it), the day it was adopted (the member's last day), the grounds.
     */
    public record Remove(
            @NotNull Long appointmentId,
            @NotBlank @Size(max = 30) String resolution,
            @NotNull LocalDate decidedOn,
            @NotBlank @Size(max = 1000) String grounds)
            implements java.io.Serializable {}

    public record RemovalView(
            long id,
            long appointmentId,
            String commission,
            int seatNumber,
            String member,
            String resolution,
            Long motionId,
            LocalDate decidedOn,
            String grounds,
            String recordedBy,
            LocalDateTime recordedAt)
            implements java.io.Serializable {}

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    Commissions commissions;

    public RemovalView remove(Remove command) {
        Inputs.valid(validator, command);
        Appointment a = em.find(Appointment.class, command.appointmentId());
        if (a == null) {
            throw new RecordNotFoundException("appointment", command.appointmentId());
        }
        String body = a.getSeat().getCommission().getCode();
        if (!"TAB".equals(body)) {
            throw new RuleViolationException(
                    "appointmentId",
                    "107.2.1 tab-member",
                    "107.2.1: the BDC removes members of the Technical Advisory " + "Board; " + a.getMemberName()
                            + " sits on the " + body);
        }
        if (command.decidedOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException(
                    "decidedOn", "not-in-future", "The BDC's resolution cannot be after today");
        }
        if (!a.overlaps(command.decidedOn(), command.decidedOn())) {
            throw new RuleViolationException(
                    "decidedOn",
                    "107.2.1 member-on-the-day",
                    "107.2.1: " + a.getMemberName() + " served from " + UsFormat.date(a.getTermStart()) + " to "
                            + UsFormat.date(a.servedUntil()) + "; a removal on " + UsFormat.date(command.decidedOn())
                            + " is outside the term");
        }
        String resolution = command.resolution().trim();
        Motion motion = em.createQuery("select m from Motion m where m.resolutionNumber = :r", Motion.class)
                .setParameter("r", resolution)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (motion != null && !motion.getMeeting().getStartsAt().toLocalDate().equals(command.decidedOn())) {
            throw new RuleViolationException(
                    "decidedOn",
                    "107.2.1 resolution-day",
                    "Resolution " + resolution + " was adopted on "
                            + UsFormat.date(motion.getMeeting().getStartsAt().toLocalDate()));
        }
        if (motion == null
                && resolution.toUpperCase().startsWith("BDC ")
                && resolution.length() > 4
                && !em.createQuery("select count(m) from Motion m where m.resolutionNumber like :y", Long.class)
                        .setParameter("y", "BDC " + command.decidedOn().getYear() + "-%")
                        .getSingleResult()
                        .equals(0L)
                && resolution.startsWith("BDC " + command.decidedOn().getYear() + "-")) {
            throw new RuleViolationException(
                    "resolution",
                    "107.1.4 A resolution-recorded",
                    "107.1.4 A: no resolution " + resolution + " of the BDC is recorded; record the BDC's vote first");
        }
        commissions.endTerm(a.getId(), new EndTerm(command.decidedOn(), Appointment.EndReason.REMOVED));
        Removal r = new Removal(
                a, resolution, motion, command.decidedOn(), command.grounds(), user.name(), LocalDateTime.now(clock));
        em.persist(r);
        em.flush();
        return view(r);
    }

    public RemovalView get(long id) {
        Removal r = em.find(Removal.class, id);
        if (r == null) {
            throw new RecordNotFoundException("removal", id);
        }
        return view(r);
    }

    /** Every removal, newest first. A read. */
    public List<RemovalView> list() {
        return em
                .createQuery(
                        "select r from Removal r join fetch r.appointment a join fetch a.seat s join fetch s.commission "
                                + "order by r.decidedOn desc, r.id desc",
                        Removal.class)
                .getResultList()
                .stream()
                .map(Removals::view)
                .toList();
    }

    private static RemovalView view(Removal r) {
        Appointment a = r.getAppointment();
        return new RemovalView(
                r.getId(),
                a.getId(),
                a.getSeat().getCommission().getCode(),
                a.getSeat().getNumber(),
                a.getMemberName(),
                r.getResolution(),
                r.getMotion() == null ? null : r.getMotion().getId(),
                r.getDecidedOn(),
                r.getGrounds(),
                r.getRecordedBy(),
                r.getRecordedAt());
    }
}
