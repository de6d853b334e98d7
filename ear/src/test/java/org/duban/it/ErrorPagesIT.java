package org.duban.it;

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
 * id and no detail; the server log has the details under the same id. The failing page exists only in this test.
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
    private static final Pattern ERROR_ID = Pattern.compile("id=\"(?:ajax-)?error-id\">([0-9A-F]{8})<");

    @Deployment
    static WebArchive deployment() {
        return Deployments.microWarForInContainerTests(WebClient.class, FailingBean.class).addAsWebResource(new StringAsset(PAGE), "failing.xhtml");
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
}
