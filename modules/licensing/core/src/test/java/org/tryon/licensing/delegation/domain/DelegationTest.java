package org.tryon.licensing.delegation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.errors.RuleViolationException;

class DelegationTest {

    private static final LocalDate FROM = LocalDate.of(2027, 1, 1);

    private static Delegation delegation(LocalDate until) {
        return new Delegation(
                "delegate",
                "HOMEOWNER-ELECTRICAL",
                FROM,
                until,
                Delegation.DecidedBy.BDC,
                "BDC resolution 2026-31",
                "HBA center",
                "examiner",
                Instant.EPOCH);
    }

    @Test
    @DisplayName(
            "107.1.5 C: a delegation covers its type from its first through its last day, not the day before or after, nor another type")
    void covers() {
        Delegation d = delegation(LocalDate.of(2027, 6, 30));
        assertThat(d.covers("HOMEOWNER-ELECTRICAL", FROM.minusDays(1))).isFalse();
        assertThat(d.covers("HOMEOWNER-ELECTRICAL", FROM)).isTrue();
        assertThat(d.covers("HOMEOWNER-ELECTRICAL", LocalDate.of(2027, 6, 30))).isTrue();
        assertThat(d.covers("HOMEOWNER-ELECTRICAL", LocalDate.of(2027, 7, 1))).isFalse();
        assertThat(d.covers("JOURNEYMAN-ELECTRICIAN", FROM)).isFalse();
        assertThat(delegation(null).covers("HOMEOWNER-ELECTRICAL", LocalDate.of(2040, 1, 1)))
                .isTrue();
    }

    @Test
    @DisplayName("107.1.5 C: a delegation ends on or after it starts; it is ended, never deleted")
    void ending() {
        assertThatThrownBy(() -> delegation(FROM.minusDays(1)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("107.1.5 C");
        Delegation d = delegation(null);
        d.end(LocalDate.of(2027, 3, 31), "examiner", "The center closed");
        assertThat(d.covers("HOMEOWNER-ELECTRICAL", LocalDate.of(2027, 4, 1))).isFalse();
        assertThat(d.getEndedBy()).isEqualTo("examiner");
        assertThatThrownBy(() -> d.end(LocalDate.of(2027, 5, 1), "examiner", "again"))
                .hasMessageContaining("already ended");
    }
}
