package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Accounts and the ledger, through the REST API: aging, delinquency (108.8 F.3), refunds, reversals, documents, exports. */
class LedgerIT {

    private final SystemUnderTest system = SystemUnderTest.get();

    @AfterEach
    void resetClock() {
        system.send("PUT", "api/v1/calendar/clock", "application/json", "{}", "director", "director-demo");
    }

    private void clock(String instant) {
        system.send(
                "PUT",
                "api/v1/calendar/clock",
                "application/json",
                "{\"now\":\"" + instant + "\"}",
                "director",
                "director-demo");
    }

    private static List<String> rules(HttpResult refusal) {
        return refusal.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("rule"))
                .toList();
    }

    private JsonObject aging(long accountId, String on) {
        return system.get("api/v1/ledger/accounts/" + accountId + "/aging?on=" + on, "tech", "tech-demo")
                .json();
    }

    @Test
    @DisplayName("ledger, 108.8 F.3: due on the 30th day, delinquent the day after; a refund within its payment, once; "
            + "a bounced check reversed once makes the firm delinquent again at once")
    void accountLifecycle() {
        clock("2027-08-02T14:00:00Z");
        String license = "PL-" + Applications.unique();
        long contractorId = Applications.contractor(system, "Ledger Plumbing " + license, license, "PLUMBING");
        long house = Applications.approvedHouse(system, "12 Ledger Ln");
        long first = Applications.apply(system, house, "PLUMBING", contractorId, "Water heater", 1500);
        assertThat(system.postJson("api/v1/permits/" + first + "/issue", "", "tech", "tech-demo")
                        .status())
                .isEqualTo(200);
        JsonObject account = system.awaitAccountOfContractor(contractorId, Duration.ofSeconds(30));
        long accountId = account.getJsonNumber("id").longValue();
        BigDecimal fee = account.getJsonNumber("balance").bigDecimalValue();

        assertThat(aging(accountId, "2027-08-02").getJsonNumber("current").bigDecimalValue())
                .isEqualByComparingTo(fee);
        assertThat(aging(accountId, "2027-09-01").getBoolean("delinquent"))
                .as("the due day")
                .isFalse();
        JsonObject dayAfter = aging(accountId, "2027-09-02");
        assertThat(dayAfter.getBoolean("delinquent")).as("the day after").isTrue();
        assertThat(dayAfter.getJsonNumber("days1To30").bigDecimalValue()).isEqualByComparingTo(fee);
        assertThat(system.get("api/v1/ledger/delinquent-accounts?on=2027-09-02", "tech", "tech-demo")
                        .jsonArray()
                        .getValuesAs(JsonObject.class))
                .extracting(a -> a.getJsonNumber("accountId").longValue())
                .contains(accountId);

        clock("2027-09-02T14:00:00Z");
        String check = "CK-" + license;
        HttpResult paid = system.postJson(
                "api/v1/accounts/" + accountId + "/payments",
                "{\"amount\":" + fee.add(new BigDecimal("50.00")) + ",\"method\":\"CHECK\",\"reference\":\"" + check
                        + "\"}",
                "tech",
                "tech-demo");
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(aging(accountId, "2027-09-02").getBoolean("delinquent")).isFalse();
        long paymentId = system.get("api/v1/ledger/accounts/" + accountId + "/payments", "tech", "tech-demo")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("postingId")
                .longValue();

        String refunds = "api/v1/ledger/payments/" + paymentId + "/refunds";
        HttpResult tooMuch = system.postJson(
                refunds,
                "{\"amount\":50.01,\"method\":\"CHECK\",\"reference\":\"RF-" + license + "\",\"reason\":\"overpaid\"}",
                "tech",
                "tech-demo");
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(rules(tooMuch)).containsExactly("refund-within-credit");
        String refund =
                "{\"amount\":50.00,\"method\":\"CHECK\",\"reference\":\"RF-" + license + "\",\"reason\":\"overpaid\"}";
        HttpResult refunded = system.postJson(refunds, refund, "tech", "tech-demo");
        assertThat(refunded.status()).as(refunded.toString()).isEqualTo(201);
        long refundId = refunded.json().getJsonNumber("postingId").longValue();
        HttpResult again = system.postJson(refunds, refund, "tech", "tech-demo");
        assertThat(again.status()).as("one refund is never posted twice").isEqualTo(422);
        assertThat(rules(again)).containsExactly("refund-once");

        HttpResult receipt = system.get("api/v1/ledger/payments/" + paymentId + "/receipt.pdf", "tech", "tech-demo");
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.contentType()).startsWith("application/pdf");

        String bounced = "{\"reason\":\"Check returned unpaid\"}";
        assertThat(system.postJson("api/v1/ledger/postings/" + paymentId + "/reversal", bounced, "tech", "tech-demo")
                        .status())
                .as("corrections are the administrator's")
                .isEqualTo(403);
        HttpResult refundsFirst = system.postJson(
                "api/v1/ledger/postings/" + paymentId + "/reversal", bounced, "director", "director-demo");
        assertThat(rules(refundsFirst)).containsExactly("refunds-first");
        assertThat(system.postJson(
                                "api/v1/ledger/postings/" + refundId + "/reversal",
                                "{\"reason\":\"refund check voided\"}",
                                "director",
                                "director-demo")
                        .status())
                .isEqualTo(201);
        HttpResult reversed = system.postJson(
                "api/v1/ledger/postings/" + paymentId + "/reversal", bounced, "director", "director-demo");
        assertThat(reversed.status()).as(reversed.toString()).isEqualTo(201);
        assertThat(reversed.json().getJsonNumber("namesPostingId").longValue()).isEqualTo(paymentId);
        HttpResult twice = system.postJson(
                "api/v1/ledger/postings/" + paymentId + "/reversal", bounced, "director", "director-demo");
        assertThat(rules(twice)).containsExactly("reverse-once");

        // permitting asks at the moment of the check: delinquent again at once
        long second = Applications.apply(system, house, "PLUMBING", contractorId, "Second bath", 5000);
        assertThat(system.get("api/v1/permits/" + second + "/issue-check", "tech", "tech-demo")
                        .jsonArray()
                        .getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("rule"))
                .containsExactly("108.8 F.3");

        assertThat(system.get("api/v1/ledger/accounts/" + accountId + "/lines", "tech", "tech-demo")
                        .jsonArray()
                        .getValuesAs(JsonObject.class))
                .filteredOn(l -> l.containsKey("reversesPostingId"))
                .extracting(l -> l.getString("reason"))
                .containsExactly("refund check voided", "Check returned unpaid");
        HttpResult statement = system.get(
                "api/v1/ledger/accounts/" + accountId + "/statement.pdf?from=2027-08-01&to=2027-09-30",
                "tech",
                "tech-demo");
        assertThat(statement.status()).isEqualTo(200);
        assertThat(statement.contentType()).startsWith("application/pdf");

        HttpResult gl = system.get("api/v1/ledger/exports/general-ledger.csv?date=2027-09-02", "tech", "tech-demo");
        assertThat(gl.body())
                .startsWith("postedOn,feeCode,accountCode,accountKind,debits,credits,postings")
                .contains("REFUND,CASH,CASH");
        HttpResult cash = system.get("api/v1/ledger/exports/cash-report.csv?date=2027-09-02", "tech", "tech-demo");
        assertThat(cash.body()).contains(check).contains("PAYMENT_REVERSED").contains("REFUND_REVERSED");
    }
}
