package org.tryon.permitting.permits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.parties.domain.ContractorFirm;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;

class PermitTest {

    private final ContractorFirm electrician = Fixtures.firm("Piedmont Electric LLC", "el-30511", Trade.ELECTRICAL);
    private final ProjectAddress address = new ProjectAddress("700 N Tryon St", "Charlotte", "nc", "28202");
    private final Project project = Fixtures.commercial(Fixtures.owner(), 12_000, 450_000);

    @Test
    @DisplayName("108.8 G: no permit for work by a contractor licensed for another trade")
    void contractorMustBeLicensedForThePermitsTrade() {
        assertThatThrownBy(() -> permit(Trade.PLUMBING, "Water heater", 2000, LocalDate.of(2026, 11, 23)))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> {
                    var v = ((RuleViolationException) e).violations().get(0);
                    assertThat(v.field()).isEqualTo("contractorId");
                    assertThat(v.rule()).isEqualTo("108.8 G");
                    assertThat(v.message())
                            .contains("not duly licensed for Plumbing work")
                            .contains("it holds no Plumbing license");
                });
    }

    @Test
    @DisplayName("108.8: an applied permit is issued once; issuing again is refused and changes nothing")
    void issuedOnceOnly() {
        Permit permit = permit(Trade.ELECTRICAL, "Service upgrade", 8500, LocalDate.of(2026, 11, 23));
        PermitStatusChange change = permit.issue(LocalDate.of(2026, 11, 24), Instant.EPOCH, "tech");
        assertThat(permit.getStatus()).isEqualTo(PermitStatus.ISSUED);
        assertThat(permit.getIssuedOn()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(change.getFrom()).isEqualTo(PermitStatus.APPLIED);
        assertThat(change.getTo()).isEqualTo(PermitStatus.ISSUED);
        assertThat(change.getBy()).isEqualTo("tech");

        assertThatThrownBy(() -> permit.issue(LocalDate.of(2026, 11, 25), Instant.EPOCH, "someone else"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("only an applied or approved permit can be issued");
        assertThat(permit.getIssuedOn()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(permit.getIssuedBy()).isEqualTo("tech");
    }

    @Test
    void normalisesLicenseAndState() {
        assertThat(electrician.getLicenses().get(0).getNumber()).isEqualTo("EL-30511");
        assertThat(address.getState()).isEqualTo("NC");
        assertThat(address.toString()).isEqualTo("700 N Tryon St, Charlotte, NC 28202");
    }

    @Test
    void constructionValueCannotBeNegative() {
        assertThatThrownBy(() -> permit(Trade.ELECTRICAL, "x", -1, LocalDate.of(2026, 11, 23)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("cannot be negative");
    }

    @Test
    @DisplayName("108.12.2, 108.8.1: a revoked, void, expired or cancelled permit is final; nothing moves it again")
    void finalStatesStayFinal() {
        Permit permit = permit(Trade.ELECTRICAL, "Service upgrade", 8500, LocalDate.of(2026, 11, 23));
        permit.issue(LocalDate.of(2026, 11, 24), Instant.EPOCH, "tech");
        permit.moveTo(PermitStatus.REVOKED, LocalDate.of(2026, 12, 1), Instant.EPOCH, "director", "Code violation");
        assertThat(permit.getStatus()).isEqualTo(PermitStatus.REVOKED);
        assertThatThrownBy(() ->
                        permit.moveTo(PermitStatus.ISSUED, LocalDate.of(2026, 12, 2), Instant.EPOCH, "tech", "again"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("revoked (final)");
        for (PermitStatus s : new PermitStatus[] {
            PermitStatus.EXPIRED,
            PermitStatus.VOID,
            PermitStatus.REVOKED,
            PermitStatus.CANCELLED,
            PermitStatus.CERTIFICATE_ISSUED
        }) {
            assertThat(s.isFinal()).as(s.name()).isTrue();
            assertThat(s.allowsWork()).as(s.name()).isFalse();
        }
    }

    @Test
    @DisplayName("108.8.1: an issued permit expires (work not commenced); a commenced one becomes void, never expired")
    void expiryAndVoidFollowCommencement() {
        assertThat(PermitStatus.ISSUED.canMoveTo(PermitStatus.EXPIRED)).isTrue();
        assertThat(PermitStatus.ISSUED.canMoveTo(PermitStatus.VOID)).isFalse();
        assertThat(PermitStatus.WORK_COMMENCED.canMoveTo(PermitStatus.VOID)).isTrue();
        assertThat(PermitStatus.WORK_COMMENCED.canMoveTo(PermitStatus.EXPIRED)).isFalse();
        assertThat(PermitStatus.APPLIED.canMoveTo(PermitStatus.REVOKED)).isFalse();
        assertThat(PermitStatus.ISSUED.allowsWork()).isTrue();
        assertThat(PermitStatus.WORK_COMMENCED.allowsWork()).isTrue();
        assertThat(PermitStatus.APPLIED.allowsWork()).isFalse();
    }

    @Test
    void aChangeNeedsAReason() {
        Permit permit = permit(Trade.ELECTRICAL, "x", 1, LocalDate.of(2026, 11, 23));
        assertThatThrownBy(() ->
                        permit.moveTo(PermitStatus.CANCELLED, LocalDate.of(2026, 11, 23), Instant.EPOCH, "tech", " "))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(
                                ((RuleViolationException) e).violations().get(0).field())
                        .isEqualTo("reason"));
        assertThat(permit.getStatus()).isEqualTo(PermitStatus.APPLIED);
    }

    private Permit permit(Trade trade, String description, long value, LocalDate appliedOn) {
        return new Permit(trade, project, electrician, null, null, description, Money.of(value), appliedOn, "Pat Lee");
    }
}
