package org.tryon.permitting.changes.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChangeViewTest {

    private static final LocalDate ON = LocalDate.of(2026, 12, 1);

    private static ChangeView change(String state, Boolean substantial, BigDecimal fee, Integer revisedCycle) {
        return new ChangeView(
                5,
                7,
                ON,
                "Pat Lee",
                "Add a screened porch",
                state,
                substantial,
                fee,
                1,
                revisedCycle,
                state.equals("REQUESTED") ? null : "tca",
                state.equals("REQUESTED") ? null : ON.plusDays(3),
                null,
                0);
    }

    @Test
    @DisplayName(
            "108.8.2: a pending change says a substantial one needs revised plans approved in a later review cycle")
    void pending() {
        ChangeView c = change("REQUESTED", null, null, null);
        assertThat(c.pending()).isTrue();
        assertThat(c.decisionLabel())
                .contains(
                        "Awaiting the Department's written decision",
                        "revised plans go to plan review (cycle 2 or later)");
    }

    @Test
    @DisplayName(
            "108.8.2, 108.9: the decision as the permit page shows it: substantial with its review cycle and fee; not substantial; refused")
    void decided() {
        assertThat(change("APPROVED", true, new BigDecimal("150.00"), 2).decisionLabel())
                .isEqualTo(
                        "Approved in writing on 12/04/2026 by tca; substantial: revised plans approved in plan review cycle 2; "
                                + "additional fee $150.00 (108.9)");
        assertThat(change("APPROVED", false, new BigDecimal("0.00"), null).decisionLabel())
                .isEqualTo("Approved in writing on 12/04/2026 by tca; not substantial");
        ChangeView refused = change("REFUSED", null, null, null);
        assertThat(refused.pending()).isFalse();
        assertThat(refused.decisionLabel()).isEqualTo("Refused in writing on 12/04/2026 by tca");
    }
}
