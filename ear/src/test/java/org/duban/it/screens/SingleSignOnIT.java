package org.duban.it.screens;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.duban.it.support.Browser;
import org.duban.it.support.Deployments;
import org.duban.it.support.Screens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.InetAddress;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Single sign-on with the college's identity service, tried in Chromium against a real OpenID provider started on
 * loopback by the test (NAV's mock-oauth2-server: discovery, the code flow, signed ID tokens, its own sign-in page):
 * the administrator configures it on 登录设置, a unit head signs in through it and out of both, a person the service
 * knows but Duban does not is refused with their name shown, and the password sign-in keeps working beside it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SingleSignOnIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.microWar();
    }

    @ArquillianResource
    private URL base;

    private static MockOAuth2Server provider;
    private final List<WebDriver> browsers = new ArrayList<>();

    @BeforeAll
    static void startTheIdentityService() throws Exception {
        provider = new MockOAuth2Server(new OAuth2Config(true)); // true: its sign-in page asks who one is
        provider.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterAll
    static void stopTheIdentityService() {
        provider.shutdown();
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    private Screens browser() throws Exception {
        WebDriver driver = Browser.open(1366, 768);
        browsers.add(driver);
        return new Screens(driver, base);
    }

    @Test
    void aUnitHeadSignsInWithTheCollegesIdentityServiceAnUnknownPersonIsRefusedAndPasswordsStillWork() throws Exception {
        // the administrator, signed in with a Duban password, names the identity service
        Screens admin = browser();
        admin.signIn("admin");
        admin.open("admin/signin.xhtml");
        assertTrue(admin.text(By.id("callback")).endsWith("/duban/sso/callback"), admin.text(By.id("callback")));
        admin.type(By.id("sso:ssoProvider"), "ｈｔｔｐ://nowhere here"); // a typing slip is refused, showing what was typed
        admin.type(By.id("sso:ssoClientId"), "duban");
        admin.type(By.id("sso:ssoClientSecret"), "s3cret-of-duban");
        admin.submit(By.id("sso:save"));
        assertTrue(admin.fieldMessage("sso:ssoProvider").contains("nowhere here"), admin.fieldMessage("sso:ssoProvider"));
        admin.type(By.id("sso:ssoProvider"), provider.issuerUrl("college").toString());
        admin.type(By.id("sso:ssoClientId"), "duban");
        admin.type(By.id("sso:ssoClientSecret"), "s3cret-of-duban");
        admin.type(By.id("sso:ssoAccountClaim"), "preferred_username");
        admin.submit(By.id("sso:save"));
        assertTrue(admin.globalMessages().contains("统一身份认证设置已保存"), admin.globalMessages());

        // a unit head signs in through the identity service, and out of both
        Screens head = browser();
        head.browser().get(base + "inbox.xhtml"); // a page asked for before signing in: the sign-in page, then it
        Browser.screenshot(head.browser(), "sso-login-page-zh");
        signInAtTheIdentityService(head, "li.chu@ids.college.edu.cn", "jw.head");
        assertTrue(head.browser().getCurrentUrl().contains("/inbox.xhtml"), head.browser().getCurrentUrl());
        assertTrue(!sessionBeforeSignIn.equals(head.browser().manage().getCookieNamed("JSESSIONID").getValue()),
                "a new session id once signed in");
        assertTrue(head.text(By.id("current-user")).contains("李处长"), head.text(By.id("current-user")));
        Browser.screenshot(head.browser(), "sso-signed-in-unit-head-zh");
        head.submit(By.id("header:logout"));
        assertTrue(head.text(By.id("signed-out")).contains("您已退出督办系统"), head.text(By.id("signed-out")));
        head.browser().findElement(By.id("sso-signout")).click(); // the identity service's sign-out, and back here
        wait(head).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        assertTrue(head.browser().getCurrentUrl().startsWith(base + "login.xhtml"), head.browser().getCurrentUrl());
        head.browser().get(base + "home.xhtml");
        assertTrue(!head.browser().findElements(By.id("login:username")).isEmpty(), "signed out of Duban");

        // a person the identity service knows and Duban does not is refused, their name shown
        Screens stranger = browser();
        stranger.browser().get(base + "login.xhtml");
        signInAtTheIdentityService(stranger, "visitor", "zhang.san");
        String refusal = stranger.text(By.id("login:messages"));
        assertTrue(refusal.contains("zhang.san") && refusal.contains("没有该账号"), refusal);
        Browser.screenshot(stranger.browser(), "sso-unknown-refused-zh");
        stranger.browser().get(base + "home.xhtml");
        assertTrue(!stranger.browser().findElements(By.id("login:username")).isEmpty(), "nobody is signed in");

        // passwords keep working beside it
        Screens office = browser();
        office.signIn("office");
        assertTrue(office.text(By.id("current-user")).contains("张督办"), office.text(By.id("current-user")));
        admin.open("admin/signin.xhtml");
        assertTrue(!admin.browser().findElements(By.id("sso:save")).isEmpty(), "the administrator is still signed in");

        // turned off again by the administrator: no offer on the sign-in page, the return address leads there
        admin.type(By.id("sso:ssoProvider"), "");
        admin.submit(By.id("sso:save"));
        Screens later = browser();
        later.browser().get(base + "login.xhtml");
        assertTrue(later.browser().findElements(By.id("sso")).isEmpty(), "no single sign-on offered");
        later.browser().get(base + "sso/callback?code=forged&state=forged");
        assertTrue(!later.browser().findElements(By.id("login:username")).isEmpty(), "the sign-in page, nobody signed in");
    }

    private String sessionBeforeSignIn;

    /** From Duban's login page through the identity service's sign-in page (subject, and the claim naming the login). */
    private void signInAtTheIdentityService(Screens screens, String subject, String login) {
        org.openqa.selenium.Cookie before = screens.browser().manage().getCookieNamed("JSESSIONID");
        sessionBeforeSignIn = before == null ? "" : before.getValue(); // an id known before signing in: not kept
        screens.browser().findElement(By.id("sso")).click();
        WebDriverWait wait = wait(screens);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        screens.browser().findElement(By.name("username")).sendKeys(subject);
        screens.browser().findElement(By.name("claims")).sendKeys("{\"preferred_username\": \"" + login + "\"}");
        screens.browser().findElement(By.cssSelector("input[type=submit]")).click();
        wait.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("current-user")),
                ExpectedConditions.presenceOfElementLocated(By.id("login:username"))));
    }

    private static WebDriverWait wait(Screens screens) {
        return new WebDriverWait(screens.browser(), Duration.ofSeconds(30));
    }
}
