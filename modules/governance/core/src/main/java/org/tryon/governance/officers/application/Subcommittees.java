package org.tryon.governance.officers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tryon.governance.officers.domain.Committee;
import org.tryon.governance.officers.domain.CommitteeRules;
import org.tryon.governance.roster.application.Commissions;
import org.tryon.governance.roster.application.CreateCommission;
import org.tryon.governance.roster.domain.Commission;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RuleViolationException;

/**
 * Subcommittees and task forces of the BDC (107.1.4 C) and its licensing subcommittees (107.1.5 C):
 * each a body with seats, appointments, meetings, agendas, votes and minutes like the BDC and the
 * TAB; its members drawn from the BDC's unless its charter says otherwise; its quorum a majority of
 * its seats unless set.
 */
@ApplicationScoped
@Transactional
public class Subcommittees {

    /**
     * Establish a subcommittee: its parent (the BDC), code and name, kind, purpose, the trade of a
     * licensing subcommittee (107.1.5 C.1), the number of seats, the quorum when not a majority,
     * whether members are drawn from the parent's (default yes; a licensing subcommittee may seat
     * people of the trade), the day and the BDC action that established it.
     */
    public record Establish(
            @NotBlank @Size(max = 10) String parent,

            @NotBlank @Pattern(regexp = "[A-Za-z]{2,10}", message = "must be 2 to 10 letters")
            String code,

            @NotBlank @Size(max = 200) String name,
            @NotNull Committee.Kind kind,
            @NotBlank @Size(max = 1000) String purpose,
            @Size(max = 20) String trade,
            @NotNull @Min(1) @Max(25) Integer seats,
            Integer quorum,
            Boolean membersFromParent,
            @NotNull LocalDate establishedOn,
            @NotBlank @Size(max = 100) String establishedBy)
            implements java.io.Serializable {}

    public record SubcommitteeView(
            long id,
            String code,
            String name,
            String parent,
            String kind,
            String purpose,
            String trade,
            int seats,
            int quorum,
            boolean quorumSet,
            boolean membersFromParent,
            LocalDate establishedOn,
            String establishedBy)
            implements java.io.Serializable {}

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    Commissions commissions;

    public SubcommitteeView establish(Establish command) {
        Inputs.valid(validator, command);
        Commission parent = em.createQuery("select c from Commission c where c.code = :c", Commission.class)
                .setParameter("c", command.parent().trim().toUpperCase())
                .getResultStream()
                .findFirst()
                .orElseThrow(
                        () -> new RuleViolationException("parent", "exists", "There is no body " + command.parent()));
        CommitteeRules.checkParent(parent.getCode(), command.kind());
        CommitteeRules.checkQuorum(command.seats(), command.quorum());
        if (command.establishedOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException(
                    "establishedOn", "not-in-future", "The BDC's action cannot be after today");
        }
        if (command.kind() == Committee.Kind.LICENSING
                && (command.trade() == null || command.trade().isBlank())) {
            throw new RuleViolationException(
                    "trade",
                    "107.1.5 C trade",
                    "107.1.5 C: a licensing subcommittee is for a trade (mechanics, plumbers, " + "electricians)");
        }
        String code = command.code().trim().toUpperCase();
        if (code.equals("BDC") || code.equals("TAB")) {
            throw new RuleViolationException("code", "unique", "A commission with code " + code + " exists already");
        }
        List<String> seats = new ArrayList<>();
        for (int i = 1; i <= command.seats(); i++) {
            seats.add("Member " + i);
        }
        commissions.create(new CreateCommission(code, command.name(), seats));
        Commission c = em.createQuery("select c from Commission c where c.code = :c", Commission.class)
                .setParameter("c", code)
                .getSingleResult();
        boolean fromParent = command.membersFromParent() == null
                ? command.kind() != Committee.Kind.LICENSING
                : command.membersFromParent();
        Committee committee = new Committee(
                c,
                parent,
                command.kind(),
                command.purpose(),
                command.trade(),
                command.quorum(),
                fromParent,
                command.establishedOn(),
                command.establishedBy());
        em.persist(committee);
        em.flush();
        return view(committee);
    }

    public SubcommitteeView get(long commissionId) {
        return em.createQuery(
                        "select k from Committee k join fetch k.commission c join fetch k.parent where c.id = :id",
                        Committee.class)
                .setParameter("id", commissionId)
                .getResultStream()
                .findFirst()
                .map(this::view)
                .orElseThrow(() -> new org.tryon.platform.errors.RecordNotFoundException("subcommittee", commissionId));
    }

    /** The subcommittees of a body (all when none is given). A read. */
    public List<SubcommitteeView> list(String parent) {
        return em
                .createQuery(
                        "select k from Committee k join fetch k.commission join fetch k.parent p where :p is null or p.code = :p "
                                + "order by k.commission.code",
                        Committee.class)
                .setParameter(
                        "p",
                        parent == null || parent.isBlank()
                                ? null
                                : parent.trim().toUpperCase())
                .getResultList()
                .stream()
                .map(this::view)
                .toList();
    }

    /** The charter of a body that is a subcommittee, if it is one. */
    public Optional<Committee> charter(Commission c) {
        return em.createQuery("select k from Committee k join fetch k.parent where k.commission = :c", Committee.class)
                .setParameter("c", c)
                .getResultStream()
                .findFirst();
    }

    /** The quorum of a subcommittee on a day: the number set, else a majority of its seats in effect (107.1.4 C). */
    public Optional<Integer> quorum(Commission c, LocalDate day) {
        return charter(c).map(k -> CommitteeRules.quorum(c.seatsOn(day).size(), k.getQuorum()));
    }

    /** Refuses a member of a subcommittee drawn from its parent who is not a member of the parent on the term's first day (107.1.4 C). */
    public void checkMember(Commission c, org.tryon.governance.roster.domain.Person person, LocalDate start) {
        Optional<Committee> charter = charter(c);
        if (charter.isEmpty()) {
            return;
        }
        Committee k = charter.get();
        boolean member = em
                .createQuery(
                        "select a from org.tryon.governance.roster.domain.Appointment a where a.seat.commission = :p and a.person = :x "
                                + "and a.termStart <= :d",
                        org.tryon.governance.roster.domain.Appointment.class)
                .setParameter("p", k.getParent())
                .setParameter("x", person)
                .setParameter("d", start)
                .getResultList()
                .stream()
                .anyMatch(a -> a.overlaps(start, start));
        CommitteeRules.checkMember(
                c.getCode(), k.getParent().getCode(), person.getFullName(), k.isMembersFromParent(), member);
    }

    private SubcommitteeView view(Committee k) {
        Commission c = k.getCommission();
        int seats = c.seatsOn(LocalDate.now(clock)).size();
        return new SubcommitteeView(
                c.getId(),
                c.getCode(),
                c.getName(),
                k.getParent().getCode(),
                k.getKind().name(),
                k.getPurpose(),
                k.getTrade(),
                seats,
                CommitteeRules.quorum(seats, k.getQuorum()),
                k.getQuorum() != null,
                k.isMembersFromParent(),
                k.getEstablishedOn(),
                k.getEstablishedBy());
    }
}
