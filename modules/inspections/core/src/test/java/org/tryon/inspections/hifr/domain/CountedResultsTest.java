package org.tryon.inspections.hifr.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.inspections.api.CountedResults;
import org.tryon.inspections.api.InspectionOutcome;

/** Re-Inspection Fee Program and 108.10 F: what counts as a failed inspection and as an inspection. */
class CountedResultsTest {

    @Test
    @DisplayName(
            "Re-Inspection Fee Program, 108.10 F: by the seeds' words only a failed result is a failure; partial and not-ready results are not")
    void seedWords() {
        CountedResults c = CountedResults.SEED_WORDS;
        assertThat(c.failures()).containsExactly(InspectionOutcome.FAILED);
        assertThat(c.failure(InspectionOutcome.PARTIAL)).isFalse();
        assertThat(c.failure(InspectionOutcome.NOT_READY)).isFalse();
        assertThat(c.failuresLabel()).isEqualTo("Failed");
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program \"total inspections\": passed, failed and partial results are inspections; a not-ready visit only when it counts "
                    + "as a failure; a cancelled result never")
    void denominator() {
        assertThat(CountedResults.SEED_WORDS.inspections())
                .containsExactly(InspectionOutcome.PASSED, InspectionOutcome.FAILED, InspectionOutcome.PARTIAL);
        CountedResults wide = new CountedResults(true, true);
        assertThat(wide.inspections())
                .containsExactly(
                        InspectionOutcome.PASSED,
                        InspectionOutcome.FAILED,
                        InspectionOutcome.PARTIAL,
                        InspectionOutcome.NOT_READY);
        assertThat(wide.inspection(InspectionOutcome.CANCELLED)).isFalse();
        assertThat(wide.failuresLabel()).isEqualTo("Failed, Partial, Not ready");
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program, 108.10 F: with the setting including partial results, they count as failures")
    void partialBySetting() {
        CountedResults partial = new CountedResults(true, false);
        assertThat(partial.failure(InspectionOutcome.PARTIAL)).isTrue();
        assertThat(partial.failure(InspectionOutcome.NOT_READY)).isFalse();
        assertThat(partial.inspection(InspectionOutcome.NOT_READY)).isFalse();
    }

    @Test
    @DisplayName(
            "108.10 F.2.4: after a rotation off during the quarter, only inspections from the day after count; a rotation before "
                    + "the quarter or none: the whole quarter")
    void countedFromTheRotation() {
        Quarter q = new Quarter(2026, 2);
        assertThat(HifrRules.countedFrom(q, null)).isNull();
        assertThat(HifrRules.countedFrom(q, LocalDate.of(2026, 3, 31))).isNull();
        assertThat(HifrRules.countedFrom(q, LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(HifrRules.countedFrom(q, LocalDate.of(2026, 6, 30))).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(HifrRules.countedFrom(q, LocalDate.of(2026, 7, 1)))
                .as("rotated off after the quarter: none of it counts")
                .isEqualTo(LocalDate.of(2026, 7, 2));
    }
}
