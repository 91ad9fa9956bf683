package org.tryon.inspections.assignment.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.tryon.inspections.assignment.domain.OnTime;

/**
 * The on-time rate of the requests scheduled in a period (the department's requirements: "show the rate by day, trade
 * and inspector against the 90 % target"), with the target in force on the period's last day.
 */
public record OnTimeReportView(
        LocalDate from,
        LocalDate to,
        BigDecimal targetPercent,
        Line overall,
        List<Line> byDay,
        List<Line> byTrade,
        List<Line> byInspector)
        implements java.io.Serializable {

    /**
     * One group: counts by standing; the rate is on time out of counted (on time, late, overdue),
     * null when nothing is counted yet; {@code meetsTarget} null likewise.
     */
    public record Line(
            String key,
            String label,
            int onTime,
            int late,
            int overdue,
            int pending,
            int notCounted,
            int counted,
            BigDecimal ratePercent,
            Boolean meetsTarget)
            implements java.io.Serializable {

        static Line of(String key, String label, OnTime.Tally t, BigDecimal target) {
            return new Line(
                    key,
                    label,
                    t.onTime(),
                    t.late(),
                    t.overdue(),
                    t.pending(),
                    t.notCounted(),
                    t.counted(),
                    t.ratePercent(),
                    t.meets(target));
        }
    }
}
