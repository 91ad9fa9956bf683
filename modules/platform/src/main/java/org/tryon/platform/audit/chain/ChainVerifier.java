package org.tryon.platform.audit.chain;

import static org.tryon.platform.audit.chain.AuditChains.ZERO;
import static org.tryon.platform.audit.chain.AuditChains.hash;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tryon.platform.audit.chain.AuditChains.Link;

/**
 * The verification of one chain (ADR 0055), reading only. Pass 1 walks the links in sequence: each link's hash against
 * its content, its place after the link before, gaps, the head, the anchors of earlier daily checks. Pass 2 merges the
 * rows of the records' table, by id, with the latest link of each record, both read in id order in batches (memory does
 * not grow with the ledger): a row changed, removed, or in no link.
 */
final class ChainVerifier {

    private static final int BATCH = 500;

    private final EntityManager em;
    private final ChainSource source;
    private final Map<Long, String> anchors;

    ChainVerifier(EntityManager em, ChainSource source, Map<Long, String> anchors) {
        this.em = em;
        this.source = source;
        this.anchors = anchors;
    }

    ChainReport verify() {
        String chain = source.chain();
        Findings findings = new Findings();
        List<?> headRows = em.createNativeQuery(
                        "select last_seq, last_hash from plat_audit_chain_head where chain = ?1")
                .setParameter(1, chain)
                .getResultList();
        Object[] head = headRows.isEmpty() ? null : (Object[]) headRows.get(0);

        // 1. the links themselves, in sequence: each one's hash, its place after the one before, nothing missing
        long expected = 1;
        String prev = ZERO;
        long links = 0;
        long after = 0;
        while (true) {
            List<?> rows = em.createNativeQuery("select seq, record_type, record_id, label, content, prev_hash, hash"
                            + " from plat_audit_chain where chain = ?1 and seq > ?2 order by seq")
                    .setParameter(1, chain)
                    .setParameter(2, after)
                    .setMaxResults(BATCH)
                    .getResultList();
            if (rows.isEmpty()) {
                break;
            }
            for (Object o : rows) {
                Link l = linkOf((Object[]) o);
                links++;
                boolean gap = l.seq() != expected;
                if (gap) {
                    findings.add(new Finding(
                            Finding.Kind.LINK_MISSING,
                            null,
                            null,
                            expected,
                            source.title(),
                            (l.seq() - expected == 1
                                            ? "Link " + expected + " is missing"
                                            : "Links " + expected + " to " + (l.seq() - 1) + " are missing")
                                    + " from the chain of " + source.title().toLowerCase()
                                    + ": removed from the database",
                            List.of()));
                }
                String recomputed = hash(l.prev(), chain, l.seq(), l.type(), l.recordId(), l.content());
                if (!recomputed.equals(l.hash())) {
                    findings.add(new Finding(
                            Finding.Kind.LINK_EDITED,
                            l.type(),
                            l.recordId(),
                            l.seq(),
                            l.label(),
                            "Link " + l.seq() + " (" + l.label() + ") was changed in the database: its hash does not"
                                    + " match its content",
                            List.of()));
                } else if (!gap && !l.prev().equals(prev)) {
                    findings.add(new Finding(
                            Finding.Kind.LINK_OUT_OF_ORDER,
                            l.type(),
                            l.recordId(),
                            l.seq(),
                            l.label(),
                            "Link " + l.seq() + " (" + l.label() + ") does not follow link " + (l.seq() - 1)
                                    + ": a link before it was replaced, added or recomputed",
                            List.of()));
                }
                String anchored = anchors.get(l.seq());
                if (anchored != null && !anchored.equals(l.hash())) {
                    findings.add(new Finding(
                            Finding.Kind.REWRITTEN,
                            l.type(),
                            l.recordId(),
                            l.seq(),
                            l.label(),
                            "Link " + l.seq() + " no longer has the hash a daily check recorded: the chain was"
                                    + " rewritten since",
                            List.of()));
                }
                prev = l.hash();
                expected = l.seq() + 1;
                after = l.seq();
            }
        }
        long lastSeq = expected - 1;
        if (head == null) {
            findings.add(new Finding(
                    Finding.Kind.NOT_STARTED,
                    null,
                    null,
                    null,
                    source.title(),
                    links == 0
                            ? "The chain of " + source.title().toLowerCase() + " has not started yet (it starts when"
                                    + " Tryon starts)"
                            : "The head of the chain of " + source.title().toLowerCase() + " was removed",
                    List.of()));
        } else {
            long headSeq = ((Number) head[0]).longValue();
            if (headSeq > lastSeq) {
                findings.add(new Finding(
                        Finding.Kind.LINK_MISSING,
                        null,
                        null,
                        lastSeq + 1,
                        source.title(),
                        "The chain ends at link " + lastSeq + " but its head names link " + headSeq
                                + ": the last links were removed",
                        List.of()));
            } else if (headSeq < lastSeq) {
                findings.add(new Finding(
                        Finding.Kind.LINK_OUT_OF_ORDER,
                        null,
                        null,
                        headSeq + 1,
                        source.title(),
                        "Links after " + headSeq + ", the last one Tryon wrote, were added in the database",
                        List.of()));
            } else if (!prev.equals(head[1])) {
                findings.add(new Finding(
                        Finding.Kind.LINK_OUT_OF_ORDER,
                        null,
                        null,
                        lastSeq,
                        source.title(),
                        "The last link does not have the hash Tryon recorded in the chain's head: the chain was"
                                + " recomputed",
                        List.of()));
            }
        }

        // 2. the rows as they are now against the latest link of each record, in id order (a merge of two sorted reads)
        long records = 0;
        long afterId = 0;
        while (true) {
            List<ChainedRecord> batch = source.records(afterId, BATCH);
            long upper = batch.isEmpty()
                    ? Long.MAX_VALUE
                    : batch.get(batch.size() - 1).id();
            Map<Long, Link> latest = latestLinks(chain, afterId, upper);
            for (ChainedRecord r : batch) {
                records++;
                Link l = latest.remove(r.id());
                if (l == null) {
                    findings.add(new Finding(
                            Finding.Kind.ADDED,
                            r.type(),
                            r.id(),
                            null,
                            r.label(),
                            r.label() + " is in the database but not in the chain: it was added behind Tryon's back",
                            List.of()));
                } else {
                    compare(r, l, findings);
                }
            }
            for (Link gone : latest.values()) {
                findings.add(new Finding(
                        Finding.Kind.DELETED,
                        gone.type(),
                        gone.recordId(),
                        gone.seq(),
                        gone.label(),
                        gone.label() + " is in the chain (link " + gone.seq() + ") but no longer in the database:"
                                + " it was removed",
                        List.of()));
            }
            if (batch.isEmpty()) {
                break;
            }
            afterId = upper;
        }
        return new ChainReport(
                chain,
                source.title(),
                findings.count == 0,
                links,
                records,
                lastSeq,
                lastSeq == 0 ? null : prev,
                findings.count,
                List.copyOf(findings.listed));
    }

    private static void compare(ChainedRecord now, Link link, Findings findings) {
        String content = now.content();
        if (content.equals(link.content()) && now.type().equals(link.type())) {
            return;
        }
        Map<String, String> chained = ChainedRecord.parse(link.content());
        Map<String, String> present = now.fields();
        List<Finding.FieldChange> changes = new ArrayList<>();
        if (!now.type().equals(link.type())) {
            changes.add(new Finding.FieldChange("record type", link.type(), now.type()));
        }
        Map<String, String> all = new LinkedHashMap<>(chained);
        present.forEach(all::putIfAbsent);
        for (String field : all.keySet()) {
            String was = chained.get(field);
            String is = present.get(field);
            boolean wasThere = chained.containsKey(field);
            boolean isThere = present.containsKey(field);
            if (!Objects.equals(was, is) || wasThere != isThere) {
                changes.add(
                        new Finding.FieldChange(field, wasThere ? text(was) : "(none)", isThere ? text(is) : "(none)"));
            }
        }
        String what = changes.isEmpty()
                ? "its content differs"
                : changes.stream()
                        .map(c -> c.field() + " was " + c.chained() + ", is now " + c.now())
                        .reduce((a, b) -> a + "; " + b)
                        .orElse("");
        findings.add(new Finding(
                Finding.Kind.EDITED,
                now.type(),
                now.id(),
                link.seq(),
                now.label(),
                now.label() + " was changed behind Tryon's back: " + what,
                List.copyOf(changes)));
    }

    private static String text(String value) {
        return value == null ? "empty" : value;
    }

    /** The latest link of each record with an id in (after, upTo]. */
    private Map<Long, Link> latestLinks(String chain, long after, long upTo) {
        Map<Long, Link> latest = new LinkedHashMap<>();
        List<?> rows = em.createNativeQuery("select seq, record_type, record_id, label, content, prev_hash, hash"
                        + " from plat_audit_chain where chain = ?1 and record_id > ?2 and record_id <= ?3"
                        + " order by record_id, seq")
                .setParameter(1, chain)
                .setParameter(2, after)
                .setParameter(3, upTo)
                .getResultList();
        for (Object o : rows) {
            Link l = linkOf((Object[]) o);
            latest.put(l.recordId(), l);
        }
        return latest;
    }

    private static Link linkOf(Object[] r) {
        return new Link(
                ((Number) r[0]).longValue(),
                (String) r[1],
                ((Number) r[2]).longValue(),
                (String) r[3],
                (String) r[4],
                (String) r[5],
                (String) r[6]);
    }

    private static final class Findings {
        int count;
        final List<Finding> listed = new ArrayList<>();

        void add(Finding f) {
            count++;
            if (listed.size() < AuditChains.MAX_FINDINGS) {
                listed.add(f);
            }
        }
    }
}
