package org.tryon.fees.adjustment.web;

import java.util.List;
import org.tryon.fees.adjustment.application.AdjustmentSchedules;

/** Opens the screen's line parser to tests of other packages. */
public final class AdjustmentScheduleBeanAccess {

    private AdjustmentScheduleBeanAccess() {}

    public static List<AdjustmentSchedules.Band> parse(String text) {
        return AdjustmentScheduleBean.parse(text);
    }
}
