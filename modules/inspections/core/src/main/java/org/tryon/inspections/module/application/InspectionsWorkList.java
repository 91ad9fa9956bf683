package org.tryon.inspections.module.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tryon.inspections.api.CountedResults;
import org.tryon.inspections.api.InspectionOutcome;
import org.tryon.inspections.assignment.application.BoardView;
import org.tryon.inspections.assignment.application.InspectionSchedule;
import org.tryon.inspections.assignment.application.OnTimeReportView;
import org.tryon.inspections.assignment.application.OnTimeReports;
import org.tryon.inspections.assignment.domain.Inspector;
import org.tryon.inspections.hifr.domain.HifrRules;
import org.tryon.inspections.hifr.domain.Quarter;
import org.tryon.inspections.module.domain.InspectionSettings;
import org.tryon.inspections.requests.domain.InspectionRequest;
import org.tryon.platform.home.HomeCard;
import org.tryon.platform.home.HomeChart;
import org.tryon.platform.home.Viewer;
import org.tryon.platform.home.WorkListSection;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.security.Roles;
import org.tryon.platform.settings.Settings;

/**
 * Inspections' cards of the home page (ADR 0050): the inspector's stops today and failure rate over recent quarters
 * against the HIFR line (108.10 F), the requests not yet assigned, the board's load per inspector and the on-time
 * rate for supervisors, the contractors on the HIFR list, and the failure rate by trade. Reads only; each count
 * goes by an index (requests by inspector and day, by day; results through their requests).
 */
@ApplicationScoped
@Transactional
public class InspectionsWorkList implements WorkListSection {

    /** How many quarters the failure-rate charts show, the current one included. */
    static final int QUARTERS = 4;

    /** How many days the on-time chart shows, today included. */
    static final int ON_TIME_DAYS = 14;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM/dd", Locale.US);

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    InspectionSchedule schedule;

    @Inject
    OnTimeReports onTime;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<HomeCard> cards(Viewer viewer) {
        List<HomeCard> cards = new ArrayList<>();
        boolean supervisor = viewer.has(Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR);
        Optional<Inspector> me = viewer.has(Roles.INSPECTOR) ? inspectorOf(viewer.userName()) : Optional.empty();
        if (me.isPresent()) {
            cards.add(stopsToday(me.get(), viewer.today()));
        }
        if (viewer.has(Roles.INSPECTOR) || supervisor) {
            cards.add(unassigned(viewer.today(), supervisor));
        }
        if (me.isPresent()) {
            cards.add(myFailureRate(me.get(), viewer.today()));
        }
        if (supervisor) {
            cards.add(boardLoad(viewer.today()));
            cards.add(onTimeRate(viewer.today()));
        }
        if (viewer.has(Roles.PERMIT_TECHNICIAN, Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR)) {
            cards.add(hifrListed());
        }
        if (viewer.has(Roles.TRADE_CODE_ADMINISTRATOR)) {
            cards.add(failureRateByTrade(viewer.today()));
        }
        return cards;
    }

    private Optional<Inspector> inspectorOf(String userName) {
        return em.createQuery("select i from Inspector i where i.userName = :u", Inspector.class)
                .setParameter("u", userName)
                .getResultStream()
                .findFirst();
    }

    /** The inspector's requests of today not cancelled: the day list's stops. */
    private HomeCard stopsToday(Inspector me, LocalDate today) {
        Object[] row = em.createQuery(
                        "select count(r), coalesce(sum(case when r.urgentReason is not null then 1 else 0 end), 0) "
                                + "from InspectionRequest r where r.inspectorId = :i and r.scheduledFor = :day and r.status <> :cancelled",
                        Object[].class)
                .setParameter("i", me.getId())
                .setParameter("day", today)
                .setParameter("cancelled", InspectionRequest.Status.CANCELLED)
                .getSingleResult();
        long stops = ((Number) row[0]).longValue();
        long urgent = ((Number) row[1]).longValue();
        return new HomeCard(
                "inspections.stops-today",
                "My stops today",
                stops,
                "/inspections/day.xhtml",
                stops + " of a capacity of " + me.getDailyCapacity() + (urgent > 0 ? "; " + urgent + " urgent" : "")
                        + ", in route order on your day list");
    }

    /** Requests from today on that no inspector has (the assignment rule chose no one). */
    private HomeCard unassigned(LocalDate today, boolean supervisor) {
        long count = em.createQuery(
                        "select count(r) from InspectionRequest r where r.scheduledFor >= :day and r.inspectorId is null "
                                + "and r.status = :requested",
                        Long.class)
                .setParameter("day", today)
                .setParameter("requested", InspectionRequest.Status.REQUESTED)
                .getSingleResult();
        return new HomeCard(
                "inspections.unassigned",
                "Requests not yet assigned",
                count,
                supervisor ? "/inspections/board.xhtml" : "/inspections/requests.xhtml",
                count == 0
                        ? "Every request from today on has an inspector"
                        : "From today on, waiting for a supervisor to give them an inspector");
    }

    /**
     * 108.10 F: the failure rate of the inspections the inspector made (results of requests assigned to them), per
     * quarter, counted as the HIFR rate is (the results counted as failures in force on each quarter's last day),
     * against the HIFR threshold in force today.
     */
    private HomeCard myFailureRate(Inspector me, LocalDate today) {
        Quarter now = Quarter.of(today);
        Quarter first = now;
        for (int i = 1; i < QUARTERS; i++) {
            first = first.previous();
        }
        List<Object[]> rows = em.createQuery(
                        "select extract(year from r.scheduledFor), extract(quarter from r.scheduledFor), res.outcome, count(res) "
                                + "from InspectionRequest r join InspectionResult res on res.requestId = r.id "
                                + "where r.inspectorId = :i and r.scheduledFor >= :from and r.scheduledFor <= :to "
                                + "group by extract(year from r.scheduledFor), extract(quarter from r.scheduledFor), res.outcome",
                        Object[].class)
                .setParameter("i", me.getId())
                .setParameter("from", first.start())
                .setParameter("to", now.end())
                .getResultList();
        Map<String, int[]> sums = new HashMap<>();
        for (Object[] o : rows) {
            Quarter q = new Quarter(((Number) o[0]).intValue(), ((Number) o[1]).intValue());
            add(sums, q.toString(), q, (InspectionOutcome) o[2], ((Number) o[3]).intValue());
        }
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (Quarter q = first; q.compareTo(now) <= 0; q = q.next()) {
            int[] s = sums.get(q.toString());
            labels.add(q.toString());
            values.add(s == null || s[0] == 0 ? null : new HifrRules.Counts(s[0], s[1]).ratePercent());
        }
        int[] current = sums.getOrDefault(now.toString(), new int[2]);
        BigDecimal threshold = settings.valueOn(InspectionSettings.HIFR_THRESHOLD, today);
        BigDecimal rate = current[0] == 0 ? null : new HifrRules.Counts(current[0], current[1]).ratePercent();
        return new HomeCard(
                "inspections.my-failure-rate",
                "My failure rate this quarter",
                current[0],
                rate == null ? "none yet" : rate.toPlainString() + " %",
                "/inspections/failure-report.xhtml",
                current[1] + " failed of " + current[0] + " inspections in " + now + "; the HIFR line is "
                        + threshold.stripTrailingZeros().toPlainString() + " % (108.10 F)",
                new HomeChart(
                        "line",
                        "Failure rate % by quarter",
                        "Quarter",
                        labels,
                        values,
                        threshold,
                        "HIFR line " + threshold.stripTrailingZeros().toPlainString() + " % (108.10 F)"));
    }

    /** Adds {@code n} results of {@code outcome} to the sums of {@code key}, as the quarter's settings count them. */
    private void add(Map<String, int[]> sums, String key, Quarter q, InspectionOutcome outcome, int n) {
        CountedResults counted = InspectionSettings.countedResults(settings, q.end());
        if (!counted.inspection(outcome)) {
            return;
        }
        int[] s = sums.computeIfAbsent(key, k -> new int[2]);
        s[0] += n;
        if (counted.failure(outcome)) {
            s[1] += n;
        }
    }

    /** The board of today: each active inspector's load, as a bar chart. */
    private HomeCard boardLoad(LocalDate today) {
        BoardView board = schedule.board(today);
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        long load = 0;
        long over = 0;
        for (BoardView.InspectorLoad l : board.inspectors()) {
            labels.add(l.displayName());
            values.add(BigDecimal.valueOf(l.load()));
            load += l.load();
            over += l.overCapacity() ? 1 : 0;
        }
        return new HomeCard(
                "inspections.board-load",
                "Inspections on the board today",
                load,
                "/inspections/board.xhtml",
                board.inspectors().size() + " inspectors; " + over + " over capacity; " + board.unassigned()
                        + " unassigned today",
                new HomeChart("bar", "Inspections per inspector today", "Inspector", labels, values, null, null));
    }

    /** The on-time rate of the requests of the last days, by day, against the target. */
    private HomeCard onTimeRate(LocalDate today) {
        OnTimeReportView report = onTime.report(today.minusDays(ON_TIME_DAYS - 1L), today);
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (OnTimeReportView.Line d : report.byDay()) {
            labels.add(LocalDate.parse(d.key()).format(DAY));
            values.add(d.ratePercent());
        }
        BigDecimal rate = report.overall().ratePercent();
        String target = report.targetPercent().stripTrailingZeros().toPlainString();
        return new HomeCard(
                "inspections.on-time",
                "On-time rate, last " + ON_TIME_DAYS + " days",
                report.overall().counted(),
                rate == null ? "none yet" : rate.toPlainString() + " %",
                "/inspections/on-time.xhtml",
                report.overall().onTime() + " on time of " + report.overall().counted() + " counted; the target is "
                        + target + " %",
                new HomeChart(
                        "line",
                        "On-time rate % by day",
                        "Day",
                        labels,
                        values,
                        report.targetPercent(),
                        "Target " + target + " %"));
    }

    /** 108.10 F.2: the contractors on the HIFR list now, each sent the notice of its listing. */
    private HomeCard hifrListed() {
        long count = em.createQuery("select count(l) from HifrListing l where l.removedOn is null", Long.class)
                .getSingleResult();
        return new HomeCard(
                "inspections.hifr",
                "Contractors on the HIFR list",
                count,
                "/inspections/hifr.xhtml",
                count == 0
                        ? "No contractor is on the high inspection failure rate list"
                        : "Each listed contractor is sent its notice and owes training before removal (108.10 F.2)");
    }

    /** 108.10 F: this quarter's failure rate of contractors' inspections per trade, against the HIFR line. */
    private HomeCard failureRateByTrade(LocalDate today) {
        Quarter now = Quarter.of(today);
        List<Object[]> rows = em.createQuery(
                        "select p.trade, r.outcome, count(r) from InspectionResult r join InspectablePermit p on p.permitId = r.permitId "
                                + "where p.holderKind = :contractor and r.inspectedAt >= :from and r.inspectedAt < :to "
                                + "group by p.trade, r.outcome",
                        Object[].class)
                .setParameter("contractor", PermitHolder.Kind.CONTRACTOR)
                .setParameter("from", now.start().atStartOfDay())
                .setParameter("to", now.end().plusDays(1).atStartOfDay())
                .getResultList();
        Map<Trade, int[]> sums = new EnumMap<>(Trade.class);
        Map<String, int[]> byName = new HashMap<>();
        for (Object[] o : rows) {
            add(byName, ((Trade) o[0]).name(), now, (InspectionOutcome) o[1], ((Number) o[2]).intValue());
        }
        byName.forEach((k, v) -> sums.put(Trade.valueOf(k), v));
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        int inspections = 0;
        for (Trade t : Trade.values()) {
            int[] s = sums.get(t);
            labels.add(t.label());
            values.add(s == null || s[0] == 0 ? null : new HifrRules.Counts(s[0], s[1]).ratePercent());
            inspections += s == null ? 0 : s[0];
        }
        BigDecimal threshold = settings.valueOn(InspectionSettings.HIFR_THRESHOLD, today);
        String line = threshold.stripTrailingZeros().toPlainString();
        return new HomeCard(
                "inspections.failure-by-trade",
                "Failure rate by trade this quarter",
                inspections,
                "/inspections/failure-report.xhtml",
                inspections + " contractors' inspections in " + now + "; the HIFR line is " + line + " % (108.10 F)",
                new HomeChart(
                        "bar",
                        "Failure rate % by trade, " + now,
                        "Trade",
                        labels,
                        values,
                        threshold,
                        "HIFR line " + line + " % (108.10 F)"));
    }
}
