package org.tryon.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** The idempotency keys on a real MariaDB (V4): one record per user and key, a twin waits, old keys are forgotten. */
class IdempotencyStorePersistenceTest {

    static TestPersistence db;
    static final Instant NOW = Instant.parse("2031-03-14T14:00:00Z");

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated());
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static IdempotencyStore store(jakarta.persistence.EntityManager em, Instant now) {
        IdempotencyStore s = new IdempotencyStore();
        s.em = em;
        s.clock = Clock.fixed(now, ZoneId.of("America/New_York"));
        s.keepHours = 24;
        return s;
    }

    private static java.util.Optional<IdempotentRequest> look(String user, String key, Instant expiry) {
        return db.inTransaction(em -> IdempotencyStore.lookUp(em, user, key, expiry));
    }

    @Test
    @DisplayName(
            "a recorded write keeps its answer (status, type, Location, body) for the same user and key; another user's key is another key")
    void aRecordKeepsItsAnswer() {
        byte[] body = "{\"id\":7}".getBytes(StandardCharsets.UTF_8);
        db.run(em -> {
            IdempotencyStore s = store(em, NOW);
            IdempotentRequest r = s.begin("tech", "k-1", "POST", "/api/v1/ledger/accounts/3/payments", "a".repeat(64))
                    .orElseThrow();
            s.answered(r, 201, "application/json", "http://localhost/api/v1/ledger/accounts/3", body);
        });
        IdempotentRequest stored = db.inTransaction(em ->
                IdempotencyStore.lookUp(em, "tech", "k-1", NOW.minusSeconds(1)).orElseThrow());
        assertThat(stored.getStatus()).isEqualTo(201);
        assertThat(stored.getContentType()).isEqualTo("application/json");
        assertThat(stored.getLocation()).isEqualTo("http://localhost/api/v1/ledger/accounts/3");
        assertThat(stored.getBody()).isEqualTo(body);
        assertThat(stored.sameRequest("a".repeat(64))).isTrue();
        assertThat(stored.sameRequest("b".repeat(64))).isFalse();
        assertThat(look("clerk", "k-1", NOW.minusSeconds(1))).isEmpty();
        assertThat(db.<Boolean>inTransaction(em -> store(em, NOW)
                        .begin("clerk", "k-1", "POST", "/api/v1/x", "c".repeat(64))
                        .isPresent()))
                .isTrue();
    }

    @Test
    @DisplayName(
            "twins with the same key wait until the first write commits and then find the key taken, without a deadlock")
    void aTwinWaitsAndIsRefused() throws Exception {
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(1);
        ExecutorService four = Executors.newFixedThreadPool(4);
        try {
            Future<?> first = two.submit(() -> db.run(em -> {
                IdempotencyStore s = store(em, NOW);
                IdempotentRequest r = s.begin("tech", "k-twin", "POST", "/api/v1/x", "d".repeat(64))
                        .orElseThrow();
                recorded.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                s.answered(r, 200, "application/json", null, new byte[0]);
            }));
            assertThat(recorded.await(10, TimeUnit.SECONDS)).isTrue();
            long started = System.nanoTime();
            List<Future<Boolean>> twins = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                twins.add(four.submit(() -> db.inTransaction(em -> store(em, NOW)
                        .begin("tech", "k-twin", "POST", "/api/v1/x", "d".repeat(64))
                        .isPresent())));
            }
            Thread.sleep(1000);
            assertThat(twins).as("the twins wait on the first write's key").noneMatch(Future::isDone);
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            for (Future<Boolean> twin : twins) {
                assertThat(twin.get(20, TimeUnit.SECONDS))
                        .as("the key is taken once the first write committed; no twin deadlocks")
                        .isFalse();
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        } finally {
            four.shutdownNow();
            two.shutdownNow();
        }
    }

    @Test
    @DisplayName(
            "five writes with the same key sent at the same moment: one records it, the four others find it taken once it "
                    + "committed; none deadlocks")
    void fiveAtOnceRecordOnce() throws Exception {
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(5);
        ExecutorService five = Executors.newFixedThreadPool(5);
        try {
            List<Future<Boolean>> writes = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                writes.add(five.submit(() -> db.inTransaction(em -> {
                    try {
                        start.await(10, TimeUnit.SECONDS);
                        java.util.Optional<IdempotentRequest> r =
                                store(em, NOW).begin("tech", "k-five", "POST", "/api/v1/x", "9".repeat(64));
                        if (r.isPresent()) {
                            Thread.sleep(500); // the write itself
                            store(em, NOW).answered(r.get(), 201, "application/json", null, new byte[0]);
                        }
                        return r.isPresent();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })));
            }
            List<Boolean> recorded = new ArrayList<>();
            for (Future<Boolean> w : writes) {
                recorded.add(w.get(60, TimeUnit.SECONDS));
            }
            assertThat(recorded).containsOnlyOnce(true);
        } finally {
            five.shutdownNow();
        }
    }

    @Test
    @DisplayName(
            "tryon.idempotency.keep-hours (24): a key is remembered 24 hours; later it is forgotten, purged, and may be used again")
    void oldKeysAreForgotten() {
        db.run(em -> store(em, NOW)
                .answered(
                        store(em, NOW)
                                .begin("tech", "k-old", "POST", "/api/v1/x", "e".repeat(64))
                                .orElseThrow(),
                        200,
                        null,
                        null,
                        new byte[0]));
        Instant dayLater = NOW.plus(Duration.ofHours(24));
        assertThat(look("tech", "k-old", dayLater.minus(Duration.ofHours(24)))).isPresent();
        Instant past = dayLater.plusSeconds(1);
        assertThat(look("tech", "k-old", past.minus(Duration.ofHours(24)))).isEmpty();
        // used again before the purge: looking it up removes the forgotten record, and the key is free
        assertThat(db.<Boolean>inTransaction(
                        em -> store(em, past).find("tech", "k-old").isPresent()))
                .isFalse();
        assertThat(db.<Boolean>inTransaction(em -> store(em, past)
                        .begin("tech", "k-old", "PUT", "/api/v1/y", "f".repeat(64))
                        .isPresent()))
                .isTrue();
        int purged = db.inTransaction(
                em -> store(em, past.plus(Duration.ofHours(25))).purge());
        assertThat(purged).isGreaterThanOrEqualTo(1);
        long left = db.inTransaction(
                em -> em.createQuery("select count(r) from IdempotentRequest r where r.key = 'k-old'", Long.class)
                        .getSingleResult());
        assertThat(left).isZero();
    }
}
