package org.tryon.permitting.certificates.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.certificates.domain.TemporaryCertificate.Standing;
import org.tryon.permitting.module.domain.Act;
import org.tryon.platform.errors.RuleViolationException;

class TemporaryCertificateTest {

    static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
    static final int DAYS = CertificateSettings.TEMPORARY_CERTIFICATE_DAYS.defaultValue();

    private static TemporaryCertificate tco() {
        return TemporaryCertificate.issue(
                7, "First floor", "Fire alarm monitored; second floor not occupied", by("tca", ISSUED), DAYS);
    }

    private static Act by(String user, LocalDate on) {
        return new Act(on, Instant.EPOCH, user, null);
    }

    @Test
    @DisplayName("108.11.3: the period is a setting, 90 days by default (assumed; the section's text is not at hand)")
    void defaultPeriod() {
        assertThat(DAYS).isEqualTo(90);
        assertThat(tco().getValidThrough()).isEqualTo(ISSUED.plusDays(90));
    }

    @Test
    @DisplayName("108.11.3: in force the day before its last day and on its last day; expired the day after")
    void expiryEdges() {
        TemporaryCertificate t = tco();
        LocalDate last = t.getValidThrough();
        assertThat(t.standingOn(last.minusDays(1))).isEqualTo(Standing.IN_FORCE);
        assertThat(t.standingOn(last)).isEqualTo(Standing.IN_FORCE);
        assertThat(t.standingOn(last.plusDays(1))).isEqualTo(Standing.EXPIRED);
    }

    @Test
    @DisplayName(
            "108.11.3: a renewal adds the period after its last day; renewed after expiry, the period runs from the day of renewal")
    void renewal() {
        TemporaryCertificate early = tco();
        LocalDate last = early.getValidThrough();
        early.renew(last.minusDays(10), 90);
        assertThat(early.getValidThrough()).isEqualTo(last.plusDays(90));
        assertThat(early.getRenewals()).isEqualTo(1);

        TemporaryCertificate late = tco();
        LocalDate renewedOn = late.getValidThrough().plusDays(5);
        assertThat(late.standingOn(renewedOn)).isEqualTo(Standing.EXPIRED);
        late.renew(renewedOn, 30);
        assertThat(late.getValidThrough()).isEqualTo(renewedOn.plusDays(30));
        assertThat(late.standingOn(renewedOn)).isEqualTo(Standing.IN_FORCE);
        assertThat(late.getLastRenewedOn()).isEqualTo(renewedOn);
    }

    @Test
    @DisplayName("108.11.3: revoked with a reason; a revoked certificate is neither renewed nor revoked again")
    void revocation() {
        TemporaryCertificate t = tco();
        assertThatThrownBy(() -> t.revoke(by("tca", ISSUED.plusDays(3)), " "))
                .isInstanceOf(RuleViolationException.class);
        t.revoke(by("tca", ISSUED.plusDays(3)), "Fire alarm not monitored");
        assertThat(t.standingOn(ISSUED.plusDays(3))).isEqualTo(Standing.REVOKED);
        assertThatThrownBy(() -> t.renew(ISSUED.plusDays(4), 90))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("revoked");
        assertThatThrownBy(() -> t.revoke(by("tca", ISSUED.plusDays(4)), "Again"))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    @DisplayName(
            "108.11.3, 108.11.4: the certificate of occupancy supersedes a temporary certificate in force, not a revoked one")
    void superseded() {
        TemporaryCertificate t = tco();
        t.supersede(by("director", ISSUED.plusDays(20)), "CO-2026-000009");
        assertThat(t.standingOn(ISSUED.plusDays(200))).isEqualTo(Standing.SUPERSEDED);
        assertThat(t.getEndedReason()).contains("CO-2026-000009");
        assertThat(t.getEnded()).isEqualTo(by("director", ISSUED.plusDays(20)));

        TemporaryCertificate revoked = tco();
        revoked.revoke(by("tca", ISSUED.plusDays(1)), "Conditions not kept");
        revoked.supersede(by("director", ISSUED.plusDays(20)), "CO-2026-000009");
        assertThat(revoked.getStatus()).isEqualTo(TemporaryCertificate.Status.REVOKED);
    }

    @Test
    @DisplayName("108.11.3: the conditions of occupancy are stated; the period is at least a day")
    void conditionsAndPeriodRequired() {
        assertThatThrownBy(() -> TemporaryCertificate.issue(7, null, "  ", by("tca", ISSUED), 90))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations().get(0).rule()).isEqualTo("108.11.3 conditions"));
        assertThatThrownBy(() -> TemporaryCertificate.issue(7, null, "Alarm monitored", by("tca", ISSUED), 0))
                .isInstanceOf(RuleViolationException.class);
        assertThat(TemporaryCertificate.issue(7, " ", "Alarm monitored", by("tca", ISSUED), 90)
                        .getPortion())
                .isNull();
    }
}
