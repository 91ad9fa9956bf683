package org.tryon.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    @DisplayName("hardening: a read timed out or a refused connection deep in the causes is the database's fault")
    void connectionFailuresInTheChain() {
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException(
                        "Cannot read the user tech",
                        new RuntimeException(
                                new SQLException("Error in allocating a connection. Cause: Connection refused")))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLTimeoutException("Read timed out"))))
                .isTrue();
    }

    @Test
    @DisplayName(
            "hardening: a commit the transaction manager could not finish (the database did not answer) is the database's fault")
    void commitNotConfirmed() {
        TransactionalException e = new TransactionalException(
                "Managed bean with Transactional annotation and TxType of REQUIRED encountered "
                        + "exception during commit",
                new SystemException("JTS5031 completed: Maybe"));
        assertThat(DatabaseUnavailable.causedBy(e)).isTrue();
        assertThat(DatabaseUnavailable.transactionManagerFailure(e.getCause())).isTrue();
    }

    @Test
    @DisplayName("hardening: a bug or a refused rule is not taken for an unavailable database")
    void otherFailures() {
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("no such user")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new TransactionalException("TxType.MANDATORY: no transaction", null)))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(
                        new RuntimeException(new SQLException("Duplicate entry 'CASH'", "23000", 1062))))
                .isFalse();
    }

    @Test
    @DisplayName(
            "hardening: while the database's disk is full a change is refused at once, 503 problem+json naming the full disk, "
                    + "Retry-After 60; a read is not a change")
    void diskFullAnswer() {
        Map<String, Object> answer = new HashMap<>();
        StringWriter body = new StringWriter();
        HttpServletRequest post = request("POST", "/api/v1/accounts/7/payments");
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getWriter" -> new PrintWriter(body, true);
                    case "setStatus", "setContentType", "setCharacterEncoding" -> answer.put(method.getName(), args[0]);
                    case "setHeader" -> answer.put((String) args[0], args[1]);
                    default -> null;
                });

        assertThat(DatabaseUnavailable.isChange(post)).isTrue();
        assertThat(DatabaseUnavailable.isChange(request("GET", "/api/v1/permits")))
                .isFalse();
        DatabaseUnavailable.answerDiskFull(post, response);

        assertThat(answer).containsEntry("setStatus", 503).containsEntry("Retry-After", "60");
        assertThat((String) answer.get("setContentType")).startsWith("application/problem+json");
        assertThat(body.toString()).contains(DatabaseUnavailable.DISK_FULL_TITLE, "Nothing was changed");
    }

    private HttpServletRequest request(String method, String uri) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> "";
                    default -> null;
                });
    }
}
