package org.tryon.permitting.enforcement.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tryon.platform.errors.NotAllowedException;

class EnforcementAuthorityTest {

    @ParameterizedTest(name = "{0} by {1}: allowed = {2}")
    @CsvSource({
        "STOP_ORDER, INSPECTOR, true",
        "STOP_ORDER, TRADE_CODE_ADMINISTRATOR, true",
        "STOP_ORDER, ADMINISTRATOR, true",
        "STOP_ORDER, PERMIT_TECHNICIAN, false",
        "STOP_ORDER, PLAN_REVIEWER, false",
        "DEFECT_NOTICE, INSPECTOR, true",
        "DEFECT_NOTICE, COMMISSION_CLERK, false",
        "REVOCATION_NOTICE, INSPECTOR, false",
        "REVOCATION_NOTICE, TRADE_CODE_ADMINISTRATOR, true",
        "CONDEMNATION, INSPECTOR, false",
        "CONDEMNATION, ADMINISTRATOR, true",
        "HEARING_NOTICE, TRADE_CODE_ADMINISTRATOR, true",
        "CORRECTIVE_ORDER, PERMIT_TECHNICIAN, false"
    })
    @org.junit.jupiter.api.DisplayName(
            "108.12.1-108.12.6: the inspector stops work and notes defects; revocation and condemnation are the Administrator's")
    void whoIssues(EnforcementKind kind, String role, boolean allowed) {
        assertAllowed(
                () -> EnforcementAuthority.require(EnforcementAuthority.issuers(kind), role::equals, kind.section()),
                allowed);
    }

    @ParameterizedTest(name = "{0} records a delivery: {1}; an appeal's outcome: {2}")
    @CsvSource({
        "PERMIT_TECHNICIAN, true, false",
        "INSPECTOR, true, false",
        "TRADE_CODE_ADMINISTRATOR, true, true",
        "ADMINISTRATOR, true, true",
        "PLAN_REVIEWER, false, false"
    })
    @org.junit.jupiter.api.DisplayName(
            "106, 108.12.7: staff who serve notices record deliveries; administrators record the outcome of an appeal")
    void whoRecords(String role, boolean delivers, boolean decides) {
        assertAllowed(
                () -> EnforcementAuthority.require(EnforcementAuthority.servers(), role::equals, "106"), delivers);
        assertAllowed(
                () -> EnforcementAuthority.require(EnforcementAuthority.appealRecorders(), role::equals, "108.12.7"),
                decides);
    }

    private static void assertAllowed(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, boolean allowed) {
        if (allowed) {
            assertThatCode(call).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(call).isInstanceOf(NotAllowedException.class);
        }
    }
}
