package org.tryon.permitting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.api.Trade;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.money.Money;

class PermitTest {

    private final ContractorFirm electrician = new ContractorFirm("Piedmont Electric LLC", "el-30511", Trade.ELECTRICAL, Instant.EPOCH);
    private final ProjectAddress address = new ProjectAddress("700 N Tryon St", "Charlotte", "nc", "28202");

    @Test
    @DisplayName("108.8 G: no permit for work by a contractor licensed for another trade")
    void contractorMustBeLicensedForThePermitsTrade() {
        assertThatThrownBy(() -> new Permit(Trade.PLUMBING, electrician, address, "Water heater", Money.of(2000), LocalDate.of(2026, 11, 23)))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> {
                    var v = ((RuleViolationException) e).violations().get(0);
                    assertThat(v.field()).isEqualTo("contractorId");
                    assertThat(v.rule()).isEqualTo("108.8 G");
                    assertThat(v.message()).contains("licensed for Electrical work, not Plumbing");
                });
    }

    @Test
    @DisplayName("108.8: an applied permit is issued once; issuing again is refused and changes nothing")
    void issuedOnceOnly() {
        Permit permit = new Permit(Trade.ELECTRICAL, electrician, address, "Service upgrade", Money.of(8500), LocalDate.of(2026, 11, 23));
        permit.issue(LocalDate.of(2026, 11, 24), "tech");
        assertThat(permit.getStatus()).isEqualTo(PermitStatus.ISSUED);
        assertThat(permit.getIssuedOn()).isEqualTo(LocalDate.of(2026, 11, 24));

        assertThatThrownBy(() -> permit.issue(LocalDate.of(2026, 11, 25), "someone else"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("only an applied permit can be issued");
        assertThat(permit.getIssuedOn()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(permit.getIssuedBy()).isEqualTo("tech");
    }

    @Test
    void normalisesLicenseAndState() {
        assertThat(electrician.getLicenseNumber()).isEqualTo("EL-30511");
        assertThat(address.getState()).isEqualTo("NC");
        assertThat(address.toString()).isEqualTo("700 N Tryon St, Charlotte, NC 28202");
    }

    @Test
    void constructionValueCannotBeNegative() {
        assertThatThrownBy(() -> new Permit(Trade.ELECTRICAL, electrician, address, "x", Money.of(-1), LocalDate.of(2026, 11, 23)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("cannot be negative");
    }
}
