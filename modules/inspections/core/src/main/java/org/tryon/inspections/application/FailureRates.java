package org.tryon.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tryon.platform.csv.CsvCells;
import org.tryon.inspections.api.InspectionOutcome;
import org.tryon.inspections.domain.HifrRules;
import org.tryon.inspections.domain.Quarter;
import org.tryon.permitting.api.PermitHolder;
import org.tryon.permitting.api.Trade;
import org.tryon.platform.errors.RuleViolationException;

/**
 * Inspection failure rates (106, 108.10 F, seed 001): failed inspections / inspections, by
 * contractor, discipline and quarter. Every result but a cancelled one is an inspection; failed,
 * partial and not-ready results are failures ({@link InspectionOutcome#countsAsFailure()}). The
 * screen, the CSV export and the quarterly HIFR decisions all read these same numbers.
 */
@ApplicationScoped
@Transactional
public class FailureRates {

    public static final List<String> CSV_COLUMNS = List.of("quarter", "contractorId", "contractor", "discipline", "inspections", "failures",
            "ratePercent");

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    /** A contractor's numbers in a discipline during a quarter. */
    public record Row(String quarter, long contractorId, String contractorName, Trade discipline, int inspections, int failures,
            BigDecimal ratePercent) {

        public HifrRules.Counts counts() {
            return new HifrRules.Counts(inspections, failures);
        }
    }

    /** A discipline's numbers, all contractors together, during a quarter (the trend). */
    public record TrendPoint(String quarter, Trade discipline, int inspections, int failures, BigDecimal ratePercent) {
    }

    /**
     * Each contractor's numbers per discipline and quarter from {@code from} to {@code to}, oldest
     * quarter first, then by contractor; of one discipline or contractor when given.
     */
    public List<Row> byContractor(Quarter from, Quarter to, Trade discipline, Long contractorId) {
        if (to.compareTo(from) < 0) {
            throw new RuleViolationException("to", "quarter-order", "The last quarter (" + to + ") is before the first (" + from + ")");
        }
        if (to.year() - from.year() > 10) {
            throw new RuleViolationException("from", "quarter-range", "At most ten years at a time");
        }
        List<Object[]> rows = em.createQuery("select p.holderId, p.holderName, p.trade, extract(year from r.inspectedAt), "
                        + "extract(quarter from r.inspectedAt), count(r), sum(case when r.outcome in :failures then 1 else 0 end) "
                        + "from InspectionResult r join InspectablePermit p on p.permitId = r.permitId "
                        + "where p.holderKind = :contractor and r.outcome <> :cancelled and r.inspectedAt >= :from and r.inspectedAt < :to "
                        + "and (:trade is null or p.trade = :trade) and (:contractorId is null or p.holderId = :contractorId) "
                        + "group by p.holderId, p.holderName, p.trade, extract(year from r.inspectedAt), extract(quarter from r.inspectedAt)",
                        Object[].class)
                .setParameter("failures", Arrays.stream(InspectionOutcome.values()).filter(InspectionOutcome::countsAsFailure).toList())
                .setParameter("contractor", PermitHolder.Kind.CONTRACTOR).setParameter("cancelled", InspectionOutcome.CANCELLED)
                .setParameter("from", from.start().atStartOfDay()).setParameter("to", to.end().plusDays(1).atStartOfDay())
                .setParameter("trade", discipline).setParameter("contractorId", contractorId).getResultList();
        return rows.stream().map(o -> {
            HifrRules.Counts c = new HifrRules.Counts(((Number) o[5]).intValue(), ((Number) o[6]).intValue());
            return new Row(new Quarter(((Number) o[3]).intValue(), ((Number) o[4]).intValue()).toString(), ((Number) o[0]).longValue(),
                    (String) o[1], (Trade) o[2], c.inspections(), c.failures(), c.ratePercent());
        }).sorted(Comparator.comparing(Row::quarter).thenComparing(Row::contractorName).thenComparing(Row::discipline)).toList();
    }

    /** The department's rate per discipline and quarter: the sums of {@link #byContractor} rows. */
    public List<TrendPoint> trend(List<Row> rows) {
        Map<String, int[]> sums = new LinkedHashMap<>();
        for (Row r : rows) {
            int[] s = sums.computeIfAbsent(r.quarter() + "|" + r.discipline().name(), k -> new int[2]);
            s[0] += r.inspections();
            s[1] += r.failures();
        }
        return sums.entrySet().stream().map(e -> {
            String[] k = e.getKey().split("\\|");
            HifrRules.Counts c = new HifrRules.Counts(e.getValue()[0], e.getValue()[1]);
            return new TrendPoint(k[0], Trade.valueOf(k[1]), c.inspections(), c.failures(), c.ratePercent());
        }).toList();
    }

    /** The rows as CSV, the same numbers as on the screen. */
    @SuppressWarnings("resource")
    public static void writeCsv(List<Row> rows, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).get());
        for (Row r : rows) {
            csv.printRecord(CsvCells.safe(r.quarter(), r.contractorId(), r.contractorName(), r.discipline().name(), r.inspections(), r.failures(),
                    r.ratePercent().toPlainString()));
        }
        csv.flush();
    }
}
