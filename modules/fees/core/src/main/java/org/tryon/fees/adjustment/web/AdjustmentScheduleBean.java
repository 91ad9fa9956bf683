package org.tryon.fees.adjustment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tryon.fees.adjustment.application.AdjustmentSchedules;
import org.tryon.platform.errors.InvalidInputException;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.web.FacesErrors;

/**
 * The Reinspection Fee Adjustment Schedules screen (Re-Inspection Fee Program): every schedule with its lines, and the
 * administrator's form for a schedule the board adopted, its lines one per line of text as
 * {@code from | to | adjustment at from | per point | as printed} ({@code to} empty on the open last line).
 */
@Named
@ViewScoped
public class AdjustmentScheduleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AdjustmentSchedules schedules;

    private LocalDate effectiveFrom;
    private String adoptedBy;
    private String lines;
    private List<AdjustmentSchedules.ScheduleView> list;

    public List<AdjustmentSchedules.ScheduleView> getSchedules() {
        if (list == null) {
            list = schedules.schedules();
        }
        return list;
    }

    public void adopt() {
        try {
            AdjustmentSchedules.ScheduleView s =
                    schedules.adopt(new AdjustmentSchedules.Adopt(effectiveFrom, adoptedBy, parse(lines)));
            FacesErrors.info("Schedule of " + s.bands().size() + " lines recorded, applying from "
                    + UsFormat.date(s.effectiveFrom()));
            list = null;
            effectiveFrom = null;
            adoptedBy = null;
            lines = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    static List<AdjustmentSchedules.Band> parse(String text) {
        List<AdjustmentSchedules.Band> bands = new ArrayList<>();
        if (text == null) {
            return bands;
        }
        int n = 0;
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            n++;
            String[] f = line.split("\\|", -1);
            if (f.length < 4) {
                throw new InvalidInputException(
                        "lines",
                        "format",
                        "Line " + n + ": write from | to | adjustment at from | per point | as printed");
            }
            try {
                bands.add(new AdjustmentSchedules.Band(
                        Integer.valueOf(f[0].trim()),
                        f[1].isBlank() ? null : Integer.valueOf(f[1].trim()),
                        new BigDecimal(f[2].trim()),
                        new BigDecimal(f[3].trim()),
                        f.length > 4 ? f[4].trim() : null));
            } catch (NumberFormatException e) {
                throw new InvalidInputException(
                        "lines",
                        "format",
                        "Line " + n + ": the rates are whole percents, the adjustment and the step numbers");
            }
        }
        return bands;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getAdoptedBy() {
        return adoptedBy;
    }

    public void setAdoptedBy(String adoptedBy) {
        this.adoptedBy = adoptedBy;
    }

    public String getLines() {
        return lines;
    }

    public void setLines(String lines) {
        this.lines = lines;
    }
}
