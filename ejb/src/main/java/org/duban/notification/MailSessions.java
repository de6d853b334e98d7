package org.duban.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Session;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Optional;

/**
 * The server's mail session, if it has one: looked up by JNDI under {@code java:app/mail/duban}, then
 * {@code mail/duban} (a resource the IT department defines on the server). No session, no e-mail.
 */
@ApplicationScoped
public class MailSessions {

    static final String[] NAMES = {"java:app/mail/duban", "mail/duban"};

    public Optional<Session> session() {
        for (String name : NAMES) {
            try {
                return Optional.of((Session) new InitialContext().lookup(name));
            } catch (NamingException | ClassCastException notThere) {
                // try the next name
            }
        }
        return Optional.empty();
    }
}
