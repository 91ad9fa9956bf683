package org.tryon.inspections.assignment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import org.tryon.inspections.assignment.domain.InspectionAssignment;
import org.tryon.inspections.assignment.domain.InspectionDistrict;
import org.tryon.inspections.assignment.domain.Inspector;
import org.tryon.inspections.register.domain.InspectablePermit;
import org.tryon.inspections.requests.domain.InspectionRequest;
import org.tryon.inspections.requests.domain.InspectionType;
import org.tryon.inspections.requests.domain.UrgentReason;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.migration.Migrations;
import org.tryon.platform.migration.ModuleSchema;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/**
 * Inspectors, districts, urgent requests and the assignment log (V5) on a real MariaDB: the
 * entities match the tables (and their audit tables), the seeded districts find a ZIP code, and
 * V5 gives the requests made before it the district of their permit's ZIP code.
 */
class AssignmentPersistenceTest {

    static TestPersistence db;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("inspections"), "META-INF/orm-inspections.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static Inspector.Profile profile(String user, Set<Trade> trades, Set<String> districts, int capacity) {
        return new Inspector.Profile(user, "Inspector " + user, "704-555-0150", trades, districts, capacity, true);
    }

    @Test
    @DisplayName(
            "districts are data: every seeded ZIP code belongs to one district, found from the ZIP code ending an address")
    void seededDistricts() {
        List<InspectionDistrict> districts = db.inTransaction(
                em -> em.createQuery("select d from InspectionDistrict d order by d.code", InspectionDistrict.class)
                        .getResultList());
        assertThat(districts)
                .extracting(InspectionDistrict::getCode)
                .containsExactly("CENTER", "EAST", "NORTH", "SOUTH", "WEST");
        assertThat(districts).allSatisfy(d -> assertThat(d.getZipCodes()).isNotEmpty());
        String zip =
                InspectionDistrict.zipOf("700 N Tryon St, Charlotte, NC 28202").orElseThrow();
        assertThat(db.<String>inTransaction(em -> em.createQuery(
                                "select d.code from InspectionDistrict d join d.zipCodes z where z = :zip",
                                String.class)
                        .setParameter("zip", zip)
                        .getSingleResult()))
                .isEqualTo("CENTER");
    }

    @Test
    @DisplayName("inspectors keep their trades, districts and capacity, audited; a login belongs to one inspector")
    void inspectorsAreStoredAndAudited() {
        long id = db.inTransaction(em -> {
            Inspector i = new Inspector(
                    profile("pat", Set.of(Trade.ELECTRICAL, Trade.BUILDING), Set.of("CENTER", "SOUTH"), 11));
            em.persist(i);
            return i.getId();
        });
        db.run(em -> em.find(Inspector.class, id).update(profile("pat", Set.of(Trade.ELECTRICAL), Set.of("WEST"), 9)));
        Inspector stored = db.inTransaction(em -> em.find(Inspector.class, id));
        assertThat(stored.getTrades()).containsExactly(Trade.ELECTRICAL);
        assertThat(stored.getDistricts()).containsExactly("WEST");
        assertThat(stored.getDailyCapacity()).isEqualTo(9);
        long revisions = db.inTransaction(
                em -> ((Number) em.createNativeQuery("select count(*) from insp_inspector_aud where id = " + id)
                                .getSingleResult())
                        .longValue());
        assertThat(revisions).isEqualTo(2);
        long tradeRows = db.inTransaction(em -> ((Number)
                        em.createNativeQuery("select count(*) from insp_inspector_trade_aud where inspector_id = " + id)
                                .getSingleResult())
                .longValue());
        assertThat(tradeRows)
                .as("added electrical, building; then removed building")
                .isEqualTo(3);
        assertThatThrownBy(() -> db.run(
                        em -> em.persist(new Inspector(profile("pat", Set.of(Trade.PLUMBING), Set.of("EAST"), 8)))))
                .as("a login belongs to one inspector")
                .rootCause()
                .hasMessageContaining("uk_insp_inspector_user");
        assertThatThrownBy(() -> db.run(
                        em -> em.persist(new Inspector(profile("lee", Set.of(Trade.PLUMBING), Set.of("NOWHERE"), 8)))))
                .as("a district that is not one of the county's")
                .rootCause()
                .hasMessageContaining("fk_insp_inspector_district_district");
    }

    @Test
    @DisplayName(
            "all inspectors with their trades and districts in three queries, however many inspectors (the board, the list)")
    void allInspectorsWithoutOneQueryPerInspector() {
        db.run(em -> {
            for (int n = 0; n < 6; n++) {
                em.persist(new Inspector(profile(
                        "batch" + n,
                        n % 2 == 0 ? Set.of(Trade.BUILDING, Trade.PLUMBING) : Set.of(Trade.ELECTRICAL),
                        Set.of("NORTH", n % 3 == 0 ? "EAST" : "WEST"),
                        8)));
            }
        });
        Statistics statistics = db.inTransaction(
                em -> em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics());
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            List<Inspector> all = db.inTransaction(em ->
                    em.createQuery("select i from Inspector i", Inspector.class).getResultList());

            assertThat(all).hasSizeGreaterThanOrEqualTo(6);
            assertThat(statistics.getPrepareStatementCount())
                    .as("the inspectors, their trades, their districts")
                    .isEqualTo(3);
            Inspector third = all.stream()
                    .filter(i -> "batch2".equals(i.getUserName()))
                    .findFirst()
                    .orElseThrow();
            assertThat(third.getTrades()).containsExactlyInAnyOrder(Trade.BUILDING, Trade.PLUMBING);
            assertThat(third.getDistricts()).containsExactly("NORTH", "WEST");
            Inspector fourth = all.stream()
                    .filter(i -> "batch3".equals(i.getUserName()))
                    .findFirst()
                    .orElseThrow();
            assertThat(fourth.getTrades()).containsExactly(Trade.ELECTRICAL);
            assertThat(fourth.getDistricts()).containsExactly("EAST", "NORTH");
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    @DisplayName(
            "Outage notice of December 2017: a request keeps its district, inspector and urgent reason; each assignment change is logged")
    void requestAssignmentAndLog() {
        long inspector = db.inTransaction(em -> {
            Inspector i = new Inspector(profile(null, Set.of(Trade.BUILDING), Set.of("CENTER"), 10));
            em.persist(i);
            return i.getId();
        });
        long requestId = db.inTransaction(em -> {
            em.persist(new InspectablePermit(
                    77,
                    "B-2026-000077",
                    Trade.BUILDING,
                    PermitHolder.contractor(7, "Queen City Builders"),
                    "700 N Tryon St, Charlotte, NC 28202",
                    LocalDate.of(2026, 11, 2)));
            em.flush();
            InspectionRequest r = new InspectionRequest(
                    em.find(InspectablePermit.class, 77L),
                    em.find(InspectionType.class, "BLD-FOOTING"),
                    LocalDate.of(2026, 11, 24),
                    LocalDate.of(2026, 11, 24),
                    "Pat Smith",
                    null,
                    Instant.EPOCH);
            r.markUrgent(UrgentReason.HOME_PURCHASE_CLOSING, null);
            em.persist(r);
            em.flush();
            r.locatedIn("CENTER");
            r.assignTo(inspector);
            em.persist(new InspectionAssignment(
                    r.getId(),
                    InspectionAssignment.Kind.AUTOMATIC,
                    inspector,
                    null,
                    false,
                    "least loaded",
                    Instant.EPOCH,
                    "tech"));
            return r.getId();
        });
        InspectionRequest stored = db.inTransaction(em -> em.find(InspectionRequest.class, requestId));
        assertThat(stored.getInspectorId()).isEqualTo(inspector);
        assertThat(stored.getDistrictCode()).isEqualTo("CENTER");
        assertThat(stored.isUrgent()).isTrue();
        assertThat(stored.getUrgentReason()).isEqualTo(UrgentReason.HOME_PURCHASE_CLOSING);
        List<InspectionAssignment> log = db.inTransaction(em -> em.createQuery(
                        "select a from InspectionAssignment a where a.requestId = :r", InspectionAssignment.class)
                .setParameter("r", requestId)
                .getResultList());
        assertThat(log).singleElement().satisfies(a -> {
            assertThat(a.getKind()).isEqualTo(InspectionAssignment.Kind.AUTOMATIC);
            assertThat(a.getInspectorId()).isEqualTo(inspector);
        });
        assertThatThrownBy(() ->
                        db.run(em -> em.find(InspectionRequest.class, requestId).assignTo(999_999L)))
                .as("a request is assigned only to an inspector on record")
                .rootCause()
                .hasMessageContaining("fk_insp_request_inspector");
    }

    @Test
    @DisplayName(
            "V5: requests made before it get the district of their permit's ZIP code (ZIP+4 too); an unknown ZIP code leaves none")
    void backfillOfDistricts() throws Exception {
        MariaDbDataSource ds = new MariaDbDataSource(TestDatabase.emptyDatabaseUrl());
        ds.setUser("root");
        ds.setPassword("");
        Migrations.migrate(
                ds, List.of(new ModuleSchema("platform", 0)), getClass().getClassLoader());
        Flyway.configure(getClass().getClassLoader())
                .dataSource(ds)
                .locations("classpath:db/migration/inspections")
                .table("inspections_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .target("4")
                .load()
                .migrate();
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(
                    "insert into insp_permit (permit_id, permit_number, trade, holder_id, holder_name, holder_kind, address, status, "
                            + "issued_on, version) values (1, 'B-1', 'BUILDING', 7, 'Builder', 'CONTRACTOR', '12 Sharon Ln, Charlotte, NC 28211-1234', "
                            + "'ISSUED', '2026-01-05', 0), (2, 'B-2', 'BUILDING', 7, 'Builder', 'CONTRACTOR', '1 Main St, Gastonia, NC 28052', 'ISSUED', "
                            + "'2026-01-05', 0)");
            s.executeUpdate(
                    "insert into insp_request (id, permit_id, permit_number, inspection_type, scheduled_for, requested_by, status, "
                            + "created_at, version) values (1, 1, 'B-1', 'BLD-FOOTING', '2026-01-06', 'Pat', 'REQUESTED', now(), 0), "
                            + "(2, 2, 'B-2', 'BLD-FOOTING', '2026-01-06', 'Pat', 'REQUESTED', now(), 0)");
        }
        Migrations.migrate(
                ds,
                List.of(new ModuleSchema("platform", 0), new ModuleSchema("inspections", 1)),
                getClass().getClassLoader());
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select id, district_code, inspector_id from insp_request order by id")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString("district_code")).isEqualTo("SOUTH");
            assertThat(r.getObject("inspector_id")).isNull();
            assertThat(r.next()).isTrue();
            assertThat(r.getString("district_code")).isNull();
        }
    }
}
