package org.duban.it.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * What the server tests deploy: the very WAR the quick start runs (built by this module), named duban.war, plus the
 * test's own classes. In-container tests also open the Arquillian runner's path, which the WAR's "everything needs a
 * signed-in user" constraint would otherwise send to the login page.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive microWar() {
        new File(System.getProperty("it.tmpdir", "target/it-tmp")).mkdirs();
        File war = new File(System.getProperty("it.microWar", "target/duban-micro.war"));
        WebArchive archive = ShrinkWrap.create(WebArchive.class, "duban.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war));
        return archive;
    }

    public static WebArchive microWarForInContainerTests(Class<?>... testClasses) {
        WebArchive archive = microWar();
        String webXml = read(archive, "WEB-INF/web.xml").replace("<url-pattern>/login.xhtml</url-pattern>",
                "<url-pattern>/login.xhtml</url-pattern>\n            <url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
        archive.delete("WEB-INF/web.xml");
        archive.addAsWebInfResource(new StringAsset(webXml), "web.xml");
        archive.addClasses(InServerTest.class, CurrentExchange.class, SignIn.class, Fixtures.class, World.class);
        archive.addClasses(testClasses);
        return archive;
    }

    /** The jar a class was loaded from on the test's class path, to ship a test-only library into a deployment. */
    public static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(WebArchive archive, String path) {
        try (InputStream in = archive.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
