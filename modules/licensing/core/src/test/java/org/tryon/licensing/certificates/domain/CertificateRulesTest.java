package org.tryon.licensing.certificates.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.errors.RuleViolationException;

class CertificateRulesTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 12, 6);
    private static final LocalDate RULE_FROM = LocalDate.of(1996, 2, 29);

    private static Certificate journeyman() {
        return new Certificate(
                "JE-2026-0001",
                "JOURNEYMAN-ELECTRICIAN",
                1,
                "Ada Volt",
                7L,
                VerificationCodes.next(),
                ISSUED,
                OptionalInt.of(1));
    }

    @Test
    @DisplayName("109: numbers read as the type's initials, the year and a running number of four digits")
    void numbers() {
        assertThat(CertificateNumbers.prefix("JOURNEYMAN-ELECTRICIAN")).isEqualTo("JE");
        assertThat(CertificateNumbers.prefix("HOMEOWNER-ELECTRICAL")).isEqualTo("HE");
        assertThat(CertificateNumbers.prefix("MECHANIC-GAS-PIPING")).isEqualTo("MGP");
        assertThat(CertificateNumbers.format("JE", 2026, 1)).isEqualTo("JE-2026-0001");
        assertThat(CertificateNumbers.format("HE", 2027, 123)).isEqualTo("HE-2027-0123");
        assertThat(CertificateNumbers.normalize(" je-2026-0001 ")).isEqualTo("JE-2026-0001");
        assertThatThrownBy(() -> CertificateNumbers.format("JE", 2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("109: verification codes are 16 random characters without look-alikes; 10,000 codes are all different")
    void verificationCodes() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = VerificationCodes.next();
            assertThat(code).matches("[A-HJKMNP-Z2-8]{4}(-[A-HJKMNP-Z2-8]{4}){3}");
            codes.add(code);
        }
        assertThat(codes).hasSize(10_000);
    }

    @Test
    @DisplayName(
            "109: a certificate is valid through its expiry day and expired the day after; a homeowner certificate never expires")
    void expiry() {
        Certificate c = journeyman();
        assertThat(c.getExpiresOn()).isEqualTo(LocalDate.of(2027, 12, 6));
        assertThat(c.statusOn(LocalDate.of(2027, 12, 6))).isEqualTo(CertificateStatus.VALID);
        assertThat(c.statusOn(LocalDate.of(2027, 12, 7))).isEqualTo(CertificateStatus.EXPIRED);
        Certificate homeowner = new Certificate(
                "HE-2026-0001",
                "HOMEOWNER-ELECTRICAL",
                2,
                "Jordan Reed",
                null,
                VerificationCodes.next(),
                ISSUED,
                OptionalInt.empty());
        assertThat(homeowner.getExpiresOn()).isNull();
        assertThat(homeowner.statusOn(LocalDate.of(2090, 1, 1))).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    @DisplayName(
            "109 continuing education: a renewal with 7.5 of 8 hours is refused naming the rule; with 8 it renews for the period from the expiry day")
    void renewal() {
        Certificate c = journeyman();
        assertThatThrownBy(() ->
                        c.renew(LocalDate.of(2027, 11, 30), OptionalInt.of(1), 8, new BigDecimal("7.5"), RULE_FROM))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).violations())
                        .extracting(RuleViolationException.Violation::rule)
                        .containsExactly("109 continuing education"))
                .hasMessageContaining("in force since 02/29/1996")
                .hasMessageContaining("requires 8 hours")
                .hasMessageContaining("7.5 recorded");
        assertThat(c.getExpiresOn()).isEqualTo(LocalDate.of(2027, 12, 6));
        c.renew(LocalDate.of(2027, 11, 30), OptionalInt.of(1), 8, new BigDecimal("8"), RULE_FROM);
        assertThat(c.getExpiresOn()).isEqualTo(LocalDate.of(2028, 12, 6));
        assertThat(c.getPeriodFrom()).isEqualTo(LocalDate.of(2027, 11, 30));
        // renewed after it expired: the new period runs from the renewal day
        c.renew(LocalDate.of(2029, 3, 1), OptionalInt.of(1), 8, new BigDecimal("8"), RULE_FROM);
        assertThat(c.getExpiresOn()).isEqualTo(LocalDate.of(2030, 3, 1));
    }

    @Test
    @DisplayName("109: a certificate that does not expire is not renewed")
    void noRenewalWithoutExpiry() {
        Certificate homeowner = new Certificate(
                "HE-2026-0002",
                "HOMEOWNER-ELECTRICAL",
                2,
                "Jordan Reed",
                null,
                VerificationCodes.next(),
                ISSUED,
                OptionalInt.empty());
        assertThatThrownBy(() -> homeowner.renew(ISSUED, OptionalInt.empty(), 0, BigDecimal.TEN, RULE_FROM))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("does not expire");
    }

    @Test
    @DisplayName(
            "107.1.5 C.2: suspension, its lifting and revocation; revocation is final and a suspended certificate is not renewed")
    void officialActions() {
        Certificate c = journeyman();
        c.suspend();
        assertThat(c.statusOn(ISSUED)).isEqualTo(CertificateStatus.SUSPENDED);
        assertThatThrownBy(c::suspend).hasMessageContaining("already suspended");
        assertThatThrownBy(() -> c.renew(ISSUED, OptionalInt.of(1), 0, BigDecimal.TEN, RULE_FROM))
                .hasMessageContaining("suspended");
        c.reinstate();
        assertThat(c.statusOn(ISSUED)).isEqualTo(CertificateStatus.VALID);
        assertThatThrownBy(c::reinstate).hasMessageContaining("not suspended");
        c.revoke();
        assertThat(c.statusOn(ISSUED)).isEqualTo(CertificateStatus.REVOKED);
        assertThatThrownBy(c::revoke).hasMessageContaining("revoked");
        assertThatThrownBy(c::suspend).hasMessageContaining("revoked");
        assertThatThrownBy(c::reinstate).hasMessageContaining("not suspended");
    }

    @Test
    @DisplayName("107.1.5 C.2: an official action names its decision (reference) and why")
    void actionNeedsReferenceAndReason() {
        Certificate c = journeyman();
        assertThatThrownBy(() -> new OfficialAction(
                        ActionKind.REVOKED,
                        c,
                        c.getCertificateType(),
                        c.getHolderName(),
                        null,
                        ISSUED,
                        " ",
                        "x",
                        "examiner",
                        java.time.Instant.EPOCH))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("107.1.5 C.2");
        assertThatThrownBy(() -> new OfficialAction(
                        ActionKind.REVOKED,
                        c,
                        c.getCertificateType(),
                        c.getHolderName(),
                        null,
                        ISSUED,
                        "Minutes 12",
                        "",
                        "examiner",
                        java.time.Instant.EPOCH))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("say why");
    }

    @Test
    @DisplayName(
            "109, 107.1.5 C: a pass with an application eligible on the day issues; a fail, a lapsed or later eligibility, an invalidated result do not; a delegated pass waits for review")
    void issuingRule() {
        LocalDate taken = LocalDate.of(2026, 12, 6);
        IssuingRule.Application eligible = new IssuingRule.Application("ELIGIBLE", taken.minusMonths(2), taken);
        IssuingRule.Result pass = new IssuingRule.Result(true, "VALID", taken);
        assertThat(IssuingRule.decide(pass, List.of(eligible), false, false).outcome())
                .isEqualTo(IssuingRule.Outcome.ISSUE);
        assertThat(IssuingRule.decide(pass, List.of(eligible), true, false).outcome())
                .isEqualTo(IssuingRule.Outcome.AWAIT_REVIEW);
        assertThat(IssuingRule.decide(new IssuingRule.Result(false, "VALID", taken), List.of(eligible), false, false)
                        .outcome())
                .isEqualTo(IssuingRule.Outcome.NONE);
        assertThat(IssuingRule.decide(
                                new IssuingRule.Result(true, "INVALIDATED", taken), List.of(eligible), false, false)
                        .outcome())
                .isEqualTo(IssuingRule.Outcome.NONE);
        IssuingRule.Application lapsed =
                new IssuingRule.Application("ELIGIBLE", taken.minusYears(1), taken.minusDays(1));
        IssuingRule.Application later = new IssuingRule.Application("ELIGIBLE", taken.plusDays(1), null);
        IssuingRule.Application ineligible = new IssuingRule.Application("INELIGIBLE", taken.minusMonths(1), null);
        IssuingRule.Decision none = IssuingRule.decide(pass, List.of(lapsed, later, ineligible), false, false);
        assertThat(none.outcome()).isEqualTo(IssuingRule.Outcome.NONE);
        assertThat(none.whyNot()).hasValueSatisfying(w -> assertThat(w).contains("eligible on 12/06/2026"));
        assertThat(IssuingRule.decide(pass, List.of(eligible), false, true).outcome())
                .isEqualTo(IssuingRule.Outcome.NONE);
    }
}
