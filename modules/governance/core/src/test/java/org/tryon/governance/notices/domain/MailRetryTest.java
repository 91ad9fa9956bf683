package org.tryon.governance.notices.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MailRetryTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 6, 9, 0);
    private final MailRetry retry = new MailRetry(Duration.ofMinutes(1), Duration.ofMinutes(10), 5);

    @Test
    @DisplayName(
            "G.S. 143-318.12: a notice refused by the mail server is tried again after 1, 2, 4, 8 minutes, never more than the longest pause")
    void pausesDouble() {
        assertThat(retry.nextAttempt(AT, 1)).isEqualTo(AT.plusMinutes(1));
        assertThat(retry.nextAttempt(AT, 2)).isEqualTo(AT.plusMinutes(2));
        assertThat(retry.nextAttempt(AT, 4)).isEqualTo(AT.plusMinutes(8));
        assertThat(retry.nextAttempt(AT, 5)).isEqualTo(AT.plusMinutes(10));
        assertThat(retry.nextAttempt(AT, 60)).isEqualTo(AT.plusMinutes(10));
    }

    @Test
    @DisplayName(
            "G.S. 143-318.12: after the last attempt the message is kept as failed with its reason; before it, it stays pending")
    void givesUpAfterTheLast() {
        OutgoingMail m = new OutgoingMail(null, null, OutgoingMail.Purpose.NOTICE, "a@example.org", "s", "b", AT);
        for (int i = 1; i <= 4; i++) {
            m.failed(AT, "Connection refused", retry);
            assertThat(m.getStatus()).isEqualTo(OutgoingMail.Status.PENDING);
        }
        m.failed(AT, "Connection refused", retry);
        assertThat(m.getStatus()).isEqualTo(OutgoingMail.Status.FAILED);
        assertThat(m.getAttempts()).isEqualTo(5);
        assertThat(m.getLastError()).isEqualTo("Connection refused");
        m.retryNow(AT.plusHours(1));
        assertThat(m.getStatus()).isEqualTo(OutgoingMail.Status.PENDING);
        assertThat(m.getNextAttemptAt()).isEqualTo(AT.plusHours(1));
        m.sent(AT.plusHours(1));
        assertThat(m.getStatus()).isEqualTo(OutgoingMail.Status.SENT);
        assertThat(m.getLastError()).isNull();
    }
}
