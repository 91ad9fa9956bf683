package org.tryon.fees.adjustment.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.tryon.platform.text.UsFormat;

/**
 * The Reinspection Fee Adjustment Schedule in force from {@code effectiveFrom} (Re-Inspection Fee Program): data,
 * not code (table {@code fees_reinspection_band}, seeded with the 2002 schedule). Its lines cover
 * every whole percent from 0 up, without gap or overlap; the last line is open ("over 40 %").
 */
public record AdjustmentSchedule(LocalDate effectiveFrom, List<ScheduleBand> bands) {

    public AdjustmentSchedule {
        bands = bands.stream()
                .sorted(Comparator.comparingInt(ScheduleBand::rateFrom))
                .toList();
        if (bands.isEmpty() || bands.get(0).rateFrom() != 0) {
            throw new IllegalArgumentException(
                    "The schedule from " + UsFormat.date(effectiveFrom) + " must start at a rate of 0 %");
        }
        for (int i = 0; i < bands.size(); i++) {
            ScheduleBand b = bands.get(i);
            boolean last = i == bands.size() - 1;
            if (last != (b.rateTo() == null)) {
                throw new IllegalArgumentException("Only the last line of the schedule from "
                        + UsFormat.date(effectiveFrom) + " is open: " + b.range());
            }
            if (!last && bands.get(i + 1).rateFrom() != b.rateTo() + 1) {
                throw new IllegalArgumentException("The schedule from " + UsFormat.date(effectiveFrom)
                        + " has a gap or overlap after " + b.range());
            }
        }
    }

    /** The line the schedule reads at {@code rate} (whole percent). */
    public ScheduleBand lineFor(int rate) {
        return bands.stream()
                .filter(b -> b.covers(rate))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No schedule line for a rate of " + rate + " %"));
    }

    /**
     * Re-Inspection Fee Program (effective dating): the schedule in force on {@code day}: among {@code rows} (lines of
     * every schedule ever adopted, each with the day it applies from), the lines of the latest
     * schedule that applies on or before {@code day}; empty before the first one.
     */
    public static <R> Optional<AdjustmentSchedule> inForce(
            List<R> rows, Function<R, LocalDate> from, Function<R, ScheduleBand> band, LocalDate day) {
        Optional<LocalDate> latest =
                rows.stream().map(from).filter(d -> !d.isAfter(day)).max(Comparator.naturalOrder());
        return latest.map(d -> new AdjustmentSchedule(
                d, rows.stream().filter(r -> from.apply(r).equals(d)).map(band).toList()));
    }
}
