package org.tryon.governance.tab.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tryon.governance.meetings.domain.AgendaItem;
import org.tryon.governance.roster.domain.Appointment;
import org.tryon.governance.roster.domain.Commission;
import org.tryon.governance.roster.domain.Person;
import org.tryon.governance.tab.domain.ConflictProposals;
import org.tryon.governance.tab.domain.ItemProject;
import org.tryon.governance.tab.domain.MemberLink;
import org.tryon.permitting.api.PermitParties;
import org.tryon.permitting.api.PermitParties.PartyKind;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.ProjectId;
import org.tryon.platform.security.CurrentUser;

/**
 * TAB members' links to parties on permitting's record, the project an item names, and the conflicts
 * Tryon proposes from them before a meeting (107.2.4 J.1; ADR 0031). Permitting is asked through its
 * api ({@link PermitParties}) only.
 */
@ApplicationScoped
@Transactional
public class TabLinks {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    PermitParties permitting;

    /** The TAB's members seated today with their links in force, by seat. A read. */
    public List<TabViews.MemberLinks> members() {
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<TabViews.LinkView>> links =
                activeLinks().stream().map(TabLinks::view).collect(Collectors.groupingBy(TabViews.LinkView::personId));
        return seated(tab(), today).stream()
                .map(a -> new TabViews.MemberLinks(
                        a.getPerson().getId(),
                        a.getMemberName(),
                        a.getSeat().getNumber(),
                        links.getOrDefault(a.getPerson().getId(), List.of())))
                .toList();
    }

    /** A person's links, removed ones included (the record of what stood when). A read. */
    public List<TabViews.LinkView> links(long personId) {
        person(personId);
        return em
                .createQuery(
                        "select l from MemberLink l join fetch l.person where l.person.id = :p order by l.addedAt, l.id",
                        MemberLink.class)
                .setParameter("p", personId)
                .getResultList()
                .stream()
                .map(TabLinks::view)
                .toList();
    }

    /** Parties on permitting's record to choose from. A read. */
    public List<TabViews.PartyView> parties(PartyKind kind, String text) {
        if (kind == null) {
            throw new RuleViolationException("kind", "required", "Choose CONTRACTOR, DESIGN_PROFESSIONAL or OWNER");
        }
        return permitting.find(kind, text, 50).stream()
                .map(p -> new TabViews.PartyView(p.kind().name(), p.id(), p.name(), p.detail()))
                .toList();
    }

    /** Links a member of the TAB to a party permitting knows; the same party once while the link stands. */
    public TabViews.LinkView add(long personId, TabCommands.AddLink command) {
        Inputs.valid(validator, command);
        Person person = person(personId);
        boolean member = em.createQuery(
                        "select a from Appointment a where a.person = :p and a.seat.commission.code = 'TAB'",
                        Appointment.class)
                .setParameter("p", person)
                .getResultStream()
                .findAny()
                .isPresent();
        if (!member) {
            throw new RuleViolationException(
                    "personId",
                    "107.2.4 J.1 tab-member",
                    "107.2.4 J.1: links are kept for members of the TAB; " + person.getFullName()
                            + " holds no TAB seat");
        }
        PermitParties.Party party = permitting
                .party(command.partyKind(), command.partyId())
                .orElseThrow(() -> new RuleViolationException(
                        "partyId",
                        "exists",
                        "Permitting has no " + ConflictProposals.label(command.partyKind()) + " " + command.partyId()));
        boolean linked = activeLinks().stream()
                .anyMatch(l -> l.getPerson().getId().equals(personId)
                        && l.getPartyKind() == party.kind()
                        && l.getPartyId() == party.id());
        if (linked) {
            throw new RuleViolationException(
                    "partyId", "link.once", person.getFullName() + " is linked to " + party.name() + " already");
        }
        MemberLink link = new MemberLink(
                person, party.kind(), party.id(), party.name(), command.note(), LocalDateTime.now(clock), user.name());
        em.persist(link);
        em.flush();
        return view(link);
    }

    /** Removes a link from now on (kept in the record). */
    public TabViews.LinkView remove(long linkId) {
        MemberLink link = em.find(MemberLink.class, linkId);
        if (link == null) {
            throw new RecordNotFoundException("member link", linkId);
        }
        link.remove(LocalDateTime.now(clock), user.name());
        em.flush();
        return view(link);
    }

    /** Names the project (permitting's id) a TAB item is about, when it names no permit. */
    public void setProject(long agendaItemId, long projectId) {
        AgendaItem item = em.find(AgendaItem.class, agendaItemId);
        if (item == null || !"TAB".equals(item.getMeeting().getCommission().getCode())) {
            throw new RecordNotFoundException("TAB agenda item", agendaItemId);
        }
        if (permitting.project(new ProjectId(projectId)).isEmpty()) {
            throw new RuleViolationException("projectId", "exists", "Permitting has no project " + projectId);
        }
        ItemProject current = em.find(ItemProject.class, agendaItemId);
        if (current == null) {
            em.persist(new ItemProject(agendaItemId, projectId, user.name()));
        } else {
            current.change(projectId, user.name());
        }
        em.flush();
    }

    /** The subject of an item on permitting's record: its permit, else the project it names; empty when it names neither. */
    Optional<PermitParties.Subject> subject(AgendaItem item, Long projectId) {
        if (item.getPermitNumber() != null) {
            return permitting.permit(item.getPermitNumber());
        }
        return projectId == null ? Optional.empty() : permitting.project(new ProjectId(projectId));
    }

    Long projectOf(AgendaItem item) {
        ItemProject p = em.find(ItemProject.class, item.getId());
        return p == null ? null : p.getProjectId();
    }

    static String describe(PermitParties.Subject s) {
        return (s.permitNumber() == null ? "" : "Permit " + s.permitNumber() + ", ") + "project " + s.projectName()
                + " (" + s.address() + ")";
    }

    /** The conflicts proposed on a subject for the members seated (ADR 0031). */
    List<ConflictProposals.Proposal> proposals(PermitParties.Subject subject, java.util.Set<Long> seated) {
        List<ConflictProposals.Link> links = activeLinks().stream()
                .map(l -> new ConflictProposals.Link(
                        l.getId(),
                        l.getPerson().getId(),
                        l.getPerson().getFullName(),
                        l.getPartyKind(),
                        l.getPartyId(),
                        l.getPartyName()))
                .toList();
        List<ConflictProposals.SubjectParty> parties = new ArrayList<>();
        for (PermitParties.Role r : subject.parties()) {
            parties.add(new ConflictProposals.SubjectParty(
                    r.party().kind(), r.party().id(), r.role()));
        }
        return ConflictProposals.propose(links, parties, seated);
    }

    List<MemberLink> activeLinks() {
        return em.createQuery(
                        "select l from MemberLink l join fetch l.person where l.removedAt is null order by l.id",
                        MemberLink.class)
                .getResultList();
    }

    Commission tab() {
        return em.createQuery("select c from Commission c where c.code = 'TAB'", Commission.class)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("commission", "TAB"));
    }

    List<Appointment> seated(Commission c, LocalDate day) {
        return em
                .createQuery(
                        "select a from Appointment a join fetch a.person join fetch a.seat s where s.commission = :c and a.termStart <= :d",
                        Appointment.class)
                .setParameter("c", c)
                .setParameter("d", day)
                .getResultList()
                .stream()
                .filter(a -> a.overlaps(day, day))
                .sorted(Comparator.comparing(a -> a.getSeat().getNumber()))
                .toList();
    }

    private Person person(long id) {
        Person p = em.find(Person.class, id);
        if (p == null) {
            throw new RecordNotFoundException("person", id);
        }
        return p;
    }

    static TabViews.LinkView view(MemberLink l) {
        return new TabViews.LinkView(
                l.getId(),
                l.getPerson().getId(),
                l.getPerson().getFullName(),
                l.getPartyKind().name(),
                l.getPartyId(),
                l.getPartyName(),
                l.getNote(),
                l.getAddedAt(),
                l.getAddedBy(),
                l.getRemovedAt(),
                l.getRemovedBy());
    }
}
