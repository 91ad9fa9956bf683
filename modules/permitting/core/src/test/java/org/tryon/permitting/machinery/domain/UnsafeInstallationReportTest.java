package org.tryon.permitting.machinery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tryon.permitting.machinery.domain.Machinery.INSPECTOR;
import static org.tryon.permitting.machinery.domain.Machinery.TODAY;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.machinery.domain.UnsafeInstallationReport.OwnerAdvice;
import org.tryon.platform.errors.RuleViolationException;

class UnsafeInstallationReportTest {

    static final OwnerAdvice NOBODY = new OwnerAdvice(null, null, null);
    static final OwnerAdvice CONTRACTOR =
            new OwnerAdvice(AdvisedParty.OWNERS_ELECTRICAL_CONTRACTOR, "Volt Electric, Sam Diaz", TODAY);

    @Test
    @DisplayName(
            "108.10 G.3 F: an unsafe installation is recorded with the advice given: to the owner or the electrical contractor, to OSHA, or both")
    void advice() {
        UnsafeInstallationReport both = UnsafeInstallationReport.of(
                7,
                Machinery.item(1),
                TODAY.minusDays(1),
                "Guard missing on the shear",
                CONTRACTOR,
                TODAY,
                "NC DOL OSH Division",
                INSPECTOR);
        assertThat(both.getAdvisedParty()).isEqualTo(AdvisedParty.OWNERS_ELECTRICAL_CONTRACTOR);
        assertThat(both.getOshaAdvisedOn()).isEqualTo(TODAY);
        assertThat(both.getItemId()).isNotNull();
        UnsafeInstallationReport oshaOnly =
                UnsafeInstallationReport.of(7, null, TODAY, "Exposed live parts", NOBODY, TODAY, null, INSPECTOR);
        assertThat(oshaOnly.getAdvisedParty()).isNull();
        assertThat(oshaOnly.getItemId()).isNull();

        assertThatThrownBy(() -> UnsafeInstallationReport.of(
                        7, null, TODAY, "Exposed live parts", NOBODY, null, null, INSPECTOR))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("record whom the inspector advised");
        assertThatThrownBy(() -> UnsafeInstallationReport.of(
                        7,
                        null,
                        TODAY,
                        "Exposed live parts",
                        new OwnerAdvice(AdvisedParty.OWNER, " ", TODAY),
                        null,
                        null,
                        INSPECTOR))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Say whom of the owner");
    }

    @Test
    @DisplayName(
            "108.10 G.3 F: advice is given after the observation and not in the future; the item is on the permit's list")
    void dates() {
        assertThatThrownBy(() -> UnsafeInstallationReport.of(
                        7,
                        null,
                        TODAY,
                        "x",
                        new OwnerAdvice(AdvisedParty.OWNER, "Dana", TODAY.minusDays(1)),
                        null,
                        null,
                        INSPECTOR))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("between the observation");
        assertThatThrownBy(() ->
                        UnsafeInstallationReport.of(7, null, TODAY, "x", NOBODY, TODAY.plusDays(1), null, INSPECTOR))
                .isInstanceOf(RuleViolationException.class)
                .extracting(
                        e -> ((RuleViolationException) e).violations().get(0).field())
                .isEqualTo("oshaAdvisedOn");
        assertThatThrownBy(() ->
                        UnsafeInstallationReport.of(7, null, TODAY.plusDays(1), "x", NOBODY, null, null, INSPECTOR))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("not in the future");
        assertThatThrownBy(() ->
                        UnsafeInstallationReport.of(8, Machinery.item(1), TODAY, "x", NOBODY, TODAY, null, INSPECTOR))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("another permit");
    }
}
