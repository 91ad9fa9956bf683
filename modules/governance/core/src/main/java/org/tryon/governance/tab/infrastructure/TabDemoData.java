package org.tryon.governance.tab.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tryon.governance.meetings.application.AgendaCommands;
import org.tryon.governance.meetings.application.Agendas;
import org.tryon.governance.meetings.domain.AgendaItem;
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.governance.roster.domain.Person;
import org.tryon.governance.tab.application.TabCommands;
import org.tryon.governance.tab.application.TabLinks;
import org.tryon.permitting.api.PermitParties;
import org.tryon.platform.migration.SchemaMigrated;

/**
 * The demo's TAB conflict (107.2.4 J.1; ADR 0031): a general contractor member of the TAB linked to a demo
 * contractor firm of permitting, and the upcoming TAB meeting with a topic on that firm's permit, so the
 * conflict is proposed. Observes the start-up after the other demo loaders (a later priority: permitting's
 * firms and permits and governance's rosters and meetings exist by then); loaded once.
 */
@ApplicationScoped
public class TabDemoData {

    /** The demo member (a general contractor seat, 107.2.1) and the demo firm they work for. */
    static final String MEMBER = "Cameron Doyle";

    static final String FIRM = "Queen City Builders";

    @Inject
    @ConfigProperty(name = "tryon.demo", defaultValue = "false")
    boolean demo;

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    TabLinks links;

    @Inject
    Agendas agendas;

    @Inject
    PermitParties permitting;

    @Inject
    Clock clock;

    @jakarta.transaction.Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) SchemaMigrated migrated) {
        if (!demo
                || !em.createQuery("select l.id from MemberLink l", Long.class)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty()) {
            return;
        }
        List<Person> member = em.createQuery("select p from Person p where p.fullName = :n", Person.class)
                .setParameter("n", MEMBER)
                .getResultList();
        List<PermitParties.Party> firm = permitting.find(PermitParties.PartyKind.CONTRACTOR, FIRM, 1);
        if (member.isEmpty() || firm.isEmpty()) {
            return;
        }
        links.add(
                member.get(0).getId(),
                new TabCommands.AddLink(
                        PermitParties.PartyKind.CONTRACTOR, firm.get(0).id(), "Project executive with the firm"));
        List<String> permits = permitting.permitsOf(
                PermitParties.PartyKind.CONTRACTOR, firm.get(0).id());
        List<Meeting> upcoming = em.createQuery(
                        "select m from Meeting m where m.commission.code = 'TAB' and m.status = :s and m.startsAt > :now "
                                + "order by m.startsAt",
                        Meeting.class)
                .setParameter("s", Meeting.Status.SCHEDULED)
                .setParameter("now", LocalDateTime.now(clock))
                .setMaxResults(1)
                .getResultList();
        if (upcoming.isEmpty() || permits.isEmpty()) {
            return;
        }
        long meetingId = upcoming.get(0).getId();
        agendas.request(
                meetingId,
                new AgendaCommands.RequestItem(
                        "Air-sealed attic with spray foam over the dwelling's living space",
                        null,
                        "Marcus Reed, Queen City Builders, Inc.",
                        null,
                        null,
                        AgendaItem.Section.NEW_BUSINESS,
                        "Open-cell spray foam on the roof deck makes the attic a conditioned space; the plans examiner asks for attic ventilation anyway.",
                        "NC Residential Code R806.5, N1102.2",
                        "An unvented attic assembly meeting R806.5 needs no attic ventilation openings.",
                        "R806.5 permits unvented assemblies; requiring vents defeats the air barrier and the energy calculation.",
                        false,
                        "Trade code administrator, building",
                        permits.get(0)));
        agendas.request(
                meetingId,
                new AgendaCommands.RequestItem(
                        "Heat-pump water heaters in closets",
                        null,
                        "Department, mechanical",
                        null,
                        null,
                        AgendaItem.Section.NEW_BUSINESS,
                        "Heat-pump water heaters need a minimum room volume the closets of older houses lack.",
                        "NC Plumbing Code 502, manufacturer's instructions",
                        "A louvered door giving the listed volume satisfies the instructions.",
                        "Manufacturers accept louvered doors; replacement in older houses otherwise falls back to resistance heaters.",
                        true,
                        "Trade code administrator, mechanical",
                        null));
    }
}
