package org.tryon.governance.tab.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.governance.meetings.domain.AgendaItem;
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.governance.module.infrastructure.GovernanceDemoData;
import org.tryon.governance.roster.domain.Commission;
import org.tryon.governance.roster.domain.Person;
import org.tryon.governance.tab.domain.Concurrence;
import org.tryon.governance.tab.domain.DoiReferral;
import org.tryon.governance.tab.domain.ItemProject;
import org.tryon.governance.tab.domain.MemberLink;
import org.tryon.governance.tab.domain.SummaryBullet;
import org.tryon.governance.tab.domain.TabDeclaration;
import org.tryon.governance.tab.domain.TabRecommendation;
import org.tryon.permitting.api.PermitParties.PartyKind;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** The TAB's conflicts, referrals, summaries and recommendations on a real MariaDB (107.2.4 I-K). */
class TabPersistenceTest {

    static TestPersistence db;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("governance"), "META-INF/orm-governance.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private record Ids(long item, long person, long meeting) {}

    private static Ids tabItem(String code) {
        return db.inTransaction(em -> {
            Commission tab = new Commission(code, "Technical Advisory Board", GovernanceDemoData.TAB_SEATS);
            em.persist(tab);
            Person doyle = new Person("Cameron Doyle " + code, null, null, null, true);
            em.persist(doyle);
            LocalDateTime start = LocalDateTime.of(2026, 11, 19, 10, 0);
            Meeting m = new Meeting(
                    tab, Meeting.Kind.REGULAR, start, "Hal Marshall Center", null, start.minusDays(30), "clerk");
            em.persist(m);
            AgendaItem item = new AgendaItem(
                    m,
                    AgendaItem.Section.NEW_BUSINESS,
                    1,
                    "Unvented attics",
                    null,
                    "Marcus Reed",
                    start.minusDays(7),
                    null,
                    "clerk");
            item.topic(
                    "Vents asked for",
                    "R806.5",
                    "No vents needed",
                    "R806.5 allows it",
                    false,
                    "TCA building",
                    "B-2026-000001");
            em.persist(item);
            return new Ids(item.getId(), doyle.getId(), m.getId());
        });
    }

    @Test
    @DisplayName("107.2.4 J.1: a member's link to a permit party is kept by permitting's id, and kept when removed")
    void linkKeptAndRemoved() {
        Ids ids = tabItem("TABL");
        long link = db.inTransaction(em -> {
            MemberLink l = new MemberLink(
                    em.find(Person.class, ids.person()),
                    PartyKind.CONTRACTOR,
                    40,
                    "Queen City Builders, Inc.",
                    "employer",
                    LocalDateTime.of(2026, 11, 1, 9, 0),
                    "clerk");
            em.persist(l);
            em.persist(new ItemProject(ids.item(), 12, "clerk"));
            return l.getId();
        });
        db.inTransaction(em -> {
            em.find(MemberLink.class, link).remove(LocalDateTime.of(2026, 12, 1, 9, 0), "clerk");
            return null;
        });
        MemberLink stored = db.inTransaction(em -> em.find(MemberLink.class, link));
        assertThat(stored.getPartyKind()).isEqualTo(PartyKind.CONTRACTOR);
        assertThat(stored.getPartyId()).isEqualTo(40);
        assertThat(stored.active()).isFalse();
        long project =
                db.inTransaction(em -> em.find(ItemProject.class, ids.item()).getProjectId());
        assertThat(project).isEqualTo(12);
    }

    @Test
    @DisplayName(
            "107.2.4 I, J.1, J.2, K: declaration, pro/con bullets, a concurrence once per member, the recommendation with its decision, a referral answered")
    void summaryConcurrenceRecommendationReferral() {
        Ids ids = tabItem("TABR");
        LocalDateTime at = LocalDateTime.of(2026, 11, 19, 10, 30);
        long recommendation = db.inTransaction(em -> {
            AgendaItem item = em.find(AgendaItem.class, ids.item());
            Person p = em.find(Person.class, ids.person());
            em.persist(new TabDeclaration(em.find(Meeting.class, ids.meeting()), p, at, 1, "clerk"));
            em.persist(new SummaryBullet(item, SummaryBullet.Side.PRO, 1, "Keeps the air barrier whole", "tca", at));
            em.persist(
                    new SummaryBullet(item, SummaryBullet.Side.CON, 1, "Moisture risk in climate zone 4", "tca", at));
            em.persist(new Concurrence(item, p, at, "clerk"));
            TabRecommendation r = new TabRecommendation(item, "Accept unvented attics meeting R806.5", at, "clerk");
            em.persist(r);
            DoiReferral d = new DoiReferral(
                    item,
                    p,
                    "Member's firm holds the permit",
                    LocalDate.of(2026, 11, 20),
                    LocalDate.of(2026, 12, 6),
                    "clerk");
            em.persist(d);
            d.answer("Evaluation agrees", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 6));
            return r.getId();
        });
        db.inTransaction(em -> {
            TabRecommendation r = em.find(TabRecommendation.class, recommendation);
            r.propose("Unvented attics meeting R806.5 need no vents", "tca", LocalDate.of(2026, 11, 25));
            r.decide(
                    TabRecommendation.Decision.MODIFIED,
                    "Need no vents where the foam is at least R-20",
                    "director",
                    LocalDate.of(2026, 11, 30));
            return null;
        });
        TabRecommendation r = db.inTransaction(em -> em.find(TabRecommendation.class, recommendation));
        assertThat(r.getDecision()).isEqualTo(TabRecommendation.Decision.MODIFIED);
        assertThat(r.getDecidedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        List<String> bullets = db.inTransaction(em -> em
                .createQuery(
                        "select b.side from SummaryBullet b where b.item.id = :i order by b.side",
                        SummaryBullet.Side.class)
                .setParameter("i", ids.item())
                .getResultList()
                .stream()
                .map(Enum::name)
                .toList());
        assertThat(bullets).containsExactlyInAnyOrder("PRO", "CON");
        DoiReferral.Status status = db.inTransaction(em -> em.createQuery(
                        "select d.status from DoiReferral d where d.item.id = :i", DoiReferral.Status.class)
                .setParameter("i", ids.item())
                .getSingleResult());
        assertThat(status).isEqualTo(DoiReferral.Status.ANSWERED);

        assertThatThrownBy(() -> db.inTransaction(em -> {
                    em.persist(new Concurrence(
                            em.find(AgendaItem.class, ids.item()), em.find(Person.class, ids.person()), at, "clerk"));
                    em.flush();
                    return null;
                }))
                .as("one concurrence per member and item")
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> db.inTransaction(em -> {
                    em.persist(new TabRecommendation(em.find(AgendaItem.class, ids.item()), "Another", at, "clerk"));
                    em.flush();
                    return null;
                }))
                .as("one recommendation per item")
                .isInstanceOf(RuntimeException.class);
    }
}
