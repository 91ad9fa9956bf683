package org.tryon.app.container;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.tryon.platform.testing.TestDatabase;

/**
 * Builds the deployment of the container tests (client side only; this class is not deployed):
 * the WAR the build just packaged, on a fresh, empty MariaDB database that the application
 * migrates itself, with the test classes added.
 */
final class ContainerDeployment {

    static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";
    static final String WEB_XML = "WEB-INF/web.xml";
    /** The servlet of Arquillian's servlet protocol (added to the deployment as a web fragment). */
    static final String TEST_RUNNER_PATH = "/ArquillianServletRunnerEE9";

    private ContainerDeployment() {}

    static WebArchive war(Class<?>... testClasses) {
        Path war = Path.of(System.getProperty("tryon.war", "target/tryon.war")).toAbsolutePath();
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException(
                    "The WAR " + war + " does not exist: run the container tests with 'mvn verify'");
        }
        String dbUrl = TestDatabase.emptyDatabaseUrl();
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "tryon.war")
                .importFrom(war.toFile())
                .as(WebArchive.class);
        String config = testConfig(read(archive, CONFIG), dbUrl);
        String webXml = withPublicTestRunner(read(archive, WEB_XML));
        archive.delete(CONFIG);
        archive.add(new StringAsset(config), CONFIG);
        archive.delete(WEB_XML);
        archive.setWebXML(new StringAsset(webXml));
        archive.addClasses(testClasses);
        archive.addClasses(EventProbe.class, ContainerProbeEvent.class);
        return archive;
    }

    /**
     * The application's own configuration, pointed at the test database. Its ordinal is above the
     * environment's (300) and system properties' (400), so a TRYON_DB_URL in the environment of
     * whoever runs the build cannot point the tests at another database.
     */
    static String testConfig(String original, String dbUrl) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(original));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (String key :
                new String[] {"tryon.db.url", "tryon.demo", "tryon.outbox.poll-seconds", "mp.openapi.scan.disable"}) {
            if (!p.containsKey(key)) {
                throw new IllegalStateException(
                        "The application's " + CONFIG + " no longer has " + key + ": adjust the container tests");
            }
        }
        p.setProperty("config_ordinal", "500");
        p.setProperty("tryon.db.url", dbUrl);
        p.setProperty("tryon.db.user", "root");
        // MicroProfile Config treats an empty value as missing; the test server checks no passwords
        p.setProperty("tryon.db.password", "container-test");
        p.setProperty("tryon.demo", "true");
        p.setProperty("tryon.outbox.poll-seconds", "1");
        StringWriter out = new StringWriter();
        try {
            p.store(out, "Container tests: the application's configuration on a fresh test database");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /**
     * The application's web.xml closes every path to anonymous callers; Arquillian's test runner
     * servlet must stay reachable for the in-container tests. Nothing else changes.
     */
    static String withPublicTestRunner(String webXml) {
        int end = webXml.lastIndexOf("</web-app>");
        if (end < 0) {
            throw new IllegalStateException("Unexpected web.xml: no </web-app>");
        }
        return webXml.substring(0, end)
                + "  <security-constraint>\n"
                + "    <web-resource-collection>\n"
                + "      <web-resource-name>arquillian test runner (container tests only)</web-resource-name>\n"
                + "      <url-pattern>" + TEST_RUNNER_PATH + "</url-pattern>\n"
                + "    </web-resource-collection>\n"
                + "  </security-constraint>\n"
                + webXml.substring(end);
    }

    private static String read(WebArchive archive, String path) {
        var node = archive.get(path);
        if (node == null || node.getAsset() == null) {
            throw new IllegalStateException("The WAR has no " + path);
        }
        try (InputStream in = node.getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + path + " from the WAR", e);
        }
    }
}
