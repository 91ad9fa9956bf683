package org.tryon.inspections.register.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.api.PermitStatus;

/** Work is judged by the permit's state on the day it happened (108.8.1; outage notice of December 2017). */
class PermitStateOnDayTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 1, 5);
    private static final LocalDate EXPIRED = LocalDate.of(2026, 7, 5);

    private static PermitStatusRecord state(PermitStatus s, LocalDate on) {
        return new PermitStatusRecord(1, s, on, Instant.EPOCH);
    }

    @Test
    @DisplayName(
            "108.8.1: the day before the expiry the permit was issued; on the day of the expiry and after, it was expired")
    void stateAroundTheExpiry() {
        List<PermitStatusRecord> history =
                List.of(state(PermitStatus.ISSUED, ISSUED), state(PermitStatus.EXPIRED, EXPIRED));
        assertThat(PermitStateOnDay.inForce(history, EXPIRED.minusDays(1))
                        .orElseThrow()
                        .getStatus())
                .isEqualTo(PermitStatus.ISSUED);
        assertThat(PermitStateOnDay.inForce(history, EXPIRED).orElseThrow().getStatus())
                .isEqualTo(PermitStatus.EXPIRED);
        assertThat(PermitStateOnDay.inForce(history, EXPIRED.plusDays(40))
                        .orElseThrow()
                        .getStatus())
                .isEqualTo(PermitStatus.EXPIRED);
        assertThat(PermitStateOnDay.inForce(history, ISSUED.minusDays(1))).isEmpty();
    }

    @Test
    @DisplayName(
            "108.8.1, ADR 0016: a restoration effective on the day of the wrong expiry replaces it from that day; a later void ends it again")
    void restorationOnTheSameDayWins() {
        List<PermitStatusRecord> history = List.of(
                state(PermitStatus.ISSUED, ISSUED),
                state(PermitStatus.EXPIRED, EXPIRED),
                state(PermitStatus.WORK_COMMENCED, EXPIRED),
                state(PermitStatus.VOID, LocalDate.of(2027, 7, 4)));
        assertThat(PermitStateOnDay.inForce(history, EXPIRED).orElseThrow().getStatus())
                .isEqualTo(PermitStatus.WORK_COMMENCED);
        assertThat(PermitStateOnDay.inForce(history, LocalDate.of(2027, 7, 3))
                        .orElseThrow()
                        .getStatus())
                .isEqualTo(PermitStatus.WORK_COMMENCED);
        assertThat(PermitStateOnDay.inForce(history, LocalDate.of(2027, 7, 4))
                        .orElseThrow()
                        .getStatus())
                .isEqualTo(PermitStatus.VOID);
    }
}
