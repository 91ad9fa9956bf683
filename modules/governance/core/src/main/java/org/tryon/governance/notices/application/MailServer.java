package org.tryon.governance.notices.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tryon.governance.notices.domain.MailRetry;

/**
 * The SMTP server notices are sent through, with Jakarta Mail (provided by Payara Micro), set by MicroProfile Config:
 * {@code tryon.mail.host}, {@code tryon.mail.port}, {@code tryon.mail.from}, optionally {@code tryon.mail.user} and
 * {@code tryon.mail.password} (then STARTTLS is required), and the retry policy ({@code tryon.mail.retry-first-seconds},
 * {@code tryon.mail.retry-max-seconds}, {@code tryon.mail.max-attempts}). {@code tryon.public-url} is the address of the
 * public pages that links in messages point to. The dev server and the tests start a GreenMail SMTP server and set these.
 */
@ApplicationScoped
public class MailServer {

    @Inject
    @ConfigProperty(name = "tryon.mail.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "tryon.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "tryon.mail.from", defaultValue = "commission-clerk@tryon.invalid")
    String from;

    @Inject
    @ConfigProperty(name = "tryon.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "tryon.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "tryon.mail.retry-first-seconds", defaultValue = "60")
    int retryFirstSeconds;

    @Inject
    @ConfigProperty(name = "tryon.mail.retry-max-seconds", defaultValue = "3600")
    int retryMaxSeconds;

    @Inject
    @ConfigProperty(name = "tryon.mail.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "tryon.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    /** Sends one plain-text message; throws with the server's reason when it is refused or the server cannot be reached. */
    public void send(String to, String subject, String body) throws MessagingException {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", Integer.toString(port));
        p.put("mail.smtp.connectiontimeout", "5000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        Authenticator auth = null;
        if (user.isPresent() && !user.get().isBlank()) {
            p.put("mail.smtp.auth", "true");
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
            String u = user.get();
            String pw = password.orElse("");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(u, pw);
                }
            };
        }
        Session session = Session.getInstance(p, auth);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        message.setSentDate(new Date());
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            // the provider of the smtp protocol is found through the class loader of Jakarta Mail itself
            Thread.currentThread().setContextClassLoader(Session.class.getClassLoader());
            Transport.send(message);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    public MailRetry retry() {
        return new MailRetry(
                Duration.ofSeconds(Math.max(1, retryFirstSeconds)),
                Duration.ofSeconds(Math.max(Math.max(1, retryFirstSeconds), retryMaxSeconds)),
                Math.max(1, maxAttempts));
    }

    /** The absolute address of a public page or call, {@code path} without a leading slash. */
    public String publicLink(String path) {
        return (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + path;
    }
}
