package org.tryon.governance.tab.application;

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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tryon.governance.meetings.application.AgendaCommands;
import org.tryon.governance.meetings.application.Agendas;
import org.tryon.governance.meetings.application.Meetings;
import org.tryon.governance.meetings.domain.AgendaItem;
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.governance.meetings.domain.Presence;
import org.tryon.governance.meetings.domain.Recusal;
import org.tryon.governance.roster.domain.Appointment;
import org.tryon.governance.tab.domain.Concurrence;
import org.tryon.governance.tab.domain.ConflictProposals;
import org.tryon.governance.tab.domain.DoiReferral;
import org.tryon.governance.tab.domain.SummaryBullet;
import org.tryon.governance.tab.domain.TabDeclaration;
import org.tryon.governance.tab.domain.TabParticipation;
import org.tryon.governance.tab.domain.TabRecommendation;
import org.tryon.permitting.api.PermitParties;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.security.CurrentUser;

/**
 * A TAB meeting's conflicts of interest (107.2.4 J.1): the conflicts proposed from permit data, each
 * present member's declaration at the beginning of the meeting (the conflicts become recusals through
 * {@link Agendas#declareConflict}, so the item's quorum and votes count without the member), and the
 * meeting's whole TAB record for the clerk and the chair.
 */
@ApplicationScoped
@Transactional
public class TabMeetings {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    TabLinks links;

    @Inject
    Agendas agendas;

    @Inject
    Meetings meetings;

    /** The meeting's TAB record: items with subjects, proposed and declared conflicts, quorum per item, summaries, concurrences, recommendations, referrals. A read. */
    public TabViews.MeetingView meeting(long meetingId) {
        Meeting m = tabMeeting(meetingId, false);
        LocalDate day = m.getStartsAt().toLocalDate();
        List<Appointment> seated = links.seated(m.getCommission(), day);
        Set<Long> seatedIds = seated.stream().map(a -> a.getPerson().getId()).collect(Collectors.toSet());
        Set<Long> present = present(m);
        int quorum = meetings.quorum(m.getCommission(), day);
        Map<Long, TabDeclaration> declared = declarations(m);
        List<TabViews.DeclarationView> declarations = seated.stream()
                .map(a -> {
                    TabDeclaration d = declared.get(a.getPerson().getId());
                    return new TabViews.DeclarationView(
                            a.getPerson().getId(),
                            a.getMemberName(),
                            present.contains(a.getPerson().getId()),
                            d == null ? null : d.getDeclaredAt(),
                            d == null ? null : d.getConflicts());
                })
                .toList();
        List<TabViews.ItemView> items = new ArrayList<>();
        for (AgendaItem i : items(m)) {
            items.add(item(m, i, seatedIds, present, quorum));
        }
        return new TabViews.MeetingView(
                m.getId(), m.getStartsAt(), m.getStatus().name(), present.size(), quorum, declarations, items);
    }

    private TabViews.ItemView item(Meeting m, AgendaItem i, Set<Long> seated, Set<Long> present, int quorum) {
        Long projectId = links.projectOf(i);
        String subjectText = null;
        String subjectError = null;
        List<ConflictProposals.Proposal> proposals = List.of();
        if (i.getPermitNumber() != null || projectId != null) {
            Optional<PermitParties.Subject> subject = links.subject(i, projectId);
            if (subject.isPresent()) {
                subjectText = TabLinks.describe(subject.get());
                proposals = links.proposals(subject.get(), seated);
            } else {
                subjectError = i.getPermitNumber() != null
                        ? "Permit " + i.getPermitNumber() + " is not on permitting's record"
                        : "Project " + projectId + " is not on permitting's record";
            }
        }
        List<Recusal> recusals = recusals(i);
        Set<Long> conflicted = recusals.stream().map(r -> r.getPerson().getId()).collect(Collectors.toSet());
        List<TabViews.ProposalView> proposalViews = proposals.stream()
                .map(p -> new TabViews.ProposalView(
                        p.personId(),
                        p.member(),
                        p.linkId(),
                        p.kind().name(),
                        p.partyName(),
                        p.role(),
                        p.reason(),
                        conflicted.contains(p.personId())))
                .toList();
        List<TabViews.ConflictView> conflicts = recusals.stream()
                .map(r -> new TabViews.ConflictView(
                        r.getPerson().getId(), r.getPerson().getFullName(), r.getDeclaredAt(), r.getReason()))
                .toList();
        Set<Long> countable = new HashSet<>(present);
        countable.removeAll(conflicted);
        List<SummaryBullet> bullets = bullets(i);
        List<Concurrence> concurrences = concurrences(i);
        Set<Long> concurred =
                concurrences.stream().map(c -> c.getPerson().getId()).collect(Collectors.toSet());
        List<String> missing = TabParticipation.missing(present, conflicted, concurred).stream()
                .map(id -> em.find(org.tryon.governance.roster.domain.Person.class, id)
                        .getFullName())
                .toList();
        TabRecommendation rec = recommendation(i).orElse(null);
        return new TabViews.ItemView(
                i.getId(),
                i.getSection().name(),
                i.getPosition(),
                i.getTitle(),
                i.getProblem(),
                i.getCodeSections(),
                i.getProposedInterpretation(),
                i.getRationale(),
                i.getPermitNumber(),
                projectId,
                subjectText,
                subjectError,
                proposalViews,
                conflicts,
                countable.size(),
                quorum,
                countable.size() >= quorum,
                bullets.stream()
                        .filter(b -> b.getSide() == SummaryBullet.Side.PRO)
                        .map(TabMeetings::bullet)
                        .toList(),
                bullets.stream()
                        .filter(b -> b.getSide() == SummaryBullet.Side.CON)
                        .map(TabMeetings::bullet)
                        .toList(),
                concurrences.stream()
                        .map(c -> new TabViews.ConcurrenceView(
                                c.getPerson().getId(), c.getPerson().getFullName(), c.getConcurredAt()))
                        .toList(),
                missing,
                rec == null ? null : recommendation(rec),
                referrals(i).stream().map(TabMeetings::referral).toList());
    }

    /** What one member is asked to declare: each item with the conflicts proposed for them (107.2.4 J.1). A read. */
    public TabViews.MemberDeclaration declarationOf(long meetingId, long personId) {
        TabViews.MeetingView v = meeting(meetingId);
        TabViews.DeclarationView d = v.declarations().stream()
                .filter(x -> x.personId() == personId)
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        "personId",
                        "member-of-the-body",
                        "Member " + personId + " does not hold a seat of the TAB on the meeting's day"));
        List<TabViews.DeclarationItem> items = v.items().stream()
                .map(i -> {
                    TabViews.ConflictView c = i.conflicts().stream()
                            .filter(x -> x.personId() == personId)
                            .findFirst()
                            .orElse(null);
                    return new TabViews.DeclarationItem(
                            i.id(),
                            i.title(),
                            i.subject(),
                            i.proposals().stream()
                                    .filter(p -> p.personId() == personId)
                                    .toList(),
                            c != null,
                            c == null ? null : c.reason());
                })
                .toList();
        return new TabViews.MemberDeclaration(meetingId, personId, d.member(), d.present(), d.declaredAt(), items);
    }

    /**
     * A present member's declaration at the beginning of the meeting (107.2.4 J.1): the items they
     * have a conflict with, each with its reason (none is a declaration too). Once per member and
     * meeting; each conflict is a recusal (ConflictDeclared through the outbox).
     */
    public TabViews.MemberDeclaration declare(long meetingId, TabCommands.Declare command) {
        Inputs.valid(validator, command);
        Meeting m = tabMeeting(meetingId, true);
        if (m.getStatus() != Meeting.Status.IN_PROGRESS) {
            throw new RuleViolationException(
                    "meetingId",
                    "107.2.4 J.1 at-the-beginning",
                    "107.2.4 J.1: members declare at the meeting, " + "once it is called to order; this one is "
                            + m.getStatus().name().toLowerCase().replace('_', ' '));
        }
        org.tryon.governance.roster.domain.Person person =
                em.find(org.tryon.governance.roster.domain.Person.class, command.personId());
        if (person == null || !present(m).contains(person.getId())) {
            throw new RuleViolationException(
                    "personId",
                    "107.2.4 J.1 members-present",
                    "107.2.4 J.1: the members present declare; member " + command.personId()
                            + " is not recorded present");
        }
        if (declarations(m).containsKey(person.getId())) {
            throw new RuleViolationException(
                    "personId",
                    "107.2.4 J.1 declared-once",
                    person.getFullName() + " declared at this meeting already");
        }
        List<TabCommands.DeclaredConflict> conflicts = command.conflicts() == null ? List.of() : command.conflicts();
        Set<Long> seen = new HashSet<>();
        for (TabCommands.DeclaredConflict c : conflicts) {
            if (!seen.add(c.agendaItemId())) {
                throw new RuleViolationException(
                        "conflicts", "107.2.4 J.1 declared-once", "Item " + c.agendaItemId() + " is named twice");
            }
            agendas.declareConflict(
                    meetingId, new AgendaCommands.DeclareConflict(c.agendaItemId(), person.getId(), c.reason()));
        }
        em.persist(new TabDeclaration(
                m, person, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), conflicts.size(), user.name()));
        em.flush();
        return declarationOf(meetingId, person.getId());
    }

    /** The meeting a TAB item is on. */
    public long meetingOfItem(long agendaItemId) {
        return tabItem(agendaItemId).getMeeting().getId();
    }

    // ---- shared reads of the TAB record (package-private: TabRecords and TabResults use them) ----

    Meeting tabMeeting(long id, boolean lock) {
        Meeting m = lock ? em.find(Meeting.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(Meeting.class, id);
        if (m == null || !"TAB".equals(m.getCommission().getCode())) {
            throw new RecordNotFoundException("TAB meeting", id);
        }
        return m;
    }

    AgendaItem tabItem(long id) {
        AgendaItem i = em.find(AgendaItem.class, id);
        if (i == null
                || !"TAB".equals(i.getMeeting().getCommission().getCode())
                || i.getStatus() != AgendaItem.Status.ON_AGENDA) {
            throw new RecordNotFoundException("TAB agenda item", id);
        }
        return i;
    }

    /** The members in the room now (a meeting in progress) or who were at the meeting at all (held). */
    Set<Long> present(Meeting m) {
        LocalDateTime now = LocalDateTime.now(clock);
        Set<Long> out = new HashSet<>();
        for (Presence p : em.createQuery("select p from Presence p where p.meeting = :m", Presence.class)
                .setParameter("m", m)
                .getResultList()) {
            if (m.getStatus() == Meeting.Status.IN_PROGRESS
                    ? p.presentAt(now)
                    : m.getStatus() == Meeting.Status.ADJOURNED) {
                out.add(p.getPerson().getId());
            }
        }
        return out;
    }

    List<AgendaItem> items(Meeting m) {
        return em
                .createQuery("select i from AgendaItem i where i.meeting = :m and i.status = :s", AgendaItem.class)
                .setParameter("m", m)
                .setParameter("s", AgendaItem.Status.ON_AGENDA)
                .getResultList()
                .stream()
                .sorted(Comparator.comparing(AgendaItem::getSection).thenComparing(AgendaItem::getPosition))
                .toList();
    }

    List<Recusal> recusals(AgendaItem i) {
        return em.createQuery(
                        "select r from Recusal r join fetch r.person where r.item = :i order by r.declaredAt, r.id",
                        Recusal.class)
                .setParameter("i", i)
                .getResultList();
    }

    List<SummaryBullet> bullets(AgendaItem i) {
        return em.createQuery(
                        "select b from SummaryBullet b where b.item = :i order by b.side, b.position",
                        SummaryBullet.class)
                .setParameter("i", i)
                .getResultList();
    }

    List<Concurrence> concurrences(AgendaItem i) {
        return em.createQuery(
                        "select c from Concurrence c join fetch c.person where c.item = :i order by c.concurredAt, c.id",
                        Concurrence.class)
                .setParameter("i", i)
                .getResultList();
    }

    Optional<TabRecommendation> recommendation(AgendaItem i) {
        return em.createQuery("select r from TabRecommendation r where r.item = :i", TabRecommendation.class)
                .setParameter("i", i)
                .getResultStream()
                .findFirst();
    }

    List<DoiReferral> referrals(AgendaItem i) {
        return em.createQuery(
                        "select r from DoiReferral r join fetch r.person where r.item = :i order by r.sentOn, r.id",
                        DoiReferral.class)
                .setParameter("i", i)
                .getResultList();
    }

    private Map<Long, TabDeclaration> declarations(Meeting m) {
        Map<Long, TabDeclaration> out = new HashMap<>();
        em.createQuery("select d from TabDeclaration d where d.meeting = :m", TabDeclaration.class)
                .setParameter("m", m)
                .getResultList()
                .forEach(d -> out.put(d.getPerson().getId(), d));
        return out;
    }

    static TabViews.BulletView bullet(SummaryBullet b) {
        return new TabViews.BulletView(
                b.getId(), b.getSide().name(), b.getPosition(), b.getText(), b.getWrittenBy(), b.getWrittenAt());
    }

    static TabViews.RecommendationView recommendation(TabRecommendation r) {
        return new TabViews.RecommendationView(
                r.getId(),
                r.getItem().getId(),
                r.getText(),
                r.getMadeAt(),
                r.getRecordedBy(),
                r.getProposedInterpretation(),
                r.getProposedBy(),
                r.getProposedOn(),
                r.getDecision() == null ? null : r.getDecision().name(),
                r.getDecisionText(),
                r.getDecidedBy(),
                r.getDecidedOn());
    }

    static TabViews.ReferralView referral(DoiReferral r) {
        return new TabViews.ReferralView(
                r.getId(),
                r.getItem().getMeeting().getId(),
                r.getItem().getId(),
                r.getItem().getTitle(),
                r.getPerson().getId(),
                r.getPerson().getFullName(),
                r.getReason(),
                r.getSentOn(),
                r.getStatus().name(),
                r.getAnsweredOn(),
                r.getAnswer(),
                r.getClosedOn(),
                r.getRecordedBy());
    }
}
