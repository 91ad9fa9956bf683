package org.tryon.inspections.results.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.inspections.api.InspectionOutcome;

class ResultFormTest {

    private static final Clock COUNTY =
            Clock.fixed(Instant.parse("2026-03-10T14:37:42Z"), ZoneId.of("America/New_York"));

    @Test
    @DisplayName(
            "108.10 D result form: starts inspected now to the minute on the county's clock; noon when the time is left empty")
    void inspectedAt() {
        ResultForm form = new ResultForm();
        form.startNow(COUNTY);
        assertThat(form.inspectedAt()).isEqualTo(LocalDateTime.of(2026, 3, 10, 10, 37));
        form.setInspectedTime(null);
        assertThat(form.inspectedAt()).isEqualTo(LocalDate.of(2026, 3, 10).atTime(12, 0));
        form.setInspectedOn(null);
        assertThat(form.inspectedAt()).as("no day: the use case refuses it").isNull();
    }

    @Test
    @DisplayName("108.10 D result form: defects one per line; clearing keeps the day for the next inspection")
    void defectsAndClear() {
        ResultForm form = new ResultForm();
        form.startNow(COUNTY);
        form.setOutcome(InspectionOutcome.FAILED);
        form.setDefects("R314.3 | Smoke alarm missing | hall");
        form.setNotes("n");
        form.setCorrected(List.of(4L));
        assertThat(form.defectLines())
                .singleElement()
                .satisfies(d -> assertThat(d.codeSection()).isEqualTo("R314.3"));
        form.clear();
        assertThat(form.getOutcome()).isNull();
        assertThat(form.getDefects()).isNull();
        assertThat(form.getNotes()).isNull();
        assertThat(form.getCorrected()).isEmpty();
        assertThat(form.getInspectedOn()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(form.getOutcomes()).contains(InspectionOutcome.FAILED);
    }

    @Test
    @DisplayName(
            "108.3 result form: a defect picked from the library is sent with its entry, location and note; clearing"
                    + " forgets the picked defects")
    void pickedDefects() {
        ResultForm form = new ResultForm();
        form.startNow(COUNTY);
        ResultForm.PickedDefect picked = new ResultForm.PickedDefect(7L, "R403.1", "Footing not to the required depth");
        picked.setLocation("north corner");
        picked.setNote("12 in.");
        form.getPicked().add(picked);
        assertThat(form.defectLines()).singleElement().satisfies(d -> {
            assertThat(d.libraryEntryId()).isEqualTo(7L);
            assertThat(d.codeSection()).isEqualTo("R403.1");
            assertThat(d.location()).isEqualTo("north corner");
            assertThat(d.note()).isEqualTo("12 in.");
        });
        form.clear();
        assertThat(form.getPicked()).isEmpty();
    }
}
