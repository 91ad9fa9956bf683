package org.tryon.devserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DevServerOptionsTest {

    @Test
    void noArgumentsMeansDefaults() {
        DevServerCommandLine o = DevServerCommandLine.parse();
        assertThat(o.port).isNull();
        assertThat(o.dbPort).isNull();
        assertThat(o.noDemo).isFalse();

        DevServer server = o.toBuilder().build();
        assertThat(server.httpPort()).isEqualTo(8080);
        assertThat(server.dbPort()).isEqualTo(3307);
        assertThat(server.dataDir()).isEqualTo(Path.of(System.getProperty("user.home"), ".tryon"));
        assertThat(server.logFile()).isEqualTo(server.dataDir().resolve("logs/payara.log"));
        assertThat(server.demo()).isTrue();
        assertThat(server.baseUrl()).isEqualTo("http://localhost:8080/");
        // the artifacts default to the directory of the launcher (target/ when run from the build)
        assertThat(server.warFile().getFileName()).hasToString("tryon.war");
        assertThat(server.payaraJar().getFileName()).hasToString("payara-micro.jar");
    }

    @Test
    void allOptionsInBothSpellings() {
        DevServerCommandLine o = DevServerCommandLine.parse(
                "--port",
                "9090",
                "--db-port=3399",
                "--data",
                "/tmp/x",
                "--war=/a/tryon.war",
                "--payara-jar",
                "/b/payara-micro.jar",
                "--no-demo",
                "--env",
                "TRYON_CLOCK_ADJUSTABLE=true",
                "--env=A=b=c",
                "--timeout",
                "60");
        DevServer server = o.toBuilder().build();
        assertThat(server.httpPort()).isEqualTo(9090);
        assertThat(server.dbPort()).isEqualTo(3399);
        assertThat(server.dataDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(server.warFile()).isEqualTo(Path.of("/a/tryon.war"));
        assertThat(server.payaraJar()).isEqualTo(Path.of("/b/payara-micro.jar"));
        assertThat(server.demo()).isFalse();
        assertThat(o.timeoutSeconds).isEqualTo(60);
        assertThat(server.environment())
                .containsEntry("TRYON_DEMO", "false")
                .containsEntry("TRYON_CLOCK_ADJUSTABLE", "true")
                .containsEntry("A", "b=c")
                .containsEntry(
                        "TRYON_DB_URL", "jdbc:mariadb://127.0.0.1:3399/tryon?connectTimeout=2000&socketTimeout=5000")
                .containsEntry("TRYON_DB_USER", "tryon")
                .containsEntry("TRYON_DB_PASSWORD", "tryon");
    }

    @Test
    void zeroPortsPickFreePorts() {
        DevServer server = DevServer.builder().httpPort(0).dbPort(0).build();
        assertThat(server.httpPort()).isPositive();
        assertThat(server.dbPort()).isPositive().isNotEqualTo(server.httpPort());
        assertThat(Ports.isFree(server.httpPort())).isTrue();
    }

    @Test
    void helpIsRecognised() {
        assertThat(DevServerCommandLine.parse("--help").help).isTrue();
        assertThat(DevServerCommandLine.parse("-h").help).isTrue();
    }

    @Test
    void badArgumentsAreRejectedWithAReason() {
        assertThatThrownBy(() -> DevServerCommandLine.parse("--port")).hasMessageContaining("--port needs a value");
        assertThatThrownBy(() -> DevServerCommandLine.parse("--port", "--no-demo"))
                .hasMessageContaining("--port needs a value");
        assertThatThrownBy(() -> DevServerCommandLine.parse("--port", "eighty")).hasMessageContaining("port number");
        assertThatThrownBy(() -> DevServerCommandLine.parse("--port", "0")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> DevServerCommandLine.parse("--db-port", "70000"))
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> DevServerCommandLine.parse("--frobnicate"))
                .hasMessageContaining("unknown option '--frobnicate'");
        assertThatThrownBy(() -> DevServerCommandLine.parse("--env", "NOVALUE")).hasMessageContaining("NAME=VALUE");
        assertThatThrownBy(() -> DevServerCommandLine.parse("--timeout", "-3")).hasMessageContaining("positive");
        assertThatThrownBy(() -> DevServerCommandLine.parse("--no-demo=yes")).hasMessageContaining("takes no value");
        assertThat(DevServerCommandLine.parse("--db-port", "0").dbPort).isZero();
    }

    @Test
    void extraEnvironmentWinsOverTheDefaults() {
        DevServer server =
                DevServer.builder().dbPort(3307).env("TRYON_DEMO", "false").build();
        assertThat(server.environment()).containsEntry("TRYON_DEMO", "false");
        assertThat(DevServer.builder()
                        .startupTimeout(Duration.ofSeconds(5))
                        .build()
                        .environment())
                .containsEntry("TRYON_DEMO", "true");
    }

    @Test
    void startPayaraWithoutWarSaysWhatIsMissing() {
        DevServer server = DevServer.builder()
                .dataDir(Path.of("target/unit-data"))
                .httpPort(0)
                .dbPort(0)
                .warFile(Path.of("target/does-not-exist.war"))
                .payaraJar(Path.of("pom.xml"))
                .build();
        assertThatThrownBy(server::startPayara)
                .isInstanceOf(DevServerException.class)
                .hasMessageContaining("does-not-exist.war does not exist");
    }

    @Test
    void logDigestFindsTheFirstErrorAndTheRootCauses() {
        String log = String.join(
                "\n",
                "[INFO] booting",
                "[2026] [] [SEVERE] [] Exception while loading the app",
                "  at x.y(Z.java:1)",
                "Caused by: java.sql.SQLException: Access denied",
                "  at a.b(C.java:2)",
                "Caused by: java.sql.SQLException: Access denied",
                "Caused by: java.net.ConnectException: refused",
                "[INFO] ready");
        assertThat(ServerLog.firstErrors(log)).startsWith("[2026] [] [SEVERE]").contains("Access denied");
        assertThat(ServerLog.causes(log))
                .isEqualTo(
                        "Caused by: java.sql.SQLException: Access denied\nCaused by: java.net.ConnectException: refused");
        assertThat(ServerLog.tail(log, 2)).isEqualTo("Caused by: java.net.ConnectException: refused\n[INFO] ready");
        assertThat(ServerLog.firstErrors("all fine\n")).isEmpty();
    }

    @Test
    void severalInstancesSitBehindTheProxyOnTheGivenPort() {
        DevServerCommandLine o = DevServerCommandLine.parse("--instances", "2", "--port", "9191");
        assertThat(o.instances).isEqualTo(2);
        DevServer server = o.toBuilder().dbPort(0).build();
        assertThat(server.instanceCount()).isEqualTo(2);
        assertThat(server.httpPort()).as("users reach the proxy").isEqualTo(9191);
        assertThat(server.baseUrl()).isEqualTo("http://localhost:9191/");
        assertThat(server.instanceUrl(0)).isNotEqualTo(server.instanceUrl(1)).doesNotContain(":9191/");
        assertThat(server.instanceName(1)).isEqualTo("tryon-2");
        assertThat(server.environment().get("TRYON_PUBLIC_URL"))
                .as("links in mail point at the proxy")
                .isEqualTo("http://localhost:9191/");
        assertThatThrownBy(() -> DevServerCommandLine.parse("--instances", "0")).hasMessageContaining("--instances");
        assertThatThrownBy(() -> server.instanceUrl(2)).hasMessageContaining("No Payara Micro number 3");
    }

    @Test
    void theProxyChecksHealthKeepsABrowserOnItsInstanceAndRetriesOnlyWhatNeverReachedOne() {
        PayaraInstance a = new PayaraInstance(1, 41001, 42001, java.nio.file.Path.of("/tmp/x"), null);
        PayaraInstance b = new PayaraInstance(2, 41002, 42002, java.nio.file.Path.of("/tmp/x"), null);
        String cfg = new HaProxy(java.nio.file.Path.of("/tmp/x/haproxy"), 9191, java.util.List.of(a, b), s -> {})
                .configuration();
        assertThat(cfg)
                .contains("bind 127.0.0.1:9191")
                .contains("option httpchk GET /api/v1/health")
                .contains("cookie TRYON_INSTANCE insert indirect nocache")
                .contains("server tryon-1 127.0.0.1:41001 check cookie tryon-1")
                .contains("server tryon-2 127.0.0.1:41002 check cookie tryon-2")
                .contains("option redispatch")
                .contains("retry-on conn-failure\n");
        assertThat(b.pidFile.getFileName().toString()).isEqualTo("payara-2.pid");
        assertThat(a.pidFile.getFileName().toString())
                .as("the first keeps the single instance's name")
                .isEqualTo("payara.pid");
    }
}
