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
    private List<PickedDefect> picked = new ArrayList<>();

    /**
     * A defect picked from the defect library (ADR 0051): the entry's code section and standard wording, and the
     * inspector's location and note.
     */
    public static class PickedDefect implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long entryId;
        private final String codeSection;
        private final String wording;
        private String location;
        private String note;

        public PickedDefect(long entryId, String codeSection, String wording) {
            this.entryId = entryId;
            this.codeSection = codeSection;
            this.wording = wording;
        }

        public long getEntryId() {
            return entryId;
        }

        public String getCodeSection() {
            return codeSection;
        }

        public String getWording() {
            return wording;
        }

        public String getLocation() {
            return location;
        }

        public void setLocation(String location) {
            this.location = location;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

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

    /** The defects written as lines (the departmental screen), then those picked from the library. */
    List<RecordResult.DefectInput> defectLines() {
        List<RecordResult.DefectInput> list = new ArrayList<>(DefectLines.parse(defects, DefectLines.LINES, "defects"));
        for (PickedDefect p : picked) {
            list.add(new RecordResult.DefectInput(
                    p.getEntryId(), p.getCodeSection(), p.getWording(), p.getLocation(), p.getNote()));
        }
        return list;
    }

    public List<PickedDefect> getPicked() {
        return picked;
    }

    /** Ready for the next inspection; the day and time stay. */
    void clear() {
        outcome = null;
        defects = null;
        picked = new ArrayList<>();
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
