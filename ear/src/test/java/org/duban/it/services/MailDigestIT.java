package org.duban.it.services;

import org.duban.it.support.*;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.ejb.EJB;
import jakarta.mail.internet.MimeMessage;
import org.duban.deadline.DeadlineScan;
import org.duban.item.ItemWorkflow;
import org.duban.notification.MailDigest;
import org.duban.organization.Account;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The daily digest through a real SMTP server (GreenMail, started by the test on a free port inside the server):
 * the right person, the right content, one a day however often the watch runs, and a new one the next day.
 */
class MailDigestIT extends InServerTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Deployment
    static WebArchive deployment() {
        return Deployments.microWarForInContainerTests(SettableClock.class, TestMailSessions.class)
                .addAsLibraries(Deployments.jarOf(GreenMail.class), Deployments.jarOf(org.slf4j.Logger.class));
    }

    @EJB
    private ItemWorkflow workflow;
    @EJB
    private DeadlineScan scan;
    @EJB
    private MailDigest digest;

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        TestMailSessions.useSmtpPort(smtp.getSmtp().getPort());
    }

    @AfterEach
    void stopSmtp() {
        TestMailSessions.useSmtpPort(0);
        SettableClock.reset();
        smtp.stop();
    }

    private static void at(LocalDate day) {
        SettableClock.set(ZonedDateTime.of(day, LocalTime.of(9, 0), BEIJING));
    }

    private List<MimeMessage> mailTo(Account account) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(account.getEmail());
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    @Test
    void oneDigestADayWithWhatToDoAndByWhen() throws Exception {
        LocalDate monday = LocalDate.of(2032, 6, 7);
        at(monday);
        signIn.as(world.officeStaff.getUsername(), Fixtures.PASSWORD);
        String title = "邮件摘要 " + world.id;
        long id = workflow.draft(world.draft(title, monday.plusDays(30), List.of()), List.of());
        workflow.submitForApproval(id, null, null);
        signIn.as(world.leader.getUsername(), Fixtures.PASSWORD);
        workflow.approve(id, null, null);
        signIn.as(world.officeStaff.getUsername(), Fixtures.PASSWORD);
        workflow.assign(id, null, null);

        at(monday.plusDays(1));
        scan.scan();
        digest.sendToday();
        List<MimeMessage> mails = mailTo(world.leadHead);
        assertEquals(1, mails.size(), "Monday's hand-off (交办) in Tuesday's digest");
        assertTrue(((String) mails.get(0).getContent()).contains("已交办贵单位"), (String) mails.get(0).getContent());

        at(monday.plusDays(2));
        scan.scan();
        digest.sendToday();
        scan.scan();
        digest.sendToday();
        mails = mailTo(world.leadHead);
        assertEquals(2, mails.size(), "one digest a day");
        String body = ((String) mails.get(1).getContent());
        assertTrue(mails.get(1).getSubject().contains("1 条新通知"), "only what came since: " + mails.get(1).getSubject());
        assertTrue(body.contains(title) && body.contains("签收") && body.contains(monday.plusDays(2).toString()),
                "says what to do and by when: " + body);

        at(monday.plusDays(3));
        scan.scan();
        digest.sendToday();
        assertEquals(2, mailTo(world.leadHead).size(), "Thursday brings no new notice for the head, so no mail");
    }
}
