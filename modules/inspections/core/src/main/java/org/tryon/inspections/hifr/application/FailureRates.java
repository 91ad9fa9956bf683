package org.tryon.inspections.hifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tryon.inspections.api.CountedResults;
import org.tryon.inspections.api.InspectionOutcome;
import org.tryon.inspections.hifr.domain.HifrRules;
import org.tryon.inspections.hifr.domain.Quarter;
import org.tryon.inspections.module.domain.InspectionSettings;
import org.tryon.platform.csv.CsvCells;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.settings.Settings;

/**
 * Inspection failure rates (106, 108.10 F, Re-Inspection Fee Program): failed inspections / inspections, by
 * contractor, discipline and quarter. What counts as a failure (failed results only, by the
 * ordinance's words; partial and not-ready results when the settings in force on the quarter's last
 * day say so) and so as an inspection is {@link CountedResults}; each row names the results it counted
 * as failures. The screen, the CSV export and the quarterly HIFR decisions all read these same numbers.
 */
@ApplicationScoped
@Transactional
public class FailureRates {

    public static final List<String> CSV_COLUMNS = List.of(
            "quarter",
            "contractorId",
            "contractor",
            "discipline",
            "inspections",
            "failures",
            "ratePercent",
            "failuresCounted");

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Settings settings;

    /** A contractor's numbers in a discipline during a quarter; {@code failuresCounted}: the results counted as failures ("Failed"). */
    public record Row(
            String quarter,
            long contractorId,
            String contractorName,
            Trade discipline,
            int inspections,
            int failures,
            BigDecimal ratePercent,
            String failuresCounted)
            implements java.io.Serializable {

        public HifrRules.Counts counts() {
            return new HifrRules.Counts(inspections, failures);
        }
    }

    /** A discipline's numbers, all contractors together, during a quarter (the trend). */
    public record TrendPoint(String quarter, Trade discipline, int inspections, int failures, BigDecimal ratePercent)
            implements java.io.Serializable {}

    /**
     * Each contractor's numbers per discipline and quarter from {@code from} to {@code to}, oldest
     * quarter first, then by contractor; of one discipline or contractor when given.
     */
    public List<Row> byContractor(Quarter from, Quarter to, Trade discipline, Long contractorId) {
        if (to.compareTo(from) < 0) {
            throw new RuleViolationException(
                    "to",
                    "quarter-order",
                    "The last quarter (" + to.label() + ") is before the first (" + from.label() + ")");
        }
        if (to.year() - from.year() > 10) {
            throw new RuleViolationException("from", "quarter-range", "At most ten years at a time");
        }
        return count(from.start().atStartOfDay(), to.end().plusDays(1).atStartOfDay(), discipline, contractorId);
    }

    /**
     * 108.10 F.2.4: a contractor's numbers in a discipline from {@code since} (the day after it rotated
     * off, {@link HifrRules#countedFrom}) to the end of {@code quarter}: only inspections after the
     * rotation count for a repeat listing.
     */
    public Row since(
            Quarter quarter, java.time.LocalDate since, Trade discipline, long contractorId, String contractorName) {
        return count(since.atStartOfDay(), quarter.end().plusDays(1).atStartOfDay(), discipline, contractorId).stream()
                .findFirst()
                .orElseGet(() -> new Row(
                        quarter.toString(),
                        contractorId,
                        contractorName,
                        discipline,
                        0,
                        0,
                        BigDecimal.ZERO.setScale(2),
                        InspectionSettings.countedResults(settings, quarter.end())
                                .failuresLabel()));
    }

    private List<Row> count(
            java.time.LocalDateTime from, java.time.LocalDateTime to, Trade discipline, Long contractorId) {
        List<Object[]> rows = em.createQuery(
                        "select p.holderId, p.holderName, p.trade, extract(year from r.inspectedAt), "
                                + "extract(quarter from r.inspectedAt), r.outcome, count(r) "
                                + "from InspectionResult r join InspectablePermit p on p.permitId = r.permitId "
                                + "where p.holderKind = :contractor and r.outcome <> :cancelled and r.inspectedAt >= :from and r.inspectedAt < :to "
                                + "and (:trade is null or p.trade = :trade) and (:contractorId is null or p.holderId = :contractorId) "
                                + "group by p.holderId, p.holderName, p.trade, extract(year from r.inspectedAt), extract(quarter from r.inspectedAt), r.outcome",
                        Object[].class)
                .setParameter("contractor", PermitHolder.Kind.CONTRACTOR)
                .setParameter("cancelled", InspectionOutcome.CANCELLED)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("trade", discipline)
                .setParameter("contractorId", contractorId)
                .getResultList();
        Map<String, CountedResults> readings = new HashMap<>();
        Map<String, Object[]> sums = new LinkedHashMap<>();
        for (Object[] o : rows) {
            Quarter q = new Quarter(((Number) o[3]).intValue(), ((Number) o[4]).intValue());
            // the reading in force on the quarter's last day (the day its HIFR decision is taken on)
            CountedResults counted =
                    readings.computeIfAbsent(q.toString(), k -> InspectionSettings.countedResults(settings, q.end()));
            InspectionOutcome outcome = (InspectionOutcome) o[5];
            if (!counted.inspection(outcome)) {
                continue;
            }
            int n = ((Number) o[6]).intValue();
            Object[] sum = sums.computeIfAbsent(
                    q + "|" + o[0] + "|" + o[2], k -> new Object[] {q, o[0], o[1], o[2], 0, 0, counted});
            sum[4] = (Integer) sum[4] + n;
            if (counted.failure(outcome)) {
                sum[5] = (Integer) sum[5] + n;
            }
        }
        return sums.values().stream()
                .map(o -> {
                    HifrRules.Counts c = new HifrRules.Counts((Integer) o[4], (Integer) o[5]);
                    return new Row(
                            o[0].toString(),
                            ((Number) o[1]).longValue(),
                            (String) o[2],
                            (Trade) o[3],
                            c.inspections(),
                            c.failures(),
                            c.ratePercent(),
                            ((CountedResults) o[6]).failuresLabel());
                })
                .sorted(Comparator.comparing(Row::quarter)
                        .thenComparing(Row::contractorName)
                        .thenComparing(Row::discipline))
                .toList();
    }

    /** The department's rate per discipline and quarter: the sums of {@link #byContractor} rows. */
    public List<TrendPoint> trend(List<Row> rows) {
        Map<String, int[]> sums = new LinkedHashMap<>();
        for (Row r : rows) {
            int[] s = sums.computeIfAbsent(r.quarter() + "|" + r.discipline().name(), k -> new int[2]);
            s[0] += r.inspections();
            s[1] += r.failures();
        }
        return sums.entrySet().stream()
                .map(e -> {
                    String[] k = e.getKey().split("\\|");
                    HifrRules.Counts c = new HifrRules.Counts(e.getValue()[0], e.getValue()[1]);
                    return new TrendPoint(k[0], Trade.valueOf(k[1]), c.inspections(), c.failures(), c.ratePercent());
                })
                .toList();
    }

    /** The rows as CSV, the same numbers as on the screen. */
    @SuppressWarnings("resource")
    public static void writeCsv(List<Row> rows, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(CSV_COLUMNS.toArray(String[]::new))
                        .get());
        for (Row r : rows) {
            csv.printRecord(CsvCells.safe(
                    r.quarter(),
                    r.contractorId(),
                    r.contractorName(),
                    r.discipline().name(),
                    r.inspections(),
                    r.failures(),
                    r.ratePercent().toPlainString(),
                    r.failuresCounted()));
        }
        csv.flush();
    }
}
