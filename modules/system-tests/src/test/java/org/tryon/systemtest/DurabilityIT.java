package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.devserver.DevServer;

/**
 * Nothing entered is lost: a crash of the server between the commit of a permit's issue and the
 * delivery of its fee posts the fee once after the restart; the restart keeps every record. (Two restarts: the first
 * holds delivery, the second is the crash; each costs a start of Payara Micro, so there is no third.)
 */
class DurabilityIT {

    private final SystemUnderTest system = SystemUnderTest.get();

    @Test
    @DisplayName(
            "outbox: server killed between commit and delivery, restarted: the permit fee is posted once; the data survive")
    void crashBetweenCommitAndDeliveryPostsTheFeeOnce() {
        DevServer server = system.devServer();
        // hold event delivery, so the crash surely falls between the commit and the delivery
        server.killPayara();
        server.overrideEnv("TRYON_OUTBOX_DELIVERY_ENABLED", "false");
        try {
            server.startPayara();

            String license = "GC-" + Applications.unique();
            long contractorId = Applications.contractor(system, "Crash Test Builders " + license, license, "BUILDING");
            long permitId = Applications.apply(
                    system,
                    Applications.approvedHouse(system, "600 E 4th St"),
                    "BUILDING",
                    contractorId,
                    "Office upfit",
                    50000);
            HttpResult issued = system.postJson("api/v1/permits/" + permitId + "/issue", "", "tech", "tech-demo");
            assertThat(issued.status()).as(issued.toString()).isEqualTo(200);

            String pending = server.runSql(
                    "select count(*) from plat_outbox where status = 'PENDING' and payload like '%\"permitId\":"
                            + permitId + ",%'");
            assertThat(pending.trim()).endsWith("1");
            assertThat(system.accountOfContractor(contractorId)).isNull();

            server.killPayara();
            server.clearEnvOverrides();
            server.startPayara();

            // $100 + 50 x $4 = $300.00 (demo schedule), once
            JsonObject account = system.awaitAccountOfContractor(contractorId, Duration.ofSeconds(30));
            assertThat(account.getJsonNumber("balance").bigDecimalValue()).isEqualByComparingTo("300.00");

            // the permit and the contractor, written before the kill, are there after it; the fee is posted once
            JsonArray entries = system.get(
                            "api/v1/accounts/" + account.getJsonNumber("id").longValue() + "/entries",
                            "tech",
                            "tech-demo")
                    .jsonArray();
            assertThat(entries).hasSize(1);
            assertThat(system.get("api/v1/permits/" + permitId, "tech", "tech-demo")
                            .json()
                            .getString("status"))
                    .isEqualTo("ISSUED");
            assertThat(server.runSql("select count(*) from plat_outbox where status = 'PENDING'")
                            .trim())
                    .endsWith("0");
        } finally {
            server.clearEnvOverrides();
            if (!server.isPayaraRunning()) {
                server.startPayara();
            }
        }
    }
}
