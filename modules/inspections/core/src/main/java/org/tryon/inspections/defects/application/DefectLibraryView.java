package org.tryon.inspections.defects.application;

import java.time.LocalDate;
import org.tryon.inspections.defects.domain.DefectLibraryEntry;

/** A defect library entry: a trade's code section with its standard wording and the days it is in force. */
public record DefectLibraryView(
        long id,
        String trade,
        String tradeLabel,
        String codeSection,
        String wording,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String changedBy)
        implements java.io.Serializable {

    public static DefectLibraryView of(DefectLibraryEntry e) {
        return new DefectLibraryView(
                e.getId(),
                e.getTrade().name(),
                e.getTrade().label(),
                e.getCodeSection(),
                e.getWording(),
                e.getEffectiveFrom(),
                e.getEffectiveTo(),
                e.getChangedBy());
    }

    /** How the picker shows it: the code section, then the wording. */
    public String label() {
        return codeSection + " " + wording;
    }
}
