package org.tryon.fees.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tryon.platform.audit.chain.ChainSource;
import org.tryon.platform.audit.chain.ChainedRecord;

/**
 * Ledger: the postings as the audit chain sees them (ADR 0055). A posting is never changed (ADR 0014), so it is linked
 * once, when it is written; its canonical content is every column of the posting (when and by whom, the effective date,
 * the fee, the description, the cause and its scope, the permit, the posting it reverses, refunds or writes off, the
 * reason) and each of its lines (the account's id and the amount), read from the database as text, so the content
 * chained at the write and the content rebuilt by a verification years later are the same bytes. The account's code is
 * in the label only: an account opened for this posting is committed by a transaction of its own ({@link
 * AccountOpening}) after this one's snapshot was taken, so this transaction's plain reads do not see its row yet.
 */
@ApplicationScoped
public class LedgerChain implements ChainSource {

    public static final String CHAIN = "ledger";
    public static final String TYPE = "posting";

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    public LedgerChain() {}

    /** For tests outside a container. */
    public LedgerChain(EntityManager em) {
        this.em = em;
    }

    @Override
    public String chain() {
        return CHAIN;
    }

    @Override
    public String title() {
        return "Ledger postings";
    }

    @Override
    public Optional<ChainedRecord> record(long id) {
        return read("p.id = ?1", id, 1).stream().findFirst();
    }

    @Override
    public List<ChainedRecord> records(long afterId, int max) {
        return read("p.id > ?1", afterId, max);
    }

    private record Line(long id, long accountId, String account, BigDecimal amount) {}

    private List<ChainedRecord> read(String where, long id, int max) {
        List<?> rows = em.createNativeQuery("select p.id, cast(p.posted_at as char), p.posted_by,"
                        + " cast(p.effective_date as char), p.fee_code, p.description, p.cause_type, p.cause_id,"
                        + " p.cause_scope, p.permit_id, p.reverses_posting_id, p.refunds_posting_id,"
                        + " p.writes_off_posting_id, p.reason from fees_posting p where " + where + " order by p.id")
                .setParameter(1, id)
                .setMaxResults(max)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        long first = num(((Object[]) rows.get(0))[0]);
        long last = num(((Object[]) rows.get(rows.size() - 1))[0]);
        Map<Long, List<Line>> lines = new LinkedHashMap<>();
        for (Object o : em.createNativeQuery("select l.posting_id, l.id, l.account_id, a.code, l.amount"
                        + " from fees_posting_line l left join fees_account a on a.id = l.account_id"
                        + " where l.posting_id between ?1 and ?2 order by l.posting_id, l.id")
                .setParameter(1, first)
                .setParameter(2, last)
                .getResultList()) {
            Object[] l = (Object[]) o;
            lines.computeIfAbsent(num(l[0]), k -> new ArrayList<>())
                    .add(new Line(num(l[1]), num(l[2]), (String) l[3], (BigDecimal) l[4]));
        }
        List<ChainedRecord> records = new ArrayList<>(rows.size());
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            long postingId = num(r[0]);
            List<Line> of = lines.getOrDefault(postingId, List.of());
            ChainedRecord.Builder b = ChainedRecord.of(TYPE, postingId, label(postingId, (String) r[4], r[3], of))
                    .field("posted at (UTC)", r[1])
                    .field("posted by", r[2])
                    .field("effective date", r[3])
                    .field("fee", r[4])
                    .field("description", r[5])
                    .field("cause", r[6] + " " + r[7])
                    .field("cause scope", r[8])
                    .field("permit", r[9])
                    .field("reverses posting", r[10])
                    .field("refunds posting", r[11])
                    .field("writes off posting", r[12])
                    .field("reason", r[13]);
            for (Line l : of) {
                b.field(
                        "line " + l.id(),
                        "account " + l.accountId() + ", amount "
                                + (l.amount() == null ? "none" : l.amount().toPlainString()));
            }
            records.add(b.build());
        }
        return records;
    }

    /** "Ledger posting 123: PERMIT_FEE $150.00 to CONTRACTOR-5, effective 12/07/2026". */
    private static String label(long id, String fee, Object effective, List<Line> lines) {
        StringBuilder s =
                new StringBuilder("Ledger posting ").append(id).append(": ").append(fee);
        lines.stream()
                .filter(l -> l.amount() != null && l.amount().signum() > 0)
                .findFirst()
                .ifPresent(l -> s.append(" $")
                        .append(l.amount().toPlainString())
                        .append(" debited to ")
                        .append(l.account() == null ? "account " + l.accountId() : l.account()));
        if (effective != null) {
            s.append(", effective ")
                    .append(org.tryon.platform.text.UsFormat.date(LocalDate.parse(String.valueOf(effective))));
        }
        return s.toString();
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }
}
