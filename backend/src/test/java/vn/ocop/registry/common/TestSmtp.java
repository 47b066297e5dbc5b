package vn.ocop.registry.common;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The embedded SMTP server notices are sent to in tests (GreenMail, on {@code OCOP_TEST_SMTP_PORT}, as the test
 * profile's mailer is set), one for each test class: tests tell their mail apart by their own addresses.
 */
public final class TestSmtp {
    public static final int PORT = Integer.parseInt(System.getenv().getOrDefault("OCOP_TEST_SMTP_PORT", "3025"));

    private TestSmtp() {
    }

    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(PORT, "localhost", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }

    /** The messages received for {@code address}. */
    public static List<MimeMessage> to(GreenMailExtension smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String body(MimeMessage m) {
        try {
            return m.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
