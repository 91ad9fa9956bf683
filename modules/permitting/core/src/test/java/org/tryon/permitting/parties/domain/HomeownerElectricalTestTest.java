package org.tryon.permitting.parties.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.errors.RuleViolationException.Violation;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.text.UsFormat;

class HomeownerElectricalTestTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);
    private static final PermitHolder OWNER = PermitHolder.owner(7, "Jordan Reed");

    private static HomeownerCertificate certificate(String holder) {
        return new HomeownerCertificate(
                "HE-2026-0001", 1, "HOMEOWNER-ELECTRICAL", holder, DAY.minusDays(30), null, Instant.EPOCH);
    }

    private static java.util.List<String> rules(java.util.List<Violation> v) {
        return v.stream().map(Violation::rule).toList();
    }

    @Test
    @DisplayName(
            "108.8 C: an owner's electrical permit without a homeowner electrical certificate is refused naming the rule; with the owner's valid one it is not")
    void ownerElectrical() {
        assertThat(rules(HomeownerElectricalTest.refusals(Trade.ELECTRICAL, OWNER, null, Optional.empty(), DAY, true)))
                .containsExactly(HomeownerElectricalTest.RULE);
        assertThat(HomeownerElectricalTest.refusals(
                        Trade.ELECTRICAL, OWNER, "HE-2026-0009", Optional.empty(), DAY, true))
                .singleElement()
                .satisfies(v -> assertThat(v.message())
                        .contains("108.8 C")
                        .contains("no homeowner electrical certificate HE-2026-0009"));
        assertThat(HomeownerElectricalTest.refusals(
                        Trade.ELECTRICAL, OWNER, "HE-2026-0001", Optional.of(certificate(" jordan  REED")), DAY, true))
                .isEmpty();
        assertThat(HomeownerElectricalTest.refusals(
                        Trade.ELECTRICAL, OWNER, "HE-2026-0001", Optional.of(certificate("Linh Nguyen")), DAY, true))
                .singleElement()
                .satisfies(v -> assertThat(v.message()).contains("is not Jordan Reed's"));
    }

    @Test
    @DisplayName("108.8 C: a revoked, suspended or expired homeowner certificate does not count")
    void revokedSuspendedExpired() {
        HomeownerCertificate revoked = certificate("Jordan Reed");
        revoked.revoked(DAY, Instant.EPOCH);
        assertThat(HomeownerElectricalTest.refusals(
                        Trade.ELECTRICAL, OWNER, "HE-2026-0001", Optional.of(revoked), DAY, true))
                .singleElement()
                .satisfies(v -> assertThat(v.message()).contains("revoked on " + UsFormat.date(DAY)));
        assertThat(HomeownerElectricalTest.refusals(
                        Trade.ELECTRICAL, OWNER, "HE-2026-0001", Optional.of(revoked), DAY.minusDays(1), true))
                .isEmpty();
        HomeownerCertificate suspended = certificate("Jordan Reed");
        suspended.standing(true, null, Instant.EPOCH);
        assertThat(HomeownerElectricalTest.refusals(
                        Trade.ELECTRICAL, OWNER, "HE-2026-0001", Optional.of(suspended), DAY, true))
                .hasSize(1);
        HomeownerCertificate expiring = certificate("Jordan Reed");
        expiring.standing(false, DAY, Instant.EPOCH);
        assertThat(HomeownerElectricalTest.refusals(
                        Trade.ELECTRICAL, OWNER, "HE-2026-0001", Optional.of(expiring), DAY, true))
                .isEmpty();
        assertThat(HomeownerElectricalTest.refusals(
                        Trade.ELECTRICAL, OWNER, "HE-2026-0001", Optional.of(expiring), DAY.plusDays(1), true))
                .hasSize(1);
    }

    @Test
    @DisplayName(
            "108.8 C: the homeowner test concerns an owner's electrical permit only, and only while the rule is in force")
    void scope() {
        assertThat(HomeownerElectricalTest.refusals(Trade.PLUMBING, OWNER, null, Optional.empty(), DAY, true))
                .isEmpty();
        assertThat(HomeownerElectricalTest.refusals(
                        Trade.ELECTRICAL,
                        PermitHolder.contractor(3, "Volt Electric"),
                        null,
                        Optional.empty(),
                        DAY,
                        true))
                .isEmpty();
        assertThat(HomeownerElectricalTest.refusals(Trade.ELECTRICAL, OWNER, null, Optional.empty(), DAY, false))
                .isEmpty();
    }
}
