package org.tryon.platform.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/**
 * The hash chains on a real MariaDB (ADR 0055), over a table of things made for the test: appends in the records'
 * transactions, the start over records already there, concurrent writers, and a verification that finds every kind
 * of edit made behind the application's back.
 */
class AuditChainsPersistenceTest {

    static TestPersistence db;
    static final AtomicInteger TABLES = new AtomicInteger();

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated());
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    /** The things of one test: a table of its own and a chain of its own. */
    record Things(EntityManager em, String table) implements ChainSource {

        @Override
        public String chain() {
            return table;
        }

        @Override
        public String title() {
            return "Things";
        }

        @Override
        public Optional<ChainedRecord> record(long id) {
            return read("id = " + id, 1).stream().findFirst();
        }

        @Override
        public List<ChainedRecord> records(long afterId, int max) {
            return read("id > " + afterId, max);
        }

        private List<ChainedRecord> read(String where, int max) {
            List<ChainedRecord> out = new ArrayList<>();
            for (Object o : em.createNativeQuery(
                            "select id, name, cast(amount as char) from " + table + " where " + where + " order by id")
                    .setMaxResults(max)
                    .getResultList()) {
                Object[] r = (Object[]) o;
                long id = ((Number) r[0]).longValue();
                out.add(ChainedRecord.of("thing", id, "Thing " + id + " (" + r[1] + ")")
                        .field("name", r[1])
                        .field("amount", r[2])
                        .build());
            }
            return out;
        }
    }

    private static String newTable() {
        String table = "t_thing_" + TABLES.incrementAndGet();
        sql("create table " + table
                + " (id bigint not null auto_increment primary key, name varchar(100), amount decimal(10,2))");
        return table;
    }

    private static void sql(String statement) {
        db.run(em -> em.createNativeQuery(statement).executeUpdate());
    }

    /** A change made in the database by someone who first lifts the triggers that keep the links append-only. */
    private static void tamperWithLinks(String... statements) {
        db.run(em -> {
            em.createNativeQuery("drop trigger if exists plat_audit_chain_no_update")
                    .executeUpdate();
            em.createNativeQuery("drop trigger if exists plat_audit_chain_no_delete")
                    .executeUpdate();
            for (String statement : statements) {
                em.createNativeQuery(statement).executeUpdate();
            }
            em.createNativeQuery("create trigger plat_audit_chain_no_update before update on plat_audit_chain for"
                            + " each row signal sqlstate '45000' set message_text = 'plat_audit_chain is append-only'")
                    .executeUpdate();
            em.createNativeQuery("create trigger plat_audit_chain_no_delete before delete on plat_audit_chain for"
                            + " each row signal sqlstate '45000' set message_text = 'plat_audit_chain is append-only'")
                    .executeUpdate();
        });
    }

    /** Writes a thing and links it in one transaction, as a module's use case does. */
    private static long write(String table, String name, String amount) {
        return db.inTransaction(em -> {
            em.createNativeQuery("insert into " + table + " (name, amount) values (?1, ?2)")
                    .setParameter(1, name)
                    .setParameter(2, new java.math.BigDecimal(amount))
                    .executeUpdate();
            long id = ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
            new AuditChains(em).append(new Things(em, table), id);
            return id;
        });
    }

    private static ChainReport verify(String table) {
        return verify(table, Map.of());
    }

    private static ChainReport verify(String table, Map<Long, String> anchors) {
        return db.inTransaction(em -> new AuditChains(em).verify(new Things(em, table), anchors));
    }

    private static List<Finding.Kind> kinds(ChainReport r) {
        return r.findings().stream().map(Finding::kind).toList();
    }

    @Test
    @DisplayName("issue 18 audit: records written with their links verify intact; the chain's end is the head's")
    void writtenRecordsVerifyIntact() {
        String t = newTable();
        write(t, "a", "10.00");
        write(t, "b", "20.00");
        long c = write(t, "c", "30.00");
        ChainReport r = verify(t);
        assertThat(r.findings()).isEmpty();
        assertThat(r.intact()).isTrue();
        assertThat(r.links()).isEqualTo(3);
        assertThat(r.records()).isEqualTo(3);
        assertThat(r.lastSequence()).isEqualTo(3);
        String head = db.inTransaction(
                em -> (String) em.createNativeQuery("select last_hash from plat_audit_chain_head where chain = ?1")
                        .setParameter(1, t)
                        .getSingleResult());
        assertThat(r.lastHash()).isEqualTo(head);
        long third = db.inTransaction(em -> ((Number)
                        em.createNativeQuery("select record_id from plat_audit_chain where chain = ?1 and seq = 3")
                                .setParameter(1, t)
                                .getSingleResult())
                .longValue());
        assertThat(third).isEqualTo(c);
    }

    @Test
    @DisplayName("issue 18 audit: the start links the records already there, once; a second start changes nothing")
    void startLinksExistingRecordsOnce() {
        String t = newTable();
        sql("insert into " + t + " (name, amount) values ('old 1', 1.00), ('old 2', 2.00)");
        assertThat(verify(t).findings()).extracting(Finding::kind).contains(Finding.Kind.NOT_STARTED);
        boolean first = db.inTransaction(em -> new AuditChains(em).start(new Things(em, t)));
        boolean second = db.inTransaction(em -> new AuditChains(em).start(new Things(em, t)));
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        write(t, "new", "3.00");
        ChainReport r = verify(t);
        assertThat(r.findings()).isEmpty();
        assertThat(r.links()).isEqualTo(3);
    }

    @Test
    @DisplayName("issue 18 audit: a record's first append starts its chain and links the records already there")
    void firstAppendStartsTheChain() {
        String t = newTable();
        sql("insert into " + t + " (name, amount) values ('old', 1.00)");
        write(t, "new", "2.00");
        ChainReport r = verify(t);
        assertThat(r.findings()).isEmpty();
        assertThat(r.links()).isEqualTo(2);
    }

    @Test
    @DisplayName(
            "issue 18 audit: an amount changed in the database is named with its record, the field, and both values")
    void editedAmount() {
        String t = newTable();
        write(t, "a", "10.00");
        long b = write(t, "b", "20.00");
        sql("update " + t + " set amount = 2.00 where id = " + b);
        ChainReport r = verify(t);
        assertThat(r.intact()).isFalse();
        assertThat(r.findings()).hasSize(1);
        Finding f = r.findings().get(0);
        assertThat(f.kind()).isEqualTo(Finding.Kind.EDITED);
        assertThat(f.recordId()).isEqualTo(b);
        assertThat(f.label()).isEqualTo("Thing " + b + " (b)");
        assertThat(f.changes()).containsExactly(new Finding.FieldChange("amount", "20.00", "2.00"));
        assertThat(f.message()).contains("amount was 20.00, is now 2.00");
    }

    @Test
    @DisplayName("issue 18 audit: a record removed, and one added without its link, are each named")
    void deletedAndAddedRows() {
        String t = newTable();
        long a = write(t, "a", "10.00");
        write(t, "b", "20.00");
        sql("delete from " + t + " where id = " + a);
        sql("insert into " + t + " (name, amount) values ('slipped in', 99.00)");
        ChainReport r = verify(t);
        assertThat(kinds(r)).containsExactlyInAnyOrder(Finding.Kind.DELETED, Finding.Kind.ADDED);
        assertThat(r.findings())
                .filteredOn(f -> f.kind() == Finding.Kind.DELETED)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.recordId()).isEqualTo(a);
                    assertThat(f.message()).contains("Thing " + a + " (a)").contains("removed");
                });
        assertThat(r.findings())
                .filteredOn(f -> f.kind() == Finding.Kind.ADDED)
                .singleElement()
                .satisfies(f -> assertThat(f.label()).contains("slipped in"));
    }

    @Test
    @DisplayName(
            "issue 18 audit: a change Tryon makes and links again is no break; the latest link is the one compared")
    void legitimateChangeAppendsALink() {
        String t = newTable();
        long a = write(t, "a", "10.00");
        db.run(em -> {
            em.createNativeQuery("update " + t + " set name = 'a, superseded' where id = " + a)
                    .executeUpdate();
            new AuditChains(em).append(new Things(em, t), a);
        });
        ChainReport r = verify(t);
        assertThat(r.findings()).isEmpty();
        assertThat(r.links()).isEqualTo(2);
        assertThat(r.records()).isEqualTo(1);
    }

    @Test
    @DisplayName("issue 18 audit: the links are append-only in the database")
    void linksAreAppendOnly() {
        String t = newTable();
        write(t, "a", "10.00");
        assertThatThrownBy(() -> sql("update plat_audit_chain set content = 'x' where chain = '" + t + "'"))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> sql("delete from plat_audit_chain where chain = '" + t + "'"))
                .hasStackTraceContaining("append-only");
    }

    @Test
    @DisplayName("issue 18 audit: a link whose content was changed no longer matches its hash")
    void editedLink() {
        String t = newTable();
        long a = write(t, "a", "10.00");
        write(t, "b", "20.00");
        sql("update " + t + " set amount = 1.00 where id = " + a);
        // the one who edited the row edits its link too, to hide it
        tamperWithLinks("update plat_audit_chain set content = replace(content, 'amount=10.00', 'amount=1.00')"
                + " where chain = '" + t + "' and record_id = " + a);
        ChainReport r = verify(t);
        assertThat(kinds(r)).containsExactly(Finding.Kind.LINK_EDITED);
        assertThat(r.findings().get(0).sequence()).isEqualTo(1L);
        assertThat(r.findings().get(0).message()).contains("Link 1 (Thing " + a + " (a))");
    }

    @Test
    @DisplayName("issue 18 audit: a link edited with its hash recomputed breaks the link after it")
    void recomputedLink() {
        String t = newTable();
        long a = write(t, "a", "10.00");
        write(t, "b", "20.00");
        String content = "name=a\namount=1.00";
        String forged = AuditChains.hash(AuditChains.ZERO, t, 1, "thing", a, content);
        sql("update " + t + " set amount = 1.00 where id = " + a);
        tamperWithLinks("update plat_audit_chain set content = '" + content.replace("\n", "\\n") + "', hash = '"
                + forged + "' where chain = '" + t + "' and seq = 1");
        ChainReport r = verify(t);
        assertThat(kinds(r)).containsExactly(Finding.Kind.LINK_OUT_OF_ORDER);
        assertThat(r.findings().get(0).sequence()).isEqualTo(2L);
    }

    @Test
    @DisplayName("issue 18 audit: a link removed from the middle, and the last link removed, are named")
    void removedLinks() {
        String t = newTable();
        write(t, "a", "10.00");
        long b = write(t, "b", "20.00");
        long c = write(t, "c", "30.00");
        tamperWithLinks("delete from plat_audit_chain where chain = '" + t + "' and seq = 2");
        ChainReport r = verify(t);
        assertThat(kinds(r)).containsExactlyInAnyOrder(Finding.Kind.LINK_MISSING, Finding.Kind.ADDED);
        assertThat(r.findings())
                .filteredOn(f -> f.kind() == Finding.Kind.LINK_MISSING)
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Link 2 is missing"));
        assertThat(r.findings())
                .filteredOn(f -> f.kind() == Finding.Kind.ADDED)
                .singleElement()
                .satisfies(f -> assertThat(f.recordId()).isEqualTo(b));

        tamperWithLinks("delete from plat_audit_chain where chain = '" + t + "' and seq = 3");
        ChainReport end = verify(t);
        assertThat(end.findings())
                .extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("ends at link 1 but its head names link 3"));
        assertThat(end.findings())
                .filteredOn(f -> f.kind() == Finding.Kind.ADDED)
                .extracting(Finding::recordId)
                .containsExactlyInAnyOrder(b, c);
    }

    @Test
    @DisplayName("issue 18 audit: two links swapped (reordered) break the chain at both")
    void reorderedLinks() {
        String t = newTable();
        write(t, "a", "10.00");
        write(t, "b", "20.00");
        write(t, "c", "30.00");
        String where = " where chain = '" + t + "' and seq = ";
        tamperWithLinks(
                "update plat_audit_chain set seq = 100" + where + "1",
                "update plat_audit_chain set seq = 1" + where + "2",
                "update plat_audit_chain set seq = 2" + where + "100");
        ChainReport r = verify(t);
        assertThat(r.intact()).isFalse();
        assertThat(kinds(r)).contains(Finding.Kind.LINK_EDITED);
    }

    @Test
    @DisplayName("issue 18 audit: a chain recomputed to its end is caught by the end a daily check recorded")
    void rewrittenChainAgainstAnAnchor() {
        String t = newTable();
        long a = write(t, "a", "10.00");
        write(t, "b", "20.00");
        ChainReport before = verify(t);
        Map<Long, String> anchors = Map.of(before.lastSequence(), before.lastHash());
        // a forger who knows the scheme rewrites every link after the edit and the head
        sql("update " + t + " set amount = 1.00 where id = " + a);
        @SuppressWarnings("unchecked")
        List<Object[]> links = db.inTransaction(em -> (List<Object[]>) em.createNativeQuery(
                        "select seq, record_type, record_id, content from plat_audit_chain where chain = ?1 order by seq")
                .setParameter(1, t)
                .getResultList());
        String prev = AuditChains.ZERO;
        for (Object[] l : links) {
            long seq = ((Number) l[0]).longValue();
            String content = ((String) l[3]).replace("amount=10.00", "amount=1.00");
            String h = AuditChains.hash(prev, t, seq, (String) l[1], ((Number) l[2]).longValue(), content);
            tamperWithLinks("update plat_audit_chain set content = '" + content.replace("\n", "\\n")
                    + "', prev_hash = '" + prev + "', hash = '" + h + "' where chain = '" + t + "' and seq = " + seq);
            prev = h;
        }
        sql("update plat_audit_chain_head set last_hash = '" + prev + "' where chain = '" + t + "'");
        assertThat(verify(t).findings())
                .as("without an anchor the forgery is consistent")
                .isEmpty();
        ChainReport r = verify(t, anchors);
        assertThat(kinds(r)).containsExactly(Finding.Kind.REWRITTEN);
    }

    @Test
    @DisplayName("issue 18 audit: writers in concurrent transactions never fork the chain (the head row is locked)")
    void concurrentWritersDoNotFork() throws Exception {
        String t = newTable();
        write(t, "first", "1.00");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        write(t, "w" + writer + "-" + i, "1.00");
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        ChainReport r = verify(t);
        assertThat(r.findings()).isEmpty();
        assertThat(r.links()).isEqualTo(41);
        assertThat(r.lastSequence()).isEqualTo(41);
    }
}
