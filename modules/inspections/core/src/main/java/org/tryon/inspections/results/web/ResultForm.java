package org.tryon.inspections.results.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.tryon.inspections.api.InspectionOutcome;
import org.tryon.inspections.results.application.DefectLines;
import org.tryon.inspections.results.application.RecordResult;

/**
 * The result-entry form shared by the requested inspection (108.10) and the department's own inspection (108.10.2,
 * 108.10.3): the outcome, the defects one per line, notes, when it was inspected, and the open defects of the permit
 * this inspection found corrected (108.10 D). Rendered by {@code /inspections/result-fields.xhtml}.
 */
public class ResultForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private InspectionOutcome outcome;
    private LocalDate inspectedOn;
    private LocalTime inspectedTime;
    private String defects;
    private String notes;
    private List<Long> corrected = new ArrayList<>();

    /** Inspected now, to the minute, on the application's clock. */
    void startNow(Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        inspectedOn = now.toLocalDate();
        inspectedTime = now.toLocalTime();
    }

    /** The moment of the inspection; noon when only the day is given, none when no day is. */
    LocalDateTime inspectedAt() {
        return inspectedOn == null ? null : inspectedOn.atTime(inspectedTime == null ? LocalTime.NOON : inspectedTime);
    }

    List<RecordResult.DefectInput> defectLines() {
        return DefectLines.parse(defects, DefectLines.LINES, "defects");
    }

    /** Ready for the next inspection; the day and time stay. */
    void clear() {
        outcome = null;
        defects = null;
        notes = null;
        corrected = new ArrayList<>();
    }

    public InspectionOutcome[] getOutcomes() {
        return InspectionOutcome.values();
    }

    public InspectionOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(InspectionOutcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getInspectedOn() {
        return inspectedOn;
    }

    public void setInspectedOn(LocalDate inspectedOn) {
        this.inspectedOn = inspectedOn;
    }

    public LocalTime getInspectedTime() {
        return inspectedTime;
    }

    public void setInspectedTime(LocalTime inspectedTime) {
        this.inspectedTime = inspectedTime;
    }

    public String getDefects() {
        return defects;
    }

    public void setDefects(String defects) {
        this.defects = defects;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<Long> getCorrected() {
        return corrected;
    }

    public void setCorrected(List<Long> corrected) {
        this.corrected = corrected;
    }
}
