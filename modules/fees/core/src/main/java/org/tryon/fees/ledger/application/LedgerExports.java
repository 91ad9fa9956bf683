package org.tryon.fees.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tryon.platform.csv.CsvCells;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * Ledger: the county's exports of the ledger. All of them go by the day a posting entered
 * the ledger (its {@code posted_at}, in the county's time zone): the ledger is append-only, so the
 * export of a past day never changes. A correction appears on the day it was posted, not on the
 * day of the posting it corrects.
 *
 * <ul>
 * <li>the general ledger's daily file: per fee code and account code, the debits and credits of
 * the day (the debits of a day equal its credits);</li>
 * <li>the daily cash report: each payment and refund of the day (and each reversal of one) with
 * its method, and the totals per method;</li>
 * <li>revenue by fee type for a period: per fee code, what was charged, what corrections and
 * write-offs took back, and the net.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional
public class LedgerExports {

    static final List<String> GL_COLUMNS =
            List.of("postedOn", "feeCode", "accountCode", "accountKind", "debits", "credits", "postings");
    static final List<String> CASH_COLUMNS = List.of(
            "postedOn",
            "postingId",
            "postedAt",
            "postedBy",
            "kind",
            "method",
            "reference",
            "accountCode",
            "accountName",
            "amount",
            "names",
            "reason");
    static final List<String> REVENUE_COLUMNS =
            List.of("from", "to", "feeCode", "charged", "reduced", "net", "postings");

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    /** One row of the general ledger's daily file. */
    public record GlLine(
            LocalDate postedOn,
            String feeCode,
            String accountCode,
            String accountKind,
            BigDecimal debits,
            BigDecimal credits,
            long postings)
            implements java.io.Serializable {}

    /** A payment, refund or a reversal of one, as cash moved: positive came in, negative went out. */
    public record CashLine(
            LocalDate postedOn,
            long postingId,
            Instant postedAt,
            String postedBy,
            String kind,
            String method,
            String reference,
            String accountCode,
            String accountName,
            BigDecimal amount,
            Long names,
            String reason)
            implements java.io.Serializable {}

    /** Per method: received, refunded, reversed and the net of the day. */
    public record MethodTotal(
            String method, BigDecimal received, BigDecimal refunded, BigDecimal reversed, BigDecimal net, long count)
            implements java.io.Serializable {}

    /** The cash report of a day. */
    public record CashReport(LocalDate day, List<CashLine> lines, List<MethodTotal> totals, BigDecimal net)
            implements java.io.Serializable {}

    /** Revenue of one fee code over a period. */
    public record RevenueLine(String feeCode, BigDecimal charged, BigDecimal reduced, BigDecimal net, long postings)
            implements java.io.Serializable {}

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    /** The general ledger's lines of {@code day}. */
    public List<GlLine> generalLedger(LocalDate day) {
        require(day, "date");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select p.fee_code, a.code, a.kind, "
                                + "sum(case when l.amount > 0 then l.amount else 0 end), sum(case when l.amount < 0 then -l.amount else 0 end), count(distinct p.id) "
                                + "from fees_posting p join fees_posting_line l on l.posting_id = p.id join fees_account a on a.id = l.account_id "
                                + "where p.posted_at >= ?1 and p.posted_at < ?2 group by p.fee_code, a.code, a.kind order by p.fee_code, a.code")
                .setParameter(1, startOf(day))
                .setParameter(2, startOf(day.plusDays(1)))
                .getResultList();
        return rows.stream()
                .map(r -> new GlLine(
                        day,
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        money(r[3]),
                        money(r[4]),
                        ((Number) r[5]).longValue()))
                .toList();
    }

    public String generalLedgerCsv(LocalDate day) {
        return csv(
                GL_COLUMNS,
                generalLedger(day).stream()
                        .map(l -> List.<Object>of(
                                l.postedOn(),
                                l.feeCode(),
                                l.accountCode(),
                                l.accountKind(),
                                l.debits(),
                                l.credits(),
                                l.postings()))
                        .toList());
    }

    /** The payments and refunds of {@code day} (and reversals of them), by method. */
    public CashReport cashReport(LocalDate day) {
        require(day, "date");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select p.id, p.posted_at, p.posted_by, p.cause_type, p.cause_id, o.cause_type, o.cause_id, "
                                + "c.code, c.name, l.amount, coalesce(p.reverses_posting_id, p.refunds_posting_id), p.reason "
                                + "from fees_posting p join fees_posting_line l on l.posting_id = p.id join fees_account k on k.id = l.account_id and k.kind = 'CASH' "
                                + "join fees_posting_line cl on cl.posting_id = p.id join fees_account c on c.id = cl.account_id and c.kind = 'CUSTOMER' "
                                + "left join fees_posting o on o.id = p.reverses_posting_id "
                                + "where p.posted_at >= ?1 and p.posted_at < ?2 order by p.id")
                .setParameter(1, startOf(day))
                .setParameter(2, startOf(day.plusDays(1)))
                .getResultList();
        List<CashLine> lines = new ArrayList<>();
        Map<String, BigDecimal[]> byMethod = new TreeMap<>();
        Map<String, Long> counts = new TreeMap<>();
        BigDecimal net = BigDecimal.ZERO.setScale(2);
        for (Object[] r : rows) {
            boolean reversal = r[5] != null;
            String causeType = (String) (reversal ? r[5] : r[3]);
            String causeId = (String) (reversal ? r[6] : r[4]);
            String kind = (reversal ? causeType + "_reversed" : causeType)
                    .toUpperCase()
                    .replace('-', '_');
            int colon = causeId.indexOf(':');
            String method = colon < 0 ? "" : causeId.substring(0, colon);
            String reference = colon < 0 ? causeId : causeId.substring(colon + 1);
            BigDecimal amount = money(r[9]);
            lines.add(new CashLine(
                    day,
                    ((Number) r[0]).longValue(),
                    instant(r[1]),
                    (String) r[2],
                    kind,
                    method,
                    reference,
                    (String) r[7],
                    (String) r[8],
                    amount,
                    r[10] == null ? null : ((Number) r[10]).longValue(),
                    (String) r[11]));
            BigDecimal[] t = byMethod.computeIfAbsent(method, m -> new BigDecimal[] {zero(), zero(), zero()});
            int slot = reversal ? 2 : "refund".equals(causeType) ? 1 : 0;
            t[slot] = t[slot].add(slot == 1 ? amount.negate() : amount);
            counts.merge(method, 1L, Long::sum);
            net = net.add(amount);
        }
        List<MethodTotal> totals = byMethod.entrySet().stream()
                .map(e -> new MethodTotal(
                        e.getKey(),
                        e.getValue()[0],
                        e.getValue()[1],
                        e.getValue()[2],
                        e.getValue()[0].subtract(e.getValue()[1]).add(e.getValue()[2]),
                        counts.get(e.getKey())))
                .toList();
        return new CashReport(day, lines, totals, net);
    }

    public String cashReportCsv(LocalDate day) {
        return csv(
                CASH_COLUMNS,
                cashReport(day).lines().stream()
                        .map(l -> java.util.Arrays.<Object>asList(
                                l.postedOn(),
                                l.postingId(),
                                l.postedAt(),
                                l.postedBy(),
                                l.kind(),
                                l.method(),
                                l.reference(),
                                l.accountCode(),
                                l.accountName(),
                                l.amount(),
                                l.names(),
                                l.reason()))
                        .toList());
    }

    /** Revenue by fee type for the days {@code from} to {@code to}, both included. */
    public List<RevenueLine> revenue(LocalDate from, LocalDate to) {
        require(from, "from");
        require(to, "to");
        if (to.isBefore(from)) {
            throw new RuleViolationException(
                    "to",
                    "period",
                    "The period ends (" + UsFormat.date(to) + ") before it starts (" + UsFormat.date(from) + ")");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select p.fee_code, sum(case when l.amount < 0 then -l.amount else 0 end), "
                                + "sum(case when l.amount > 0 then l.amount else 0 end), count(distinct p.id) "
                                + "from fees_posting p join fees_posting_line l on l.posting_id = p.id join fees_account a on a.id = l.account_id "
                                + "where a.kind = 'REVENUE' and p.posted_at >= ?1 and p.posted_at < ?2 group by p.fee_code order by p.fee_code")
                .setParameter(1, startOf(from))
                .setParameter(2, startOf(to.plusDays(1)))
                .getResultList();
        return rows.stream()
                .map(r -> new RevenueLine(
                        (String) r[0],
                        money(r[1]),
                        money(r[2]),
                        money(r[1]).subtract(money(r[2])),
                        ((Number) r[3]).longValue()))
                .toList();
    }

    public String revenueCsv(LocalDate from, LocalDate to) {
        return csv(
                REVENUE_COLUMNS,
                revenue(from, to).stream()
                        .map(l ->
                                List.<Object>of(from, to, l.feeCode(), l.charged(), l.reduced(), l.net(), l.postings()))
                        .toList());
    }

    private static String csv(List<String> columns, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(columns.toArray(String[]::new))
                        .get())) {
            for (List<Object> row : rows) {
                csv.printRecord(CsvCells.safe(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void require(LocalDate day, String field) {
        if (day == null) {
            throw new RuleViolationException(field, "required", "Name the day (" + field + "=2026-11-23)");
        }
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    private static BigDecimal money(Object o) {
        return new BigDecimal(String.valueOf(o)).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static Instant instant(Object o) {
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().atZone(ZoneOffset.UTC).toInstant();
        }
        if (o instanceof LocalDateTime l) {
            return l.atZone(ZoneOffset.UTC).toInstant();
        }
        return (Instant) o;
    }
}
