package org.tryon.permitting.machinery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tryon.platform.errors.NotAllowedException;

class MachineryAuthorityTest {

    @ParameterizedTest(
            name = "{0}: declares {1}, initial {2}, refers {3}, final and appeal outcome {4}, receives appeals {5}")
    @CsvSource({
        "INSPECTOR, true, true, true, false, false",
        "PERMIT_TECHNICIAN, true, false, false, false, true",
        "TRADE_CODE_ADMINISTRATOR, true, false, true, true, true",
        "ADMINISTRATOR, true, false, true, true, true",
        "PLAN_REVIEWER, false, false, false, false, false",
        "COMMISSION_CLERK, false, false, false, false, false"
    })
    @DisplayName(
            "108.10 G.3 C, G.3 D, G.2: the field inspector determines initially; the trade chief (trade code administrator, Administrator) finally and on appeal")
    void whoDoesWhat(
            String role, boolean declares, boolean initial, boolean refers, boolean chief, boolean receivesAppeals) {
        assertAllowed(MachineryAuthority.declarationRecorders(), role, declares);
        assertAllowed(MachineryAuthority.initialDeterminers(), role, initial);
        assertAllowed(MachineryAuthority.escalators(), role, refers);
        assertAllowed(MachineryAuthority.tradeChiefs(), role, chief);
        assertAllowed(MachineryAuthority.appealReceivers(), role, receivesAppeals);
    }

    @ParameterizedTest(name = "{0} signs as {1}")
    @CsvSource({
        "ADMINISTRATOR, Administrator",
        "TRADE_CODE_ADMINISTRATOR, Trade code administrator (Trade Chief)",
        "INSPECTOR, Field inspector (Code Enforcement Official)"
    })
    @DisplayName("108.10 G.1: a notice of exceptions is signed in the office of the one who issued it")
    void office(String role, String office) {
        assertThat(MachineryAuthority.office(role::equals)).isEqualTo(office);
    }

    private static void assertAllowed(Set<String> roles, String role, boolean allowed) {
        if (allowed) {
            assertThatCode(() -> MachineryAuthority.require(roles, role::equals, "108.10 G"))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> MachineryAuthority.require(roles, role::equals, "108.10 G"))
                    .isInstanceOf(NotAllowedException.class)
                    .hasMessageContaining("108.10 G");
        }
    }
}
