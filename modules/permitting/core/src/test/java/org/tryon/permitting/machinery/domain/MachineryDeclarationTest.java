package org.tryon.permitting.machinery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tryon.permitting.machinery.domain.Machinery.INSPECTOR;
import static org.tryon.permitting.machinery.domain.Machinery.SIGNED;
import static org.tryon.permitting.machinery.domain.Machinery.TODAY;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.platform.errors.RuleViolationException;

class MachineryDeclarationTest {

    @Test
    @DisplayName(
            "108.10 G.1: the owner's declaration says what is produced and is signed by the owner or an officer of the business")
    void signedDeclaration() {
        MachineryDeclaration d = Machinery.declaration(1);
        assertThat(d.isAmendment()).isFalse();
        assertThat(d.getProduct()).isEqualTo("Aluminium window profiles");
        assertThat(d.getSignerCapacity()).isEqualTo(SignerCapacity.OFFICER);
        assertThat(d.getSignedOn()).isEqualTo(TODAY.minusDays(2));
        assertThat(d.getReceivedOn()).isEqualTo(TODAY);
        assertThat(d.getReceivedBy()).isEqualTo("inspector");
        assertThat(d.getPermitNumber()).isEqualTo("E-2026-000007");
    }

    @Test
    @DisplayName("108.10 G.1: a declaration is received signed; it cannot be signed after the day it is received")
    void signedBeforeReceived() {
        var tomorrow = new MachineryDeclaration.Signature(
                "Dana Reyes", "Plant manager", SignerCapacity.OWNER, TODAY.plusDays(1));
        assertThatThrownBy(() -> MachineryDeclaration.received(
                        Machinery.PERMIT, 1, "Owner", "Address", "Profiles", null, tomorrow, INSPECTOR))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("108.10 G.1")
                .extracting(
                        e -> ((RuleViolationException) e).violations().get(0).field())
                .isEqualTo("signedOn");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = PermitStatus.class,
            names = {"EXPIRED", "VOID", "REVOKED", "CANCELLED", "CERTIFICATE_ISSUED"})
    @DisplayName("108.10 G.1: a declaration is made on a permit whose work is still to be inspected")
    void onAnOpenPermit(PermitStatus status) {
        var closed = new MachineryDeclaration.PermitRef(7, "E-2026-000007", status);
        assertThatThrownBy(() -> MachineryDeclaration.received(
                        closed, 1, "Owner", "Address", "Profiles", null, SIGNED, INSPECTOR))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("still to be inspected");
    }
}
