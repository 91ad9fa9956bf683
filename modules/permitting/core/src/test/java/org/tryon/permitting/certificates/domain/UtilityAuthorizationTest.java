package org.tryon.permitting.certificates.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.module.domain.Act;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.Trade;

class UtilityAuthorizationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

    private static UtilityAuthorization grant(Trade trade, PermitStatus status, UtilityKind kind, LocalDate endsOn) {
        return UtilityAuthorization.grant(
                new PermitOnStructure(1, trade.name().charAt(0) + "-2026-000001", trade, status),
                kind,
                "Duke Energy for Pat Lee",
                "Service to the panel only; no occupancy",
                new Act(TODAY, Instant.EPOCH, "tca", null),
                endsOn);
    }

    @ParameterizedTest
    @EnumSource(
            value = Trade.class,
            names = {"ELECTRICAL", "MECHANICAL"})
    @DisplayName(
            "108.11.1, 108.11.2: utilities are authorized on an issued electrical or mechanical permit, either kind")
    void electricalOrMechanical(Trade trade) {
        for (UtilityKind kind : UtilityKind.values()) {
            UtilityAuthorization a = grant(trade, PermitStatus.WORK_COMMENCED, kind, TODAY.plusDays(30));
            assertThat(a.getKind()).isEqualTo(kind);
            assertThat(a.getGranted().on()).isEqualTo(TODAY);
        }
        assertThat(grant(trade, PermitStatus.ISSUED, UtilityKind.TEMPORARY_UTILITIES, TODAY)
                        .getEndsOn())
                .isEqualTo(TODAY);
    }

    @ParameterizedTest
    @EnumSource(
            value = Trade.class,
            names = {"BUILDING", "PLUMBING"})
    @DisplayName("108.11.1: not on a building or plumbing permit")
    void otherTradesRefused(Trade trade) {
        assertThatThrownBy(() -> grant(trade, PermitStatus.ISSUED, UtilityKind.TEMPORARY_UTILITIES, TODAY.plusDays(30)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(RuleViolationException.Violation::rule)
                                .containsExactly("108.11.1 trade"));
    }

    @ParameterizedTest
    @EnumSource(
            value = PermitStatus.class,
            names = {"APPLIED", "APPROVED", "FINALED", "CERTIFICATE_ISSUED", "REVOKED", "VOID", "EXPIRED", "CANCELLED"})
    @DisplayName("108.11.1, 108.11.2: only before the permit is finaled, on an issued permit whose work is not ended")
    void onlyOnOpenPermits(PermitStatus status) {
        assertThatThrownBy(() ->
                        grant(Trade.ELECTRICAL, status, UtilityKind.LIMITED_CONDITIONAL_UTILITY, TODAY.plusDays(30)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(RuleViolationException.Violation::rule)
                                .containsExactly("108.11.2 open-permit"));
    }

    @Test
    @DisplayName(
            "108.11.1: the last day is not before the grant; who asked and the conditions are stated (every reason at once)")
    void requiredStatements() {
        assertThatThrownBy(() -> UtilityAuthorization.grant(
                        new PermitOnStructure(1, "E-2026-000001", Trade.ELECTRICAL, PermitStatus.ISSUED),
                        UtilityKind.TEMPORARY_UTILITIES,
                        " ",
                        "",
                        new Act(TODAY, Instant.EPOCH, "tca", null),
                        TODAY.minusDays(1)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(RuleViolationException.Violation::field)
                                .containsExactly("requestedBy", "conditions", "endsOn"));
    }

    @Test
    @DisplayName("108.11.1: in effect through its last day, ended the day after; withdrawn once, with a reason")
    void standing() {
        UtilityAuthorization a =
                grant(Trade.ELECTRICAL, PermitStatus.ISSUED, UtilityKind.TEMPORARY_UTILITIES, TODAY.plusDays(10));
        assertThat(a.standingOn(TODAY.plusDays(9))).isEqualTo(UtilityAuthorization.Standing.IN_EFFECT);
        assertThat(a.standingOn(TODAY.plusDays(10))).isEqualTo(UtilityAuthorization.Standing.IN_EFFECT);
        assertThat(a.standingOn(TODAY.plusDays(11))).isEqualTo(UtilityAuthorization.Standing.ENDED);

        assertThatThrownBy(() -> a.withdraw(new Act(TODAY.plusDays(2), Instant.EPOCH, "tca", null), ""))
                .isInstanceOf(RuleViolationException.class);
        a.withdraw(new Act(TODAY.plusDays(2), Instant.EPOCH, "tca", null), "Conditions not kept");
        assertThat(a.standingOn(TODAY.plusDays(1))).isEqualTo(UtilityAuthorization.Standing.IN_EFFECT);
        assertThat(a.standingOn(TODAY.plusDays(2))).isEqualTo(UtilityAuthorization.Standing.WITHDRAWN);
        assertThatThrownBy(() -> a.withdraw(new Act(TODAY.plusDays(3), Instant.EPOCH, "tca", null), "Again"))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    @DisplayName(
            "108.11.1, 108.11.2: what refuses the permit itself is told before anyone fills the form: its trade and its state, each naming the sections")
    void permitRefusalsForTheScreen() {
        String sections = "108.11.1, 108.11.2";
        assertThat(UtilityAuthorization.permitRefusals(
                        new PermitOnStructure(1, "E-2026-000001", Trade.ELECTRICAL, PermitStatus.ISSUED), sections))
                .isEmpty();
        assertThat(UtilityAuthorization.permitRefusals(
                        new PermitOnStructure(2, "B-2026-000002", Trade.BUILDING, PermitStatus.FINALED), sections))
                .extracting(RuleViolationException.Violation::message)
                .containsExactly(
                        "108.11.1, 108.11.2: utilities are authorized on an electrical or mechanical permit; B-2026-000002 is a building permit",
                        "108.11.1, 108.11.2: permit B-2026-000002 is finaled; utilities are authorized only before the permit is finaled, "
                                + "on an issued permit");
    }
}
