package org.tryon.governance.notices.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Sending through a real local SMTP server (GreenMail). */
class MailServerTest {

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static MailServer server(int port) {
        MailServer m = new MailServer();
        m.host = "127.0.0.1";
        m.port = port;
        m.from = "clerk@tryon.invalid";
        m.user = Optional.empty();
        m.password = Optional.empty();
        m.publicUrl = "http://localhost:8080";
        return m;
    }

    @Test
    @DisplayName("G.S. 143-318.12: a notice is sent with Jakarta Mail to the configured SMTP server, as written")
    void sends() throws Exception {
        int port = freePort();
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            server(port)
                    .send(
                            "resident@example.org",
                            "Notice: BDC special meeting",
                            "NOTICE OF A SPECIAL MEETING\nPurpose: Fées");
            assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
            MimeMessage m = mail.getReceivedMessages()[0];
            assertThat(m.getSubject()).isEqualTo("Notice: BDC special meeting");
            assertThat(m.getFrom()[0].toString()).isEqualTo("clerk@tryon.invalid");
            assertThat(GreenMailUtil.getBody(m)).contains("NOTICE OF A SPECIAL MEETING");
            assertThat(String.valueOf(m.getContent())).contains("Purpose: Fées");
        } finally {
            mail.stop();
        }
    }

    @Test
    @DisplayName(
            "G.S. 143-318.12: when the mail server is away the sending fails with the reason (the message stays pending)")
    void serverAway() throws Exception {
        int port = freePort();
        assertThatThrownBy(() -> server(port).send("resident@example.org", "s", "b"))
                .isInstanceOf(MessagingException.class);
        assertThat(server(port).publicLink("public/meetings.xhtml"))
                .isEqualTo("http://localhost:8080/public/meetings.xhtml");
    }
}
