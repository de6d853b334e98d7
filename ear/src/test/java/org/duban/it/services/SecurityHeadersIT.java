package org.duban.it.services;

import org.duban.it.support.*;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.*;

/** Plain HTTP, no browser: the headers every page carries, the session cookie's attributes, and no other session cookie. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.microWar();
    }

    @ArquillianResource
    private URL base;

    @Test
    void theLoginPageCarriesTheSecurityHeadersAndAnHttpOnlySessionCookie() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode());
        String policy = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("object-src 'none'") && policy.contains("frame-ancestors 'self'"), policy);
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", login.headers().firstValue("Referrer-Policy").orElse(""));
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("a session starts at the login form"));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
        // one server keeps its sessions in memory (preboot.asadmin turns web availability off): Payara's replication,
        // which wrote the session out after every request, would add its version cookie
        assertTrue(login.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONIDVERSION=")),
                login.headers().allValues("Set-Cookie").toString());
    }

    /** The address everyone opens, and a protected page signed out, answer with the sign-in form: headers too. */
    @Test
    void theSignInFormAtAProtectedAddressCarriesTheHeaders() throws Exception {
        for (String address : java.util.List.of("", "home.xhtml", "items/worklist.xhtml")) {
            HttpResponse<String> answer = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                    HttpRequest.newBuilder(URI.create(base + address)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(answer.body().contains("login:username"), "/" + address + " answers with the sign-in form");
            assertTrue(answer.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors"),
                    "/" + address + ": " + answer.headers().map());
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), "/" + address);
            assertEquals("same-origin", answer.headers().firstValue("Referrer-Policy").orElse(""), "/" + address);
            assertTrue(answer.headers().firstValue("Cache-Control").orElse("").contains("no-store"), "/" + address);
        }
    }

    @Test
    void aPageNeedsASignedInUserAndShowsNothingPrivateOtherwise() throws Exception {
        HttpResponse<String> page = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create(base + "leadership/statistics.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(page.statusCode() == 200 && page.body().contains("login:username") || page.statusCode() == 302
                || page.statusCode() == 401, "the login form, never the statistics: " + page.statusCode());
        assertFalse(page.body().contains("figures"), "no figures without signing in");
    }
}
