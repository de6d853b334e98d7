package org.duban.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

import java.net.URL;

/** A browser test against the quick start's WAR: one Chromium per test, on a desktop-sized window. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ScreenTest {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.microWar();
    }

    @ArquillianResource
    protected URL base;

    protected WebDriver browser;
    protected Screens screens;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.open(1366, 900);
        screens = new Screens(browser, base);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
