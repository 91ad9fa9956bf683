package org.tryon.fees.adjustment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The 2002 schedule as V2 seeds it, for the unit tests. */
final class Schedules {

    static final LocalDate OCT_2002 = LocalDate.of(2002, 10, 1);

    static List<ScheduleBand> bands2002() {
        return List.of(
                band(0, 0, -20, 0),
                band(1, 10, -19, 1),
                band(11, 14, -8, 2),
                band(15, 15, 0, 0),
                band(16, 25, 1, 1),
                band(26, 40, 12, 2),
                band(41, null, 41, 1));
    }

    static AdjustmentSchedule of2002() {
        return new AdjustmentSchedule(OCT_2002, bands2002());
    }

    static ScheduleBand band(int from, Integer to, int atFrom, int step) {
        return new ScheduleBand(from, to, BigDecimal.valueOf(atFrom), BigDecimal.valueOf(step), from + ".." + to);
    }

    private Schedules() {}
}
