package org.tryon.permitting.module.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.parties.domain.ContractorFirm;
import org.tryon.permitting.parties.domain.DesignProfessional;
import org.tryon.permitting.parties.domain.HomeownerDeclaration;
import org.tryon.permitting.parties.domain.Owner;
import org.tryon.permitting.permits.domain.Fixtures;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.permitting.permits.domain.PermitStatusChange;
import org.tryon.permitting.permits.domain.Project;
import org.tryon.permitting.plans.domain.PlanSubmission;
import org.tryon.permitting.plans.domain.ReviewDiscipline;
import org.tryon.permitting.plans.domain.ReviewResult;
import org.tryon.platform.audit.AuditHistory;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** Permitting's tables on a real MariaDB, created by its migrations and validated against its entities. */
class PermittingPersistenceTest {

    static TestPersistence db;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("permitting"), "META-INF/orm-permitting.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    @DisplayName("108.3: a permit is kept with its number, and its issue is in its history with before and after")
    void permitIsStoredAndItsIssueAudited() {
        long id = db.inTransaction(em -> {
            return Fixtures.persistedPermit(em, Trade.BUILDING, "GC-1", 385_000, LocalDate.of(2026, 11, 23))
                    .getId();
        });
        db.run(em -> em.persist(em.find(Permit.class, id)
                .issue(LocalDate.of(2026, 11, 24), Instant.parse("2026-11-24T14:00:00Z"), "tech")));
        PermitStatusChange change = db.inTransaction(em -> em.createQuery(
                        "select c from PermitStatusChange c where c.permitId = :id", PermitStatusChange.class)
                .setParameter("id", id)
                .getSingleResult());
        assertThat(change.getTo()).isEqualTo(PermitStatus.ISSUED);
        assertThat(change.getReason()).contains("108.8");

        Permit stored = db.inTransaction(em -> em.find(Permit.class, id));
        assertThat(stored.getNumber()).isEqualTo("B-2026-" + String.format("%06d", id));
        assertThat(stored.getStatus()).isEqualTo(PermitStatus.ISSUED);
        assertThat(stored.getConstructionValue()).isEqualTo(Money.of(385000));

        List<HistoryEntry> history = db.inTransaction(em -> AuditHistory.of(em, Permit.class, id));
        assertThat(history).extracting(HistoryEntry::change).containsExactly("changed", "created");
        assertThat(history.get(0).fields())
                .contains(
                        new HistoryEntry.FieldChange("status", "APPLIED", "ISSUED"),
                        new HistoryEntry.FieldChange("issuedBy", null, "tech"));
    }

    @Test
    @DisplayName("106: a license number is registered once per trade")
    void aLicenseIsRegisteredOncePerTrade() {
        db.run(em -> em.persist(Fixtures.firm("A", "DUP-1", Trade.ELECTRICAL)));
        db.run(em -> em.persist(Fixtures.firm("A plumbing arm", "DUP-1", Trade.PLUMBING)));
        assertThatThrownBy(() -> db.run(em -> em.persist(Fixtures.firm("B", "dup-1", Trade.ELECTRICAL))))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    @DisplayName(
            "108.7, 106, 108.8 E: bonds, design professionals, plan reviews and a homeowner's permit are kept, with history")
    void partiesProjectsAndPlanReviewAreStored() {
        long submissionId = db.inTransaction(em -> {
            ContractorFirm firm = Fixtures.firm("Bonded Builders", "GC-77", Trade.BUILDING);
            firm.fileBond("Carolina Surety", "B-77", Money.of(10_000), LocalDate.of(2026, 1, 1));
            em.persist(firm);
            DesignProfessional architect = new DesignProfessional(
                    "Dana Whitfield",
                    DesignProfessional.Profession.ARCHITECT,
                    "nc-1",
                    null,
                    "400 S Tryon St",
                    Instant.EPOCH);
            em.persist(architect);
            Owner owner = Fixtures.owner();
            em.persist(owner);
            Project house = Fixtures.house(owner);
            em.persist(house);
            em.persist(new Permit(
                    Trade.ELECTRICAL,
                    house,
                    null,
                    new HomeownerDeclaration("Jordan Reed", LocalDate.of(2026, 11, 2), 12),
                    null,
                    "Kitchen",
                    Money.of(8500),
                    LocalDate.of(2026, 11, 2),
                    "Jordan Reed"));
            PlanSubmission s = new PlanSubmission(
                    house,
                    null,
                    "Set 1",
                    "Dana Whitfield",
                    "400 S Tryon St",
                    architect,
                    List.of(ReviewDiscipline.BUILDING),
                    LocalDate.of(2026, 11, 2),
                    "tech");
            em.persist(s);
            return s.getId();
        });
        db.run(em -> em.find(PlanSubmission.class, submissionId)
                .recordResult(
                        ReviewDiscipline.BUILDING, ReviewResult.APPROVED, null, "reviewer", LocalDate.of(2026, 11, 9)));
        PlanSubmission stored = db.inTransaction(em -> {
            PlanSubmission s = em.find(PlanSubmission.class, submissionId);
            s.getSealedBy().getName();
            return s;
        });
        assertThat(stored.allApproved()).isTrue();
        assertThat(stored.getSealedBy().getRegistrationNumber()).isEqualTo("NC-1");
        Permit homeowners = db.inTransaction(em -> em.createQuery(
                        "select p from Permit p join fetch p.project j join fetch j.owner "
                                + "where p.homeowner.declaredBy = 'Jordan Reed'",
                        Permit.class)
                .getSingleResult());
        assertThat(homeowners.getContractor()).isNull();
        assertThat(homeowners.holder().name()).isEqualTo("Jordan Reed");
        long rules = db.inTransaction(em ->
                em.createQuery("select count(r) from PlanRule r", Long.class).getSingleResult());
        assertThat(rules).as("the migration's initial plan rules").isGreaterThanOrEqualTo(7L);
    }
}
