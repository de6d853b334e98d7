package org.duban.it.services;

import org.duban.it.support.*;

import jakarta.ejb.EJB;
import org.duban.audit.AuditFilter;
import org.duban.audit.AuditKind;
import org.duban.audit.AuditLog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * An unexpected failure, in a normal and in an ajax request: the user gets the error page (or dialog) with an error
 * id and no detail; the server log has the details under the same id. A refusal is no error: the same page says why,
 * beside the input it names, with what was typed; a refused role is recorded. The pages exist only in this test.
 */
class ErrorPagesIT extends InServerTest {

    private static final String PAGE = """
            <ui:composition template="/WEB-INF/templates/page.xhtml" xmlns="http://www.w3.org/1999/xhtml"
                            xmlns:h="jakarta.faces.html" xmlns:ui="jakarta.faces.facelets" xmlns:p="primefaces">
                <ui:define name="title">#{'failing'}</ui:define>
                <ui:define name="content">
                    <h:form id="f">
                        <h:commandButton id="plain" value="#{'plain'}" action="#{failingBean.fail}"/>
                        <p:commandButton id="ajax" value="#{'ajax'}" action="#{failingBean.fail}"/>
                    </h:form>
                </ui:define>
            </ui:composition>
            """;
    private static final String REFUSING = """
            <ui:composition template="/WEB-INF/templates/page.xhtml" xmlns="http://www.w3.org/1999/xhtml"
                            xmlns:h="jakarta.faces.html" xmlns:ui="jakarta.faces.facelets" xmlns:p="primefaces"
                            xmlns:d="duban">
                <ui:define name="title">#{'refusing'}</ui:define>
                <ui:define name="content">
                    <h:form id="f">
                        <d:field for="reason" label="#{'reason'}">
                            <h:inputText id="reason" value="#{refusingBean.reason}"/>
                        </d:field>
                        <h:commandButton id="plain" value="#{'plain'}" action="#{refusingBean.refuseTheReason}"/>
                        <p:commandButton id="ajax" value="#{'ajax'}" action="#{refusingBean.refuseTheReason}"/>
                        <h:commandButton id="role" value="#{'role'}" action="#{refusingBean.refuseTheRole}"/>
                    </h:form>
                </ui:define>
            </ui:composition>
            """;
    private static final Pattern ERROR_ID = Pattern.compile("id=\"(?:ajax-)?error-id\">([0-9A-F]{8})<");

    @Deployment
    static WebArchive deployment() {
        return Deployments.microWarForInContainerTests(WebClient.class, FailingBean.class, RefusingBean.class)
                .addAsWebResource(new StringAsset(PAGE), "failing.xhtml")
                .addAsWebResource(new StringAsset(REFUSING), "refusing.xhtml");
    }


    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    @EJB
    private AuditLog audit;
    private WebClient client;
    /** Held here: the log manager keeps loggers only weakly, and a collected one would lose the handler. */
    private final Logger errors = Logger.getLogger("org.duban.errors");

    @BeforeEach
    void signInThroughTheForm() {
        errors.addHandler(capture);
        client = WebClient.ofThisServer();
        client.signIn(world.officeStaff.getUsername(), Fixtures.PASSWORD);
    }

    @AfterEach
    void stopCapturing() {
        errors.removeHandler(capture);
    }

    private void assertOnlyTheIdIsShownAndTheLogHasTheDetails(HttpResponse<String> answer) {
        String body = answer.body();
        assertFalse(body.contains(FailingBean.SECRET), "no detail for the user");
        assertFalse(body.contains("IllegalStateException") || body.contains("\tat "), () -> "no stack trace: " + body);
        assertTrue(body.contains("错误编号"), body);
        Matcher id = ERROR_ID.matcher(body);
        assertTrue(id.find(), "an error id: " + body);
        assertTrue(logged.stream().anyMatch(r -> r.getMessage().contains(id.group(1)) && mentionsTheSecret(r.getThrown())),
                () -> "the log has the details under the same id " + id.group(1) + ": " + logged.stream()
                        .map(r -> r.getMessage() + " / " + r.getThrown()).toList());
    }

    private static boolean mentionsTheSecret(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (FailingBean.SECRET.equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aFailedPageShowsAnErrorIdAndNothingElse() {
        client.get("failing.xhtml");
        Map<String, String> fields = client.form("f");
        fields.put("f:plain", "");
        HttpResponse<String> answer = client.post("failing.xhtml", fields);
        assertEquals(500, answer.statusCode(), answer::body);
        assertOnlyTheIdIsShownAndTheLogHasTheDetails(answer);
    }

    @Test
    void aFailedAjaxRequestShowsTheDialogWithAnErrorId() {
        client.get("failing.xhtml");
        HttpResponse<String> answer = client.postAjax("failing.xhtml", client.form("f"), "f:ajax");
        assertTrue(answer.body().contains("partial-response"), answer.body());
        assertOnlyTheIdIsShownAndTheLogHasTheDetails(answer);
    }

    @Test
    void aRefusalStandsBesideItsInputAndWhatWasTypedStays() {
        String typed = "a reason too long " + world.id;
        String said = "内容过长，最多 " + RefusingBean.LIMIT + " 个字。";
        client.get("refusing.xhtml");
        Map<String, String> fields = client.form("f");
        fields.put("f:reason", typed);
        fields.put("f:plain", "");
        HttpResponse<String> answer = client.post("refusing.xhtml", fields);
        assertEquals(200, answer.statusCode(), answer::body);
        String body = answer.body();
        assertTrue(body.matches("(?s).*id=\"f:reason_message\"[^>]*>" + said + "<.*"), "beside the input: " + body);
        assertEquals(1, body.split(said, -1).length - 1, "and only there: " + body);
        assertTrue(body.contains("value=\"" + typed + "\""), "what was typed stays: " + body);
        assertFalse(ERROR_ID.matcher(body).find(), "no error id: " + body);

        client.get("refusing.xhtml");
        fields = client.form("f");
        fields.put("f:reason", typed);
        answer = client.postAjax("refusing.xhtml", fields, "f:ajax");
        body = answer.body();
        assertTrue(body.contains("partial-response"), body);
        int update = body.indexOf("<update id=\"f:reason_message\">");
        assertTrue(update >= 0 && body.substring(update, body.indexOf("</update>", update)).contains(said),
                "an ajax request updates the input's message: " + body);
        assertTrue(body.contains("<update id=\"messages\">"), "and the page's messages: " + body);
        assertFalse(ERROR_ID.matcher(body).find(), "no error dialog: " + body);
    }

    @Test
    void aRefusedRoleIsSaidAboveThePageAndRecorded() {
        client.get("refusing.xhtml");
        Map<String, String> fields = client.form("f");
        fields.put("f:role", "");
        HttpResponse<String> answer = client.post("refusing.xhtml", fields);
        assertEquals(200, answer.statusCode(), answer::body);
        assertTrue(answer.body().matches("(?s).*id=\"messages\".*您的角色不能进行此操作。.*"), answer.body());
        assertFalse(ERROR_ID.matcher(answer.body()).find(), "no error id: " + answer.body());
        as(world.admin);
        assertTrue(audit.page(new AuditFilter(AuditKind.REFUSED, world.officeStaff.getUsername(), null, null), 0, 10)
                .stream().anyMatch(e -> e.getSubject().endsWith("/refusing.xhtml")
                        && e.getDetail().contains("RefusingBean.refuseTheRole")), "recorded with the address asked");
    }
}
