package org.tryon.platform.audit.chain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.tryon.platform.security.CurrentUser;

/**
 * Hash chains over records (ADR 0055). A link holds a record's canonical content and {@code SHA-256(previous hash,
 * chain, sequence, type, id, content)}; appends lock the chain's head row ({@code select ... for update}), so writers
 * in any number of transactions, on any number of instances sharing the database, add one link after the other and
 * never fork the chain. The link is written in the transaction of the record it links: both commit or neither.
 *
 * <p>A chain starts once ({@link #start}): its head row is created and every record already in the table is linked,
 * by id, in that one transaction (records of an installation older than the chain, data loaded in bulk). After that a
 * record is linked only by the code that writes it; a row no link names is a finding.
 */
@ApplicationScoped
public class AuditChains {

    /** The hash before a chain's first link. */
    public static final String ZERO = "0".repeat(64);

    /** Findings listed per chain (all are counted). */
    public static final int MAX_FINDINGS = 200;

    private static final int BATCH = 500;

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    CurrentUser user;

    public AuditChains() {}

    /** For tests outside a container. */
    public AuditChains(EntityManager em) {
        this.em = em;
    }

    /** A link as stored. */
    record Link(long seq, String type, long recordId, String label, String content, String prev, String hash) {}

    /**
     * Links the record {@code recordId} of {@code source} as it now stands in the database (flush it first), in the
     * caller's transaction. A record Tryon changed legitimately (a superseded result) is appended again: its latest
     * link is the one its row is compared with.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(ChainSource source, long recordId) {
        Object[] head = lockHead(source.chain());
        if (head == null) {
            if (start(source)) {
                return; // the start linked every record this transaction sees, this one included
            }
            head = lockHead(source.chain());
            if (head == null) {
                throw new IllegalStateException("the head of chain " + source.chain() + " cannot be read");
            }
        }
        ChainedRecord record = source.record(recordId)
                .orElseThrow(() -> new IllegalStateException(
                        "record " + recordId + " of chain " + source.chain() + " is not in the database"));
        long seq = ((Number) head[0]).longValue() + 1;
        Link link = link(source.chain(), seq, (String) head[1], record);
        insert(source.chain(), List.of(link));
        moveHead(source.chain(), link);
    }

    /**
     * Starts the chain, once: creates its head and links every record already in the table, by id. Answers false when
     * it was already started (by this instance or another; a concurrent start waits for the first to commit).
     */
    @Transactional
    public boolean start(ChainSource source) {
        String chain = source.chain();
        int created = em.createNativeQuery("insert ignore into plat_audit_chain_head"
                        + " (chain, last_seq, last_hash, genesis_count, genesis_through, started_at)"
                        + " values (?1, 0, ?2, 0, 0, utc_timestamp(6))")
                .setParameter(1, chain)
                .setParameter(2, ZERO)
                .executeUpdate();
        if (created == 0) {
            return false;
        }
        long seq = 0;
        String prev = ZERO;
        long after = 0;
        while (true) {
            List<ChainedRecord> batch = source.records(after, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            List<Link> links = new ArrayList<>(batch.size());
            for (ChainedRecord r : batch) {
                Link l = link(chain, ++seq, prev, r);
                links.add(l);
                prev = l.hash();
                after = r.id();
            }
            insert(chain, links);
        }
        em.createNativeQuery("update plat_audit_chain_head set last_seq = ?1, last_hash = ?2, genesis_count = ?1,"
                        + " genesis_through = ?3 where chain = ?4")
                .setParameter(1, seq)
                .setParameter(2, prev)
                .setParameter(3, after)
                .setParameter(4, chain)
                .executeUpdate();
        return true;
    }

    /** The hash of a link: SHA-256 of the previous hash, the chain, the sequence, the record's type and id, the content. */
    public static String hash(String prev, String chain, long seq, String type, long recordId, String content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String text = prev + "\n" + chain + "\n" + seq + "\n" + type + "\n" + recordId + "\n" + content;
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private Link link(String chain, long seq, String prev, ChainedRecord r) {
        String content = r.content();
        return new Link(
                seq,
                r.type(),
                r.id(),
                shorten(r.label(), 300),
                content,
                prev,
                hash(prev, chain, seq, r.type(), r.id(), content));
    }

    private Object[] lockHead(String chain) {
        List<?> rows = em.createNativeQuery(
                        "select last_seq, last_hash from plat_audit_chain_head where chain = ?1 for update")
                .setParameter(1, chain)
                .getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    private void moveHead(String chain, Link last) {
        em.createNativeQuery("update plat_audit_chain_head set last_seq = ?1, last_hash = ?2 where chain = ?3")
                .setParameter(1, last.seq())
                .setParameter(2, last.hash())
                .setParameter(3, chain)
                .executeUpdate();
    }

    private void insert(String chain, List<Link> links) {
        String by = user == null ? CurrentUser.SYSTEM : shorten(user.name(), 100);
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement("insert into plat_audit_chain (chain, seq, record_type,"
                    + " record_id, label, content, prev_hash, hash, linked_at, linked_by)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, utc_timestamp(6), ?)")) {
                for (Link l : links) {
                    s.setString(1, chain);
                    s.setLong(2, l.seq());
                    s.setString(3, l.type());
                    s.setLong(4, l.recordId());
                    s.setString(5, l.label());
                    s.setString(6, l.content());
                    s.setString(7, l.prev());
                    s.setString(8, l.hash());
                    s.setString(9, by);
                    s.addBatch();
                }
                s.executeBatch();
            }
        });
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }

    /**
     * Verifies one chain against the rows as they are now; only reads. Run it in one transaction, so the links and the
     * rows are read from one snapshot (a record and its link commit together).
     *
     * @param anchors links whose hash an earlier check recorded, by sequence (the chain's end at that check)
     */
    public ChainReport verify(ChainSource source, Map<Long, String> anchors) {
        return new ChainVerifier(em, source, anchors).verify();
    }
}
