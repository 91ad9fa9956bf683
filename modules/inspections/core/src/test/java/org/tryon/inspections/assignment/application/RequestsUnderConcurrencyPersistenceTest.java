package org.tryon.inspections.assignment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.LockModeType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import org.tryon.inspections.assignment.domain.Inspector;
import org.tryon.inspections.register.domain.InspectablePermit;
import org.tryon.inspections.requests.application.InspectionRequests;
import org.tryon.inspections.requests.domain.InspectionRequest;
import org.tryon.inspections.requests.domain.InspectionType;
import org.tryon.inspections.requests.domain.RequestedOnce;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.migration.Migrations;
import org.tryon.platform.migration.ModuleSchema;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/**
 * Requests under concurrency on a real MariaDB (ADR 0024): the load of an inspector's day is read as
 * committed even by a transaction whose snapshot is older, and the database refuses a second request
 * not cancelled for the same permit, inspection type and day (V18), leaving requests stored twice
 * before V18 readable and marked.
 */
class RequestsUnderConcurrencyPersistenceTest {

    static TestPersistence db;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("inspections"), "META-INF/orm-inspections.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static long inspector(String name, int capacity) {
        return db.inTransaction(em -> {
            Inspector i = new Inspector(new Inspector.Profile(
                    null, name, "704-555-0150", Set.of(Trade.BUILDING), Set.of("WEST"), capacity, true));
            em.persist(i);
            return i.getId();
        });
    }

    private static void permit(long id) {
        db.run(em -> em.persist(new InspectablePermit(
                id,
                "B-2026-" + id,
                Trade.BUILDING,
                PermitHolder.contractor(7, "Queen City Builders"),
                "4100 West Blvd, Charlotte, NC 28208",
                LocalDate.of(2026, 11, 2))));
    }

    /** A request not cancelled, stored and committed; assigned to {@code inspectorId} when not null. */
    private static long request(long permitId, String type, LocalDate day, Long inspectorId) {
        return db.inTransaction(em -> {
            InspectionRequest r = new InspectionRequest(
                    em.find(InspectablePermit.class, permitId),
                    em.find(InspectionType.class, type),
                    day,
                    day,
                    "Pat Smith",
                    null,
                    Instant.EPOCH);
            em.persist(r);
            r.locatedIn("WEST");
            r.assignTo(inspectorId);
            return r.getId();
        });
    }

    @Test
    @DisplayName(
            "assignment (108.10 C, capacity): the load is read as committed, not from the snapshot a transaction took before it "
                    + "locked the inspector, so a request committed meanwhile is counted")
    void loadIsReadAsCommitted() throws Exception {
        long inspector = inspector("Lockwood", 2);
        permit(9101);
        LocalDate day = LocalDate.of(2027, 3, 10);
        request(9101, "BLD-FOOTING", day, inspector);
        CountDownLatch snapshotTaken = new CountDownLatch(1);
        CountDownLatch committedMeanwhile = new CountDownLatch(1);
        CompletableFuture<int[]> assigning = CompletableFuture.supplyAsync(() -> db.inTransaction(em -> {
            // the request's transaction reads first (the permit, the type...): its REPEATABLE READ snapshot is taken
            // here
            em.find(InspectablePermit.class, 9101L);
            int before = ((Number)
                            em.createNativeQuery("select count(*) from insp_request where inspector_id = " + inspector)
                                    .getSingleResult())
                    .intValue();
            snapshotTaken.countDown();
            await(committedMeanwhile);
            em.find(Inspector.class, inspector, LockModeType.PESSIMISTIC_WRITE);
            InspectionAssignments assignments = new InspectionAssignments();
            assignments.em = em;
            Map<Long, Integer> loads = assignments.loads(day, List.of(inspector));
            int snapshot = ((Number)
                            em.createNativeQuery("select count(*) from insp_request where inspector_id = " + inspector)
                                    .getSingleResult())
                    .intValue();
            return new int[] {before, snapshot, loads.getOrDefault(inspector, 0)};
        }));
        await(snapshotTaken);
        request(9101, "BLD-FOUNDATION", day, inspector);
        committedMeanwhile.countDown();
        int[] seen = assigning.get(30, TimeUnit.SECONDS);
        assertThat(seen[0]).as("one request before").isEqualTo(1);
        assertThat(seen[1])
                .as("the snapshot still sees one: a plain count would let a third request in")
                .isEqualTo(1);
        assertThat(seen[2]).as("the load as committed: the day is full").isEqualTo(2);
    }

    @Test
    @DisplayName(
            "assignment (108.10 C, capacity): the load's locking read does not wait for a request just made and not yet "
                    + "assigned (its transaction waits for the same inspectors: that wait would be a deadlock)")
    void loadDoesNotWaitForUnassignedRequests() throws Exception {
        long inspector = inspector("Gapless", 3);
        permit(9301);
        LocalDate day = LocalDate.of(2027, 3, 12);
        request(9301, "BLD-FOOTING", day, inspector);
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        CompletableFuture<Void> justMade = CompletableFuture.runAsync(() -> db.run(em -> {
            em.persist(new InspectionRequest(
                    em.find(InspectablePermit.class, 9301L),
                    em.find(InspectionType.class, "BLD-SLAB"),
                    day,
                    day,
                    "Pat Smith",
                    null,
                    Instant.EPOCH));
            em.flush();
            inserted.countDown();
            await(done);
        }));
        await(inserted);
        try {
            int load = db.inTransaction(em -> {
                em.createNativeQuery("set session innodb_lock_wait_timeout = 3").executeUpdate();
                em.find(Inspector.class, inspector, LockModeType.PESSIMISTIC_WRITE);
                InspectionAssignments assignments = new InspectionAssignments();
                assignments.em = em;
                return assignments.loads(day, List.of(inspector)).getOrDefault(inspector, 0);
            });
            assertThat(load).isEqualTo(1);
        } finally {
            done.countDown();
            justMade.get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    @DisplayName(
            "108.10.1 requested once: the database refuses a second open request for the same permit, type and day; "
                    + "another type, another day, or once the earlier request is answered (inspected, cancelled), it is fine")
    void secondRequestIsRefusedByTheDatabase() {
        permit(9201);
        LocalDate day = LocalDate.of(2027, 3, 11);
        long first = request(9201, "BLD-FOOTING", day, null);
        assertThatThrownBy(() -> request(9201, "BLD-FOOTING", day, null))
                .as("the same permit, type and day")
                .satisfies(e -> assertThat(InspectionRequests.violates(e, RequestedOnce.INDEX))
                        .isTrue());
        request(9201, "BLD-SLAB", day, null);
        request(9201, "BLD-FOOTING", day.plusDays(1), null);
        db.run(em -> em.createNativeQuery("update insp_request set status = 'INSPECTED' where id = " + first)
                .executeUpdate());
        long reinspection = request(9201, "BLD-FOOTING", day, null);
        assertThatThrownBy(() -> request(9201, "BLD-FOOTING", day, null))
                .as("the re-inspection is open")
                .satisfies(e -> assertThat(InspectionRequests.violates(e, RequestedOnce.INDEX))
                        .isTrue());
        db.run(em -> em.createNativeQuery("update insp_request set status = 'CANCELLED' where id = " + reinspection)
                .executeUpdate());
        long again = request(9201, "BLD-FOOTING", day, null);
        assertThat(again).isGreaterThan(first);
        assertThat(db.<InspectionRequest>inTransaction(em -> em.find(InspectionRequest.class, again))
                        .getDuplicateOf())
                .isNull();
        long audited = db.inTransaction(
                em -> ((Number) em.createNativeQuery("select count(*) from insp_request_aud where id = " + again)
                                .getSingleResult())
                        .longValue());
        assertThat(audited).as("the request is audited with its new column").isEqualTo(1);
    }

    @Test
    @DisplayName(
            "V18: open requests stored twice before it stay, readable; the later ones are marked duplicates of the earliest, which "
                    + "alone counts in the index; answered ones (inspected, cancelled) are left as they are")
    void earlierDuplicatesAreKeptAndMarked() throws Exception {
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
                .target("17")
                .load()
                .migrate();
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(
                    "insert into insp_permit (permit_id, permit_number, trade, holder_id, holder_name, holder_kind, address, status, "
                            + "issued_on, version) values (1, 'B-1', 'BUILDING', 7, 'Builder', 'CONTRACTOR', '12 Sharon Ln, Charlotte, NC 28211', "
                            + "'ISSUED', '2026-01-05', 0)");
            s.executeUpdate(
                    "insert into insp_request (id, permit_id, permit_number, inspection_type, scheduled_for, requested_by, status, "
                            + "created_at, version) values "
                            + "(1, 1, 'B-1', 'BLD-FOOTING', '2026-01-06', 'Pat', 'CANCELLED', now(), 0), "
                            + "(2, 1, 'B-1', 'BLD-FOOTING', '2026-01-06', 'Pat', 'REQUESTED', now(), 0), "
                            + "(3, 1, 'B-1', 'BLD-FOOTING', '2026-01-06', 'Pat', 'INSPECTED', now(), 0), "
                            + "(4, 1, 'B-1', 'BLD-FOOTING', '2026-01-06', 'Pat', 'REQUESTED', now(), 0), "
                            + "(5, 1, 'B-1', 'BLD-FOOTING', '2026-01-07', 'Pat', 'REQUESTED', now(), 0), "
                            + "(6, 1, 'B-1', 'BLD-SLAB', '2026-01-06', 'Pat', 'REQUESTED', now(), 0)");
        }
        Migrations.migrate(
                ds,
                List.of(new ModuleSchema("platform", 0), new ModuleSchema("inspections", 1)),
                getClass().getClassLoader());
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet r =
                    s.executeQuery("select id, status, duplicate_of, counts_once from insp_request order by id")) {
                StringBuilder rows = new StringBuilder();
                while (r.next()) {
                    rows.append(r.getLong("id"))
                            .append(' ')
                            .append(r.getString("status"))
                            .append(' ')
                            .append(r.getObject("duplicate_of"))
                            .append(' ')
                            .append(r.getObject("counts_once"))
                            .append('\n');
                }
                assertThat(rows.toString()).isEqualTo("""
                        1 CANCELLED null null
                        2 REQUESTED null 1
                        3 INSPECTED null null
                        4 REQUESTED 2 null
                        5 REQUESTED null 1
                        6 REQUESTED null 1
                        """);
            }
            assertThatThrownBy(
                            () -> s.executeUpdate(
                                    "insert into insp_request (permit_id, permit_number, inspection_type, scheduled_for, "
                                            + "requested_by, status, created_at, version) values (1, 'B-1', 'BLD-FOOTING', '2026-01-06', 'Pat', 'REQUESTED', now(), 0)"))
                    .as("the earliest still counts")
                    .hasMessageContaining(RequestedOnce.INDEX);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
