package org.duban.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.organization.Account;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * One e-mail a day per person who has an address and got new notices since their last one (within the day before and
 * this one); never an empty one, never two: the day is claimed in DIGEST_SENT (primary key recipient + day) before
 * the mail goes out.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDigest {

    private static final Logger LOG = Logger.getLogger(MailDigest.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private MailSessions sessions;

    @EJB
    private MailDigest self;

    /** @return how many digests this call sent */
    public int sendToday() {
        Optional<Session> session = sessions.session();
        if (session.isEmpty()) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        // since the start of yesterday: a notice that came after yesterday's digest (a hand-off in the afternoon) is
        // in today's; each person's digest holds what came since their last one
        Instant from = today.minusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        List<Notification> fresh = em.createQuery("select n from Notification n where n.createdAt >= :from"
                        + " and n.createdAt < :to and n.recipient.email is not null order by n.recipient.id, n.createdAt",
                        Notification.class).setParameter("from", from).setParameter("to", to).getResultList();
        int sent = 0;
        for (List<Notification> ofOne : fresh.stream()
                .collect(Collectors.groupingBy(n -> n.getRecipient().getId())).values()) {
            Account recipient = ofOne.get(0).getRecipient();
            Optional<Instant> last = lastDigest(recipient.getId());
            List<Notification> notices = ofOne.stream()
                    .filter(n -> last.map(at -> n.getCreatedAt().isAfter(at)).orElse(true)).toList();
            if (notices.isEmpty()) {
                continue;
            }
            try {
                if (!self.claim(recipient.getId(), today)) {
                    continue;
                }
            } catch (EJBException anotherServerClaimedIt) {
                continue;
            }
            try {
                send(session.get(), recipient, notices);
                sent++;
            } catch (MessagingException e) {
                LOG.log(Level.WARNING, "Digest to " + recipient.getUsername() + " failed; it will be retried", e);
                self.release(recipient.getId(), today);
            }
        }
        return sent;
    }

    /** When this person's last digest was sent, if ever. */
    private Optional<Instant> lastDigest(long recipientId) {
        Object last = em.createNativeQuery("SELECT MAX(SENT_AT) FROM DIGEST_SENT WHERE RECIPIENT_ID = ?")
                .setParameter(1, recipientId).getSingleResult();
        return Optional.ofNullable(last).map(at -> ((java.sql.Timestamp) at).toInstant());
    }

    /** Claims today's digest for this person; false when it was already sent. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(long recipientId, LocalDate day) {
        Number existing = (Number) em.createNativeQuery("SELECT COUNT(*) FROM DIGEST_SENT WHERE RECIPIENT_ID = ? AND DAY = ?")
                .setParameter(1, recipientId).setParameter(2, day).getSingleResult();
        if (existing.intValue() > 0) {
            return false;
        }
        em.createNativeQuery("INSERT INTO DIGEST_SENT (RECIPIENT_ID, DAY, SENT_AT) VALUES (?, ?, ?)")
                .setParameter(1, recipientId).setParameter(2, day)
                .setParameter(3, java.sql.Timestamp.from(clock.instant())).executeUpdate();
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(long recipientId, LocalDate day) {
        em.createNativeQuery("DELETE FROM DIGEST_SENT WHERE RECIPIENT_ID = ? AND DAY = ?")
                .setParameter(1, recipientId).setParameter(2, day).executeUpdate();
    }

    private void send(Session session, Account recipient, List<Notification> notices) throws MessagingException {
        Locale locale = NoticeTexts.localeOf(recipient.getLanguage());
        StringBuilder body = new StringBuilder(NoticeTexts.text("digest.greeting", locale, recipient.getFullName()))
                .append("\n\n");
        for (Notification notice : notices) {
            body.append("- ").append(NoticeTexts.of(notice, locale)).append('\n');
        }
        body.append('\n').append(NoticeTexts.text("digest.footer", locale));
        MimeMessage message = new MimeMessage(session);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient.getEmail()));
        message.setSubject(NoticeTexts.text("digest.subject", locale, notices.size()), "UTF-8");
        message.setText(body.toString(), "UTF-8");
        message.setSentDate(java.util.Date.from(clock.instant()));
        Transport.send(message);
    }
}
