package org.tryon.licensing.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.licensing.module.domain.CertificateKind;
import org.tryon.platform.errors.RuleViolationException;

/** An application's life: refused types, the decision, the lapse (106). */
class ExamApplicationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static ExamApplication application(String address) {
        return new ExamApplication(
                "EX-TEST",
                1,
                "JOURNEYMAN-ELECTRICIAN",
                CertificateKind.EXAMINED,
                TODAY,
                "Ada Volt",
                LocalDate.of(1990, 5, 1),
                address,
                "ADA@example.org",
                null,
                ExamApplication.Via.STAFF,
                Instant.EPOCH);
    }

    @Test
    @DisplayName(
            "106: an application for a renewals-only type or a state board's credential is refused naming the rule")
    void refusedKinds() {
        assertThatThrownBy(() ->
                        ExamApplication.refuseUnlessExamined("Journeyman Plumber", CertificateKind.RENEWAL_ONLY, TODAY))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(
                                ((RuleViolationException) e).violations().get(0).rule())
                        .isEqualTo("106 renewal-only"));
        assertThatThrownBy(() -> ExamApplication.refuseUnlessExamined(
                        "NC licensed electrical contractor", CertificateKind.STATE_CREDENTIAL, TODAY))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("state board");
    }

    @Test
    @DisplayName(
            "106: eligibility lapses the rule's valid days after the decision; lapsed, the candidate may apply again")
    void lapse() {
        ExamApplication a = application("1 Main St, Charlotte NC");
        a.decide(EligibilityArithmetic.compute(java.util.List.of(), TODAY, 0, 0), 1, 365, TODAY, "examiner");
        assertThat(a.getEligibleUntil()).isEqualTo(TODAY.plusDays(365));
        assertThat(a.eligibleOn(TODAY.plusDays(365))).isTrue();
        assertThat(a.blocksNewApplication(TODAY.plusDays(365))).isTrue();
        assertThat(a.eligibleOn(TODAY.plusDays(366))).isFalse();
        assertThat(a.displayStatus(TODAY.plusDays(366))).isEqualTo("LAPSED");
        assertThat(a.blocksNewApplication(TODAY.plusDays(366))).isFalse();
    }

    @Test
    @DisplayName("106: a refusal lets the candidate apply again; a decided application changes no more")
    void refusal() {
        ExamApplication a = application("1 Main St");
        a.decide(EligibilityArithmetic.compute(java.util.List.of(), TODAY, 48, 0), 1, 365, TODAY, "examiner");
        assertThat(a.getStatus()).isEqualTo(ApplicationStatus.INELIGIBLE);
        assertThat(a.getEligibleUntil()).isNull();
        assertThat(a.blocksNewApplication(TODAY)).isFalse();
        assertThatThrownBy(() -> a.addReferee("R", "r@example.org", "foreman"))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    @DisplayName("106: no decision while the identity is incomplete or a line is not checked")
    void preconditions() {
        ExamApplication noAddress = application(" ");
        assertThatThrownBy(() -> noAddress.decide(
                        EligibilityArithmetic.compute(java.util.List.of(), TODAY, 0, 0), 1, 365, TODAY, "x"))
                .hasMessageContaining("mailing address");
        ExamApplication pending = application("1 Main St");
        pending.addReferee("R", "r@example.org", "foreman");
        assertThatThrownBy(() -> pending.decide(
                        EligibilityArithmetic.compute(java.util.List.of(), TODAY, 0, 0), 1, 365, TODAY, "x"))
                .hasMessageContaining("Verify or reject");
        assertThatThrownBy(() -> pending.addExperience("E", null, null, TODAY, TODAY.minusDays(1), 40))
                .hasMessageContaining("ends on or after");
    }
}
