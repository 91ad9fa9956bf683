package org.tryon.inspections.assignment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.tryon.inspections.assignment.domain.Inspector;
import org.tryon.inspections.assignment.domain.OnTime;
import org.tryon.inspections.module.domain.InspectionSettings;
import org.tryon.inspections.requests.domain.InspectionRequest;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.settings.SettingTimeline;
import org.tryon.platform.settings.Settings;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.time.CountyCalendar;
import org.tryon.platform.time.WorkingDayCalendar;

/**
 * The on-time rate ({@link OnTime}) of the requests scheduled in a period, by day, trade and
 * inspector (the inspector the request is assigned to now), against the target in force on the
 * period's last day. Each request is judged by the number of working days in force on its
 * scheduled day.
 */
@ApplicationScoped
@Transactional
public class OnTimeReports {

    /** A longer period is a query of hundreds of thousands of requests (about 320,000 inspections a year): ask per year. */
    static final int MAX_DAYS = 366;

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    @Inject
    CountyCalendar calendar;

    @Inject
    Supervision supervision;

    /** Supervisors only. Without dates: the 30 days up to today. */
    public OnTimeReportView report(LocalDate from, LocalDate to) {
        supervision.requireSupervisor("The on-time rate is the supervisors' (trade code administrator, administrator)");
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to == null ? (from == null ? today : from.plusDays(29)) : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        if (start.isAfter(end)) {
            throw new RuleViolationException(
                    "from",
                    "period.order",
                    "The period starts (" + UsFormat.date(start) + ") after it ends (" + UsFormat.date(end) + ")");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw new RuleViolationException(
                    "to", "period.max", "A period is at most " + MAX_DAYS + " days; ask for each year apart");
        }
        WorkingDayCalendar workingDays = calendar.calendar();
        SettingTimeline<Integer> allowed = settings.timeline(InspectionSettings.ON_TIME_WORKING_DAYS);
        BigDecimal target = settings.valueOn(InspectionSettings.ON_TIME_TARGET, end);
        Map<Long, String> names = new HashMap<>();
        em.createQuery("select i from Inspector i", Inspector.class)
                .getResultList()
                .forEach(i -> names.put(i.getId(), i.getDisplayName()));

        OnTime.Tally overall = new OnTime.Tally();
        Map<LocalDate, OnTime.Tally> byDay = new TreeMap<>();
        Map<Trade, OnTime.Tally> byTrade = new EnumMap<>(Trade.class);
        Map<Long, OnTime.Tally> byInspector = new HashMap<>();
        OnTime.Tally unassigned = new OnTime.Tally();
        List<Object[]> rows = em.createQuery(
                        "select r.scheduledFor, r.status, r.inspectorId, p.trade, res.inspectedAt from InspectionRequest r "
                                + "join InspectablePermit p on p.permitId = r.permitId left join InspectionResult res on res.requestId = r.id "
                                + "where r.scheduledFor between :from and :to",
                        Object[].class)
                .setParameter("from", start)
                .setParameter("to", end)
                .getResultList();
        for (Object[] row : rows) {
            LocalDate scheduled = (LocalDate) row[0];
            LocalDateTime inspectedAt = (LocalDateTime) row[4];
            OnTime.Standing standing = OnTime.of(
                    scheduled,
                    inspectedAt == null ? null : inspectedAt.toLocalDate(),
                    row[1] == InspectionRequest.Status.CANCELLED,
                    today,
                    allowed.valueOn(scheduled),
                    workingDays);
            overall.add(standing);
            byDay.computeIfAbsent(scheduled, d -> new OnTime.Tally()).add(standing);
            byTrade.computeIfAbsent((Trade) row[3], t -> new OnTime.Tally()).add(standing);
            (row[2] == null ? unassigned : byInspector.computeIfAbsent((Long) row[2], i -> new OnTime.Tally()))
                    .add(standing);
        }
        List<OnTimeReportView.Line> days = new ArrayList<>();
        byDay.forEach((d, t) -> days.add(OnTimeReportView.Line.of(
                d.toString(),
                d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US) + " " + UsFormat.date(d),
                t,
                target)));
        List<OnTimeReportView.Line> trades = new ArrayList<>();
        byTrade.forEach((trade, t) -> trades.add(OnTimeReportView.Line.of(trade.name(), trade.label(), t, target)));
        List<OnTimeReportView.Line> inspectors = new ArrayList<>(byInspector.entrySet().stream()
                .map(e -> OnTimeReportView.Line.of(
                        String.valueOf(e.getKey()),
                        names.getOrDefault(e.getKey(), "#" + e.getKey()),
                        e.getValue(),
                        target))
                .sorted(java.util.Comparator.comparing(OnTimeReportView.Line::label, String.CASE_INSENSITIVE_ORDER))
                .toList());
        if (unassigned.counted() + unassigned.pending() + unassigned.notCounted() > 0) {
            inspectors.add(OnTimeReportView.Line.of("unassigned", "Unassigned", unassigned, target));
        }
        return new OnTimeReportView(
                start,
                end,
                target,
                OnTimeReportView.Line.of("all", "All inspections", overall, target),
                days,
                trades,
                inspectors);
    }
}
