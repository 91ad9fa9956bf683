package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Idempotent writes (ADR 0025) and payment references per payer, against the running Tryon: a payment whose answer
 * was lost is sent again with the same Idempotency-Key and gets the original answer; the ledger has it once.
 */
class IdempotencyIT {

    private final SystemUnderTest system = SystemUnderTest.get();
    private static long firstAccount;
    private static long secondAccount;

    @BeforeAll
    static void twoPayers() {
        SystemUnderTest system = SystemUnderTest.get();
        firstAccount = payer(system, "Keyed Plumbing ");
        secondAccount = payer(system, "Other Plumbing ");
    }

    /** A firm with an issued permit, so with a customer account owing its fee; returns the account's id. */
    private static long payer(SystemUnderTest system, String name) {
        String license = "PL-" + Applications.unique();
        long contractorId = Applications.contractor(system, name + license, license, "PLUMBING");
        long house = Applications.approvedHouse(system, license + " Retry Rd");
        long permit = Applications.apply(system, house, "PLUMBING", contractorId, "Water heater", 1500);
        HttpResult issued = system.postJson("api/v1/permits/" + permit + "/issue", "", "tech", "tech-demo");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        return system.awaitAccountOfContractor(contractorId, Duration.ofSeconds(30))
                .getJsonNumber("id")
                .longValue();
    }

    private HttpResult pay(long account, String reference, String amount, String key) {
        String body = "{\"amount\":" + amount + ",\"method\":\"CHECK\",\"reference\":\"" + reference + "\"}";
        return key == null
                ? system.postJson("api/v1/accounts/" + account + "/payments", body, "tech", "tech-demo")
                : system.send(
                        "POST",
                        "api/v1/accounts/" + account + "/payments",
                        "application/json",
                        body,
                        "tech",
                        "tech-demo",
                        "Idempotency-Key",
                        key);
    }

    private long paymentsWith(long account, String reference) {
        return system
                .get("api/v1/ledger/accounts/" + account + "/payments", "tech", "tech-demo")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> reference.equals(p.getString("reference", null)))
                .count();
    }

    private static List<String> fields(HttpResult problem) {
        return problem.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .toList();
    }

    @Test
    @DisplayName(
            "Idempotency-Key: a payment sent again with the same key gets the same 201, Location and body, marked replayed; "
                    + "the ledger has it once; the same key with another body is 422 naming the header")
    void aRetriedPaymentIsAnsweredFromItsRecord() {
        String key = UUID.randomUUID().toString();
        String check = "ID-" + Applications.unique();
        HttpResult first = pay(firstAccount, check, "10.00", key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isEmpty();
        HttpResult retry = pay(firstAccount, check, "10.00", key);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location")).isPresent();
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(paymentsWith(firstAccount, check)).isEqualTo(1);

        HttpResult other = pay(firstAccount, check, "11.00", key);
        assertThat(other.status()).as(other.toString()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(fields(other)).containsExactly("Idempotency-Key");
        assertThat(paymentsWith(firstAccount, check)).isEqualTo(1);

        HttpResult bad = pay(firstAccount, "ID-" + Applications.unique(), "10.00", "x".repeat(256));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(fields(bad)).containsExactly("Idempotency-Key");
    }

    @Test
    @DisplayName(
            "Idempotency-Key: ten identical keyed payments at the same moment apply one payment and all get its answer")
    void tenTwinsPayOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String check = "TW-" + Applications.unique();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<HttpResult>> twins = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                twins.add(() -> pay(secondAccount, check, "5.00", key));
            }
            List<HttpResult> answers = new ArrayList<>();
            for (Future<HttpResult> f : pool.invokeAll(twins, 120, TimeUnit.SECONDS)) {
                answers.add(f.get());
            }
            assertThat(answers)
                    .extracting(HttpResult::status)
                    .as(answers.toString())
                    .containsOnly(201);
            assertThat(answers)
                    .extracting(HttpResult::body)
                    .containsOnly(answers.get(0).body());
            assertThat(answers)
                    .filteredOn(a -> a.header("Idempotent-Replayed").isEmpty())
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(paymentsWith(secondAccount, check)).isEqualTo(1);
    }

    @Test
    @DisplayName(
            "108.9 fees: a check number is the payer's: two firms' check no. 4711 are both applied; the same firm's twice is "
                    + "refused on reference, with or without a key, and a refused write leaves its key free")
    void aReferenceIsUniquePerPayer() {
        String check = "47" + Applications.unique();
        assertThat(pay(firstAccount, check, "1.00", null).status()).isEqualTo(201);
        HttpResult otherPayer = pay(secondAccount, check, "1.00", null);
        assertThat(otherPayer.status()).as(otherPayer.toString()).isEqualTo(201);
        HttpResult again = pay(firstAccount, check, "1.00", null);
        assertThat(again.status()).as(again.toString()).isEqualTo(422);
        assertThat(fields(again)).containsExactly("reference");
        String key = UUID.randomUUID().toString();
        HttpResult againWithKey = pay(firstAccount, check, "1.00", key);
        assertThat(againWithKey.status()).as(againWithKey.toString()).isEqualTo(422);
        assertThat(fields(againWithKey)).containsExactly("reference");
        HttpResult keyFree = pay(firstAccount, check + "B", "1.00", key);
        assertThat(keyFree.status())
                .as("a refused write leaves its key free: " + keyFree)
                .isEqualTo(201);
        assertThat(keyFree.header("Idempotent-Replayed")).isEmpty();
        assertThat(paymentsWith(firstAccount, check)).isEqualTo(1);
        assertThat(paymentsWith(secondAccount, check)).isEqualTo(1);
    }
}
