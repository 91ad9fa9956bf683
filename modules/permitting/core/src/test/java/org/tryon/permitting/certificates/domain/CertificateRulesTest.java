package org.tryon.permitting.certificates.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.platform.errors.RuleViolationException.Violation;
import org.tryon.platform.kernel.Trade;

class CertificateRulesTest {

    private static PermitOnStructure permit(long id, String number, Trade trade, PermitStatus status) {
        return new PermitOnStructure(id, number, trade, status);
    }

    private static final PermitOnStructure BUILDING_FINALED =
            permit(1, "B-2026-000001", Trade.BUILDING, PermitStatus.FINALED);
    private static final PermitOnStructure ELECTRICAL_FINALED =
            permit(2, "E-2026-000002", Trade.ELECTRICAL, PermitStatus.FINALED);

    @Test
    @DisplayName("108.11.4: every permit on the structure finaled and nothing to settle: the certificate may be issued")
    void everyPermitFinaled() {
        assertThat(CertificateRules.certificateRefusals(
                        List.of(BUILDING_FINALED, ELECTRICAL_FINALED), Optional.empty(), List.of()))
                .isEmpty();
    }

    @Test
    @DisplayName("108.11.4: the refusal names every permit not finaled, with its state, and none that is")
    void refusalNamesEveryPermitNotFinaled() {
        List<Violation> refusals = CertificateRules.certificateRefusals(
                List.of(
                        BUILDING_FINALED,
                        permit(3, "E-2026-000003", Trade.ELECTRICAL, PermitStatus.WORK_COMMENCED),
                        permit(4, "P-2026-000004", Trade.PLUMBING, PermitStatus.ISSUED),
                        permit(5, "M-2026-000005", Trade.MECHANICAL, PermitStatus.APPLIED)),
                Optional.empty(),
                List.of());

        assertThat(refusals).extracting(Violation::rule).containsOnly("108.11.4 final-inspection");
        assertThat(refusals)
                .extracting(Violation::message)
                .hasSize(3)
                .anySatisfy(m -> assertThat(m).contains("E-2026-000003", "work commenced"))
                .anySatisfy(m -> assertThat(m).contains("P-2026-000004", "issued"))
                .anySatisfy(m -> assertThat(m).contains("M-2026-000005", "applied"))
                .noneSatisfy(m -> assertThat(m).contains("B-2026-000001"));
    }

    @Test
    @DisplayName(
            "108.11.4: a revoked, expired or void permit on the structure is not finaled and refuses the certificate")
    void endedPermitsStillRefuse() {
        List<Violation> refusals = CertificateRules.certificateRefusals(
                List.of(
                        BUILDING_FINALED,
                        permit(6, "E-2026-000006", Trade.ELECTRICAL, PermitStatus.REVOKED),
                        permit(7, "P-2026-000007", Trade.PLUMBING, PermitStatus.EXPIRED)),
                Optional.empty(),
                List.of());
        assertThat(refusals).hasSize(2);
    }

    @Test
    @DisplayName("108.11.4: a cancelled permit (no work under it) does not stand in the way")
    void cancelledPermitDoesNotCount() {
        assertThat(CertificateRules.certificateRefusals(
                        List.of(BUILDING_FINALED, permit(8, "E-2026-000008", Trade.ELECTRICAL, PermitStatus.CANCELLED)),
                        Optional.empty(),
                        List.of()))
                .isEmpty();
    }

    @Test
    @DisplayName("108.11.4: a structure with no permit (or only cancelled ones) has no certificate")
    void noPermitNoCertificate() {
        assertThat(CertificateRules.certificateRefusals(List.of(), Optional.empty(), List.of()))
                .extracting(Violation::rule)
                .containsExactly("108.11.4 permits");
        assertThat(CertificateRules.certificateRefusals(
                        List.of(permit(9, "B-2026-000009", Trade.BUILDING, PermitStatus.CANCELLED)),
                        Optional.empty(),
                        List.of()))
                .extracting(Violation::rule)
                .containsExactly("108.11.4 permits");
    }

    @Test
    @DisplayName(
            "108.11.4, 108.8 F.3, Re-Inspection Fee Program: fees to settle refuse the certificate, each reason given with the permits not finaled")
    void feesToSettleRefuse() {
        List<Violation> refusals = CertificateRules.certificateRefusals(
                List.of(BUILDING_FINALED, permit(3, "E-2026-000003", Trade.ELECTRICAL, PermitStatus.WORK_COMMENCED)),
                Optional.empty(),
                List.of("fees unpaid on account CONTRACTOR-4: Permit fee, B-2026-000001"));
        assertThat(refusals)
                .extracting(Violation::rule)
                .containsExactly("108.11.4 final-inspection", "108.11.4 fees-settled");
        assertThat(refusals.get(1).field()).isEqualTo("fees");
        assertThat(refusals.get(1).message()).contains("Re-Inspection Fee Program", "CONTRACTOR-4");
    }

    @Test
    @DisplayName("108.11.4: a project has one certificate")
    void onlyOnce() {
        PermitOnStructure issued = permit(1, "B-2026-000001", Trade.BUILDING, PermitStatus.CERTIFICATE_ISSUED);
        assertThat(CertificateRules.certificateRefusals(List.of(issued), Optional.of("CO-2026-000001"), List.of()))
                .extracting(Violation::rule)
                .containsExactly("108.11.4 once");
    }

    @Test
    @DisplayName(
            "108.11.4: building work gets a certificate of occupancy; trade work only, a certificate of compliance")
    void kindOfCertificate() {
        assertThat(CertificateKind.forTrades(List.of(Trade.BUILDING, Trade.ELECTRICAL)))
                .isEqualTo(CertificateKind.CERTIFICATE_OF_OCCUPANCY);
        assertThat(CertificateKind.forTrades(List.of(Trade.ELECTRICAL, Trade.PLUMBING)))
                .isEqualTo(CertificateKind.CERTIFICATE_OF_COMPLIANCE);
    }

    @Test
    @DisplayName(
            "108.11.3: a temporary certificate needs work under an issued permit, and none follows the certificate of occupancy")
    void temporaryCertificateRules() {
        assertThat(CertificateRules.temporaryCertificateRefusals(
                        List.of(permit(1, "B-2026-000001", Trade.BUILDING, PermitStatus.WORK_COMMENCED)),
                        Optional.empty()))
                .isEmpty();
        assertThat(CertificateRules.temporaryCertificateRefusals(
                        List.of(permit(1, "B-2026-000001", Trade.BUILDING, PermitStatus.APPLIED)), Optional.empty()))
                .extracting(Violation::rule)
                .containsExactly("108.11.3 under-permit");
        assertThat(CertificateRules.temporaryCertificateRefusals(
                        List.of(permit(1, "B-2026-000001", Trade.BUILDING, PermitStatus.CERTIFICATE_ISSUED)),
                        Optional.of("CO-2026-000001")))
                .extracting(Violation::rule)
                .containsExactly("108.11.3 after-certificate");
    }
}
