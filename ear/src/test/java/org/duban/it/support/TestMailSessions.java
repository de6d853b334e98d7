package org.duban.it.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.mail.Session;
import org.duban.notification.MailSessions;

import java.util.Optional;
import java.util.Properties;

/** Test only: the mail session points at the SMTP server the test started (GreenMail, a real SMTP server). */
@ApplicationScoped
@Alternative
@Priority(1000)
public class TestMailSessions extends MailSessions {

    private static volatile int smtpPort;

    public static void useSmtpPort(int port) {
        smtpPort = port;
    }

    @Override
    public Optional<Session> session() {
        if (smtpPort == 0) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(smtpPort));
        properties.put("mail.from", "duban@test.duban.local");
        return Optional.of(Session.getInstance(properties));
    }
}
