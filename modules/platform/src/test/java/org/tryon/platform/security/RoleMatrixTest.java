package org.tryon.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RoleMatrixTest {

    private static final String HEADER =
            "kind,target,PERMIT_TECHNICIAN,PLAN_REVIEWER,INSPECTOR,TRADE_CODE_ADMINISTRATOR,ADMINISTRATOR,"
                    + "COMMISSION_CLERK,EXAM_ADMINISTRATOR,EXAM_DELEGATE,ANONYMOUS,basis\n";

    private static RoleMatrix matrix(String lines) throws IOException {
        return RoleMatrix.parse(new StringReader("# a comment\n" + HEADER + lines));
    }

    @Test
    @DisplayName(
            "ADR 0026 role matrix: a request finds the operation JAX-RS would run: the literal path before the template, the method, HEAD as GET")
    void findsTheOperation() throws IOException {
        RoleMatrix m = matrix("""
                api,GET /api/v1/permits/{id},yes,yes,no,yes,yes,no,no,no,no,
                api,GET /api/v1/permits/search,yes,no,no,no,yes,no,no,no,no,
                api,POST /api/v1/permits/{id}/revoke,no,no,no,yes,yes,no,no,no,no,108.12.2
                screen,/permitting/permits.xhtml,yes,yes,no,yes,yes,no,no,no,no,
                fragment,/tryon/layout.xhtml,no,no,no,no,no,no,no,no,no,
                screen,/login.xhtml,yes,yes,yes,yes,yes,yes,yes,yes,yes,
                """);
        assertThat(m.roles()).containsExactlyElementsOf(Roles.ALL);
        assertThat(m.find("GET", "/api/v1/permits/search").target()).isEqualTo("/api/v1/permits/search");
        assertThat(m.find("HEAD", "/api/v1/permits/17").target()).isEqualTo("/api/v1/permits/{id}");
        assertThat(m.find("GET", "/api/v1/permits/17/").target())
                .as("a trailing slash")
                .isEqualTo("/api/v1/permits/{id}");
        assertThat(m.find("POST", "/api/v1/permits;x=1/17;y=2//revoke").key())
                .as("segment parameters and doubled slashes")
                .isEqualTo("POST /api/v1/permits/{id}/revoke");
        assertThat(m.find("POST", "/api/v1/permits/17")).as("no POST line").isNull();
        assertThat(m.find("GET", "/api/v1/permits/17/revoke")).isNull();
        RoleMatrix.Line revoke = m.find("POST", "/api/v1/permits/17/revoke");
        assertThat(revoke.allows(Roles.ADMINISTRATOR)).isTrue();
        assertThat(revoke.allows(Roles.PERMIT_TECHNICIAN)).isFalse();
        assertThat(RoleMatrixFilter.refusal(revoke))
                .as("the refusal names the section and who may")
                .isEqualTo(
                        "108.12.2: only a trade code administrator or an administrator may POST /api/v1/permits/{id}/revoke (role matrix, ADR 0026)");
        assertThat(RoleMatrixFilter.refusal(m.find("GET", "/api/v1/permits/search")))
                .startsWith("only a permit technician or an administrator may GET /api/v1/permits/search");
        assertThat(m.find("GET", "/permitting/permits.xhtml").allows(Roles.INSPECTOR))
                .isFalse();
        assertThat(m.find("GET", "/tryon/layout.xhtml").kind()).isEqualTo(RoleMatrix.Kind.FRAGMENT);
        assertThat(m.find("POST", "/login.xhtml").allows(Roles.EXAM_ADMINISTRATOR))
                .as("open to anyone")
                .isTrue();
    }

    @Test
    @DisplayName(
            "ADR 0026 role matrix: a malformed matrix is refused with its line (unknown cell, a target twice, a fragment someone opens)")
    void refusesMalformed() {
        assertThatThrownBy(() -> matrix("api,GET /api/v1/me,yes,yes,yes,yes,yes,yes,maybe,no,no,\n"))
                .hasMessageContaining("line 3")
                .hasMessageContaining("maybe");
        assertThatThrownBy(
                        () -> matrix(
                                "api,GET /api/v1/me,yes,yes,yes,yes,yes,yes,yes,yes,no,\napi,GET /api/v1/me,no,no,no,no,no,no,no,no,no,\n"))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> matrix("fragment,/tryon/layout.xhtml,yes,no,no,no,no,no,no,no,no,\n"))
                .hasMessageContaining("fragment");
        assertThatThrownBy(() -> matrix("api,/api/v1/me,yes,yes,yes,yes,yes,yes,yes,yes,no,\n"))
                .hasMessageContaining("METHOD /path");
        assertThatThrownBy(() -> RoleMatrix.parse(new StringReader("kind,target,ADMINISTRATOR\n")))
                .hasMessageContaining("header");
    }
}
