package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.tryon.benchmark.CrashDrill;
import org.tryon.devserver.DevServer;
import org.tryon.devserver.HaProxy;

/**
 * Tryon beyond one machine (ADR 0056): two Payara Micro instances of the one WAR on one MariaDB, clustered with Payara's
 * data grid (Hazelcast: the web sessions are shared), behind HAProxy, started by the launcher as {@code deploy/start.sh
 * --instances 2} starts them. A Tryon of this class's own, beside the shared one of the suite.
 *
 * <p>The daily jobs race on both instances and run once; a burst of payments and inspection results goes through the
 * proxy while the instance serving a signed-in user is killed with SIGKILL: nothing answered is lost, nothing is
 * doubled, every event is delivered once, and the user finishes the form on the other instance without signing in
 * again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static SystemUnderTest cluster;
    private static Browser browser;
    private static Screens screens;

    @BeforeAll
    static void startCluster() {
        // the jobs are asked every 2 s instead of every 10 minutes, so that both instances race for them
        cluster = SystemUnderTest.startCluster("cluster-data", 2, Map.of("TRYON_JOBS_TICK_SECONDS", "2"));
        browser = Browser.open(cluster);
        screens = new Screens(browser);
    }

    @AfterAll
    static void stopCluster() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (cluster != null) {
                cluster.stop();
            }
        }
    }

    private static DevServer server() {
        return cluster.devServer();
    }

    @Test
    @Order(1)
    @DisplayName("the daily jobs (108.10 F HIFR quarter, the outage kit) race on both instances and run once")
    void dailyJobsRunOnce() throws Exception {
        // both instances' clocks move past the end of a quarter and past the kit's evening export time
        Instant evening = Instant.parse("2027-04-01T23:00:00Z"); // 7 pm in the county
        for (int i = 0; i < server().instanceCount(); i++) {
            HttpResult set = cluster.send(
                    "PUT",
                    server().instanceUrl(i) + "api/v1/calendar/clock",
                    "application/json",
                    "{\"now\":\"" + evening + "\"}",
                    "director",
                    "director-demo");
            assertThat(set.status()).as("clock of " + server().instanceName(i)).isEqualTo(200);
        }
        try {
            Pattern judged = Pattern.compile("HIFR quarter \\(108\\.10 F\\): QuarterRun\\[quarter=2027-Q1, ran=true");
            Pattern kit = Pattern.compile("Outage kit: kit of 2027-04-0\\d written");
            Instant until = Instant.now().plusSeconds(120);
            while ((count(judged) == 0 || count(kit) == 0) && Instant.now().isBefore(until)) {
                Thread.sleep(1000);
            }
            Thread.sleep(6000); // three more ticks of each instance: time for a second run, were there one
            assertThat(count(judged))
                    .as("the quarter 2027-Q1 was judged by exactly one instance")
                    .isEqualTo(1);
            assertThat(count(kit))
                    .as("the kit was written by exactly one instance")
                    .isEqualTo(1);
            assertThat(sql("select count(*) from insp_hifr_quarter_run where quarter = '2027-Q1'"))
                    .isEqualTo("1");
            assertThat(sql("select count(*) from insp_kit_export where kit_date > '2027-03-31'"))
                    .isEqualTo("1");
        } finally {
            for (int i = 0; i < server().instanceCount(); i++) {
                cluster.send(
                        "PUT",
                        server().instanceUrl(i) + "api/v1/calendar/clock",
                        "application/json",
                        "{}",
                        "director",
                        "director-demo");
            }
        }
    }

    @Test
    @Order(2)
    @DisplayName(
            "kill -9 of the instance serving a signed-in user in a burst through the proxy: the user finishes the intake"
                    + " wizard (108.8 D) on the other; nothing answered is lost or doubled; each event delivered once")
    void killTheServingInstance() throws Exception {
        String u = Applications.unique();
        String firm = "Cluster Electric " + u;
        Applications.contractor(cluster, firm, "EL-C" + u, "ELECTRICAL");

        // a technician starts an application: the first step is kept on the server (the wizard's view state)
        screens.signIn("tech", "tech-demo");
        screens.open("permitting/intake.xhtml");
        screens.type("intake:name", "Cluster house " + u);
        screens.type("intake:street", u + " Failover Ln");
        screens.type("intake:zip", "28203");
        screens.type("intake:pin", "121-045-08");
        screens.type("intake:ownerName", "Robin Gray");
        screens.type("intake:ownerAddress", "PO Box 9, Charlotte, NC 28203");
        screens.type("intake:projectDescription", "New house");
        screens.typeNumber("intake:projectValue", "300000");
        screens.typeNumber("intake:area", "2400");
        screens.typeNumber("intake:height", "28");
        screens.choose("intake:occupancy", "R-3");
        screens.next();
        screens.waitFor(By.id("intake:contractor"));
        String serving = servingInstance();
        int killed = serving.equals(server().instanceName(0)) ? 0 : 1;

        // the burst through the proxy; the instance serving the technician is killed in its middle
        CrashDrill.Outcome drill = CrashDrill.drill(server(), 24, 8, killed);
        java.nio.file.Path report = java.nio.file.Path.of("target", "drills", "crash-cluster.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, drill.report(), StandardCharsets.UTF_8);
        assertThat(drill.failed()).as(drill.report()).isFalse();
        assertThat(server().isPayaraRunning(killed)).isFalse();
        assertThat(sql("select count(*) from plat_outbox where status <> 'DELIVERED'"))
                .as("every event delivered by the instance left")
                .isEqualTo("0");

        // the technician goes on where they were, on the other instance, still signed in
        screens.choose("intake:contractor", firm);
        screens.choose("intake:trade", "Electrical");
        screens.type("intake:description", "Wiring of the house");
        screens.typeNumber("intake:value", "20000");
        screens.next();
        screens.waitFor(By.id("intake:reviewPin"));
        assertThat(screens.text("intake:reviewName"))
                .as("the first step, typed before the kill, is still there")
                .isEqualTo("Cluster house " + u);
        assertThat(screens.text("intake:reviewPin")).isEqualTo("121-045-08");
        screens.type("intake:statementBy", "Pat Lee");
        screens.tick("intake:compliance");
        screens.click("intake:submit");
        screens.waitFor(By.id("permit:tabs:status"));
        assertThat(screens.text("permit:tabs:status")).isEqualTo("Applied");
        assertThat(servingInstance()).as("served by the other instance now").isNotEqualTo(serving);
        assertThat(screens.text("current-user")).isEqualTo("tech");
        assertThat(sql("select count(*) from perm_project where name = 'Cluster house " + u + "'"))
                .as("the application is stored once")
                .isEqualTo("1");
    }

    private static String servingInstance() {
        Cookie cookie = browser.driver().manage().getCookieNamed(HaProxy.COOKIE);
        assertThat(cookie).as("the proxy's cookie naming the instance").isNotNull();
        return cookie.getValue();
    }

    /** How many times the pattern is in the logs of all instances (what they logged since this class started them). */
    private static int count(Pattern pattern) throws IOException {
        int n = 0;
        for (int i = 0; i < server().instanceCount(); i++) {
            Matcher m = pattern.matcher(Files.readString(server().logFile(i), StandardCharsets.UTF_8));
            while (m.find()) {
                n++;
            }
        }
        return n;
    }

    private static String sql(String query) {
        return server().runSql(query).lines().skip(1).findFirst().orElse("").trim();
    }
}
