package org.tryon.permitting.permits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.certificates.domain.CertificateRules;
import org.tryon.permitting.certificates.domain.PermitOnStructure;
import org.tryon.permitting.parties.domain.ContractorFirm;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.errors.RuleViolationException.Violation;
import org.tryon.platform.kernel.Trade;

/** 108.8.1: "work may resume once a new permit has been secured": a new permit replaces an ended one. */
class PermitReplacementTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    private final ContractorFirm builder = Fixtures.firm("Queen City Builders", "bl-10001", Trade.BUILDING);
    private final Project project = Fixtures.house(Fixtures.owner());

    private Permit application(Trade trade, Project on) {
        ContractorFirm firm = trade == Trade.BUILDING ? builder : Fixtures.firm("Sparks Electric", "el-20002", trade);
        return Fixtures.permit(trade, firm, on, 100_000, DAY.plusMonths(7));
    }

    /** A building permit issued on {@link #DAY} and moved to {@code ended} (or left issued when null). */
    private Permit permit(PermitStatus ended) {
        Permit p = Fixtures.permit(Trade.BUILDING, builder, project, 100_000, DAY);
        p.issue(DAY, Instant.EPOCH, "tech");
        if (ended == PermitStatus.VOID || ended == PermitStatus.FINALED) {
            p.moveTo(PermitStatus.WORK_COMMENCED, DAY.plusDays(10), Instant.EPOCH, "tech", "Footing inspected");
        }
        if (ended != null) {
            p.moveTo(ended, DAY.plusMonths(6), Instant.EPOCH, "system", "ended");
        }
        return p;
    }

    private static List<String> rules(Runnable r) {
        try {
            r.run();
        } catch (RuleViolationException e) {
            assertThat(e.violations()).extracting(Violation::field).containsOnly("replacesPermitId");
            return e.violations().stream().map(Violation::rule).toList();
        }
        return List.of();
    }

    @Test
    @DisplayName(
            "108.8.1: a revoked, expired or void permit is replaced by a new application for the same trade and project; the link goes both ways")
    void endedPermitIsReplaced() {
        for (PermitStatus ended : new PermitStatus[] {PermitStatus.REVOKED, PermitStatus.EXPIRED, PermitStatus.VOID}) {
            Permit old = permit(ended);
            Permit replacement = application(Trade.BUILDING, project);
            replacement.replace(old);
            assertThat(replacement.getReplaces()).as(ended.name()).isSameAs(old);
            assertThat(old.getReplacedBy()).as(ended.name()).isSameAs(replacement);
            assertThat(replacement.getStatus()).isEqualTo(PermitStatus.APPLIED);
        }
    }

    @Test
    @DisplayName("108.8.1: a permit that has not ended (issued, commenced, finaled) or was cancelled is not replaced")
    void onlyEndedPermitsAreReplaced() {
        assertThat(rules(() -> application(Trade.BUILDING, project).replace(permit(null))))
                .containsExactly("108.8.1 replace-ended");
        assertThat(rules(() -> application(Trade.BUILDING, project).replace(permit(PermitStatus.FINALED))))
                .containsExactly("108.8.1 replace-ended");
        assertThat(rules(() -> application(Trade.BUILDING, project).replace(permit(PermitStatus.CANCELLED))))
                .containsExactly("108.8.1 replace-ended");
    }

    @Test
    @DisplayName("108.8.1: the replacement is for the same trade and the same project; every refusal is named at once")
    void sameTradeAndProject() {
        assertThat(rules(() -> application(Trade.ELECTRICAL, project).replace(permit(PermitStatus.EXPIRED))))
                .containsExactly("108.8.1 replace-same-trade");
        Project other = Fixtures.house(Fixtures.owner());
        assertThat(rules(() -> application(Trade.BUILDING, other).replace(permit(PermitStatus.EXPIRED))))
                .containsExactly("108.8.1 replace-same-project");
        assertThat(rules(() -> application(Trade.ELECTRICAL, other).replace(permit(null))))
                .containsExactly("108.8.1 replace-ended", "108.8.1 replace-same-trade", "108.8.1 replace-same-project");
    }

    @Test
    @DisplayName(
            "108.8.1: a permit already replaced is not replaced twice; once its replacement is cancelled it may be replaced again")
    void replacedOnce() {
        Permit old = permit(PermitStatus.EXPIRED);
        Permit first = application(Trade.BUILDING, project);
        first.replace(old);
        Permit second = application(Trade.BUILDING, project);
        assertThatThrownBy(() -> second.replace(old))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).violations())
                        .extracting(Violation::rule)
                        .containsExactly("108.8.1 replaced-once"));
        assertThat(second.getReplaces()).isNull();

        first.moveTo(PermitStatus.CANCELLED, DAY.plusMonths(8), Instant.EPOCH, "tech", "Withdrawn by the applicant");
        assertThat(old.getReplacedBy()).isNull();
        second.replace(old);
        assertThat(old.getReplacedBy()).isSameAs(second);
    }

    @Test
    @DisplayName(
            "108.8.1: the replacement may itself end and be replaced; its own ending does not release the permit it replaces")
    void replacementMayEndAndBeReplaced() {
        Permit old = permit(PermitStatus.REVOKED);
        Permit first = application(Trade.BUILDING, project);
        first.replace(old);
        first.issue(DAY.plusMonths(8), Instant.EPOCH, "tech");
        first.moveTo(
                PermitStatus.EXPIRED,
                DAY.plusMonths(14),
                Instant.EPOCH,
                "system",
                "108.8.1: not commenced within six months");
        assertThat(old.getReplacedBy()).isSameAs(first);
        Permit second = application(Trade.BUILDING, project);
        second.replace(first);
        assertThat(first.getReplacedBy()).isSameAs(second);
    }

    @Test
    @DisplayName(
            "108.11.4, 108.8.1: a replaced ended permit no longer refuses the certificate; its replacement counts instead; an ended permit "
                    + "not replaced still refuses")
    void certificateCountsTheReplacement() {
        PermitOnStructure expiredReplaced =
                new PermitOnStructure(1, "B-2026-000001", Trade.BUILDING, PermitStatus.EXPIRED, 2L);
        PermitOnStructure replacementFinaled =
                new PermitOnStructure(2, "B-2026-000002", Trade.BUILDING, PermitStatus.FINALED);
        PermitOnStructure replacementOpen =
                new PermitOnStructure(2, "B-2026-000002", Trade.BUILDING, PermitStatus.WORK_COMMENCED);
        PermitOnStructure revokedNotReplaced =
                new PermitOnStructure(3, "E-2026-000003", Trade.ELECTRICAL, PermitStatus.REVOKED);

        assertThat(CertificateRules.certificateRefusals(
                        List.of(expiredReplaced, replacementFinaled), Optional.empty(), List.of()))
                .isEmpty();
        assertThat(CertificateRules.counted(List.of(expiredReplaced, replacementFinaled)))
                .containsExactly(replacementFinaled);
        assertThat(CertificateRules.certificateRefusals(
                        List.of(expiredReplaced, replacementOpen), Optional.empty(), List.of()))
                .extracting(Violation::message)
                .singleElement()
                .asString()
                .contains("B-2026-000002")
                .doesNotContain("B-2026-000001");
        assertThat(CertificateRules.certificateRefusals(
                        List.of(expiredReplaced, replacementFinaled, revokedNotReplaced), Optional.empty(), List.of()))
                .extracting(Violation::rule)
                .containsExactly("108.11.4 final-inspection");
        // a replacement link on a permit that did not end changes nothing: it must be finaled itself
        assertThat(CertificateRules.counted(
                        List.of(new PermitOnStructure(4, "B-2026-000004", Trade.BUILDING, PermitStatus.ISSUED, 2L))))
                .hasSize(1);
    }
}
