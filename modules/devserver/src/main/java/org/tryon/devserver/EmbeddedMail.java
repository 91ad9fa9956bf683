package org.tryon.devserver;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A real local SMTP server (GreenMail) that Tryon sends its notices to when no mail server is configured (ADR 0029): the
 * dev server's default, and what the system tests read the messages from. It accepts every message for any address and
 * keeps it in memory; IMAP on the next port lets a mail client read them (user and password: the address).
 */
public final class EmbeddedMail implements AutoCloseable {

    private final int smtpPort;
    private final int imapPort;
    private GreenMail greenMail;

    public EmbeddedMail(int smtpPort, int imapPort) {
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
    }

    public synchronized void start() {
        if (greenMail != null) {
            return;
        }
        ServerSetup smtp = new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
        GreenMail g = new GreenMail(new ServerSetup[] {smtp, imap});
        g.start();
        greenMail = g;
    }

    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    public synchronized boolean isRunning() {
        return greenMail != null;
    }

    /** Every message received so far, in order. */
    public synchronized List<MimeMessage> received() {
        return greenMail == null ? List.of() : Arrays.asList(greenMail.getReceivedMessages());
    }

    /** The messages received for {@code address}, waiting up to {@code timeout} for at least {@code count} of them. */
    public List<MimeMessage> awaitFor(String address, int count, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<MimeMessage> mine =
                    received().stream().filter(m -> to(m, address)).toList();
            if (mine.size() >= count || System.nanoTime() > end) {
                return mine;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return mine;
            }
        }
    }

    private static boolean to(MimeMessage m, String address) {
        try {
            return Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> a.toString().toLowerCase().contains(address.toLowerCase()));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    /** The plain text of a message. */
    public static String text(MimeMessage m) {
        try {
            Object content = m.getContent();
            return content instanceof String s ? s : String.valueOf(content);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the message: " + e, e);
        }
    }
}
