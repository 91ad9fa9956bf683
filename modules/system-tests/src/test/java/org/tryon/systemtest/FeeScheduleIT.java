package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The effective-dated fee schedule against the running Tryon (108.9, 108.10.4): the
 * administrator adds a rate on the screen, a permit applied for before the change and issued after it
 * is priced on its issue date, the older charge keeps its rate; an inspection beyond the allocation
 * is charged once.
 */
class FeeScheduleIT {

    private final SystemUnderTest system = SystemUnderTest.get();
    private static Browser browser;

    @AfterEach
    void resetClock() {
        system.send("PUT", "api/v1/calendar/clock", "application/json", "{}", "director", "director-demo");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private void setClock(LocalDate day) {
        HttpResult set = system.send(
                "PUT",
                "api/v1/calendar/clock",
                "application/json",
                "{\"now\":\"" + day + "T15:00:00Z\"}",
                "director",
                "director-demo");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    private List<JsonObject> lines() {
        return system.get("api/v1/fee-schedule?fee=PERMIT_FEE", "tech", "tech-demo")
                .jsonArray()
                .getValuesAs(JsonObject.class);
    }

    @Test
    @DisplayName(
            "108.9: a rate added on the screen for a later day prices a permit applied for before it and issued after it; the "
                    + "older permit's charge keeps the old rate; back-dating and anyone but the administrator are refused")
    void rateChangeBetweenApplicationAndIssue() {
        LocalDate today = system.today();
        LocalDate from = today.plusDays(3);
        String line = "{\"fee\":\"PERMIT_FEE\",\"trade\":\"MECHANICAL\",\"effectiveFrom\":\"" + today
                + "\",\"base\":90,\"perThousand\":5}";
        assertThat(system.postJson("api/v1/fee-schedule", line, "tech", "tech-demo")
                        .status())
                .isEqualTo(403);
        HttpResult backDated = system.postJson("api/v1/fee-schedule", line, "director", "director-demo");
        assertThat(backDated.status()).as(backDated.toString()).isEqualTo(422);
        assertThat(backDated.body()).contains("\"field\":\"effectiveFrom\"", "108.9 fee-schedule no-back-dating");

        String u = Applications.unique();
        long firm = Applications.contractor(system, "Rate Change Mechanical " + u, "MC-" + u, "MECHANICAL");
        long before = Applications.apply(
                system, Applications.approvedHouse(system, u + " Rate Ct"), "MECHANICAL", firm, "Heat pump", 12000);
        long after = Applications.apply(
                system,
                Applications.approvedHouse(system, u + " Rate Ct Unit B"),
                "MECHANICAL",
                firm,
                "Heat pump",
                12000);
        assertThat(system.postJson("api/v1/permits/" + before + "/issue", "", "tech", "tech-demo")
                        .status())
                .isEqualTo(200);

        browser = browser == null ? Browser.open() : browser;
        Screens screens = new Screens(browser);
        long lineId;
        try {
            screens.signIn("director", "director-demo");
            screens.open("fees/schedule.xhtml");
            screens.select("schedule:fee", "PERMIT_FEE");
            screens.select("schedule:trade", "MECHANICAL");
            screens.type("schedule:base", "90");
            screens.type("schedule:perThousand", "5");
            screens.type("schedule:note", "Fee Ordinance amendment " + u);
            screens.type("schedule:from", from.toString());
            screens.click("schedule:add");
            screens.waitForText("Permit fee (Mechanical): $90.00 + $5.00 per started $1,000 from " + Screens.us(from));
            // trades in words, not codes (ADR 0052)
            assertThat(screens.text("schedule:lines"))
                    .contains("Fee Ordinance amendment " + u, "Future", "Mechanical")
                    .doesNotContain("MECHANICAL", "PERMIT_FEE");
            screens.signOut();
            lineId = lines().stream()
                    .filter(l -> ("Fee Ordinance amendment " + u).equals(l.getString("note", "")))
                    .findFirst()
                    .orElseThrow()
                    .getJsonNumber("id")
                    .longValue();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("failed-fee-schedule");
            throw e;
        }
        try {
            HttpResult quote = system.get(
                    "api/v1/fee-schedule/quote?fee=PERMIT_FEE&trade=MECHANICAL&value=12000&on=" + from,
                    "tech",
                    "tech-demo");
            assertThat(quote.json().getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("150.00");

            setClock(from);
            assertThat(system.postJson("api/v1/permits/" + after + "/issue", "", "tech", "tech-demo")
                            .status())
                    .isEqualTo(200);
            JsonObject account = system.awaitAccountOfContractor(firm, java.time.Duration.ofSeconds(30));
            long accountId = account.getJsonNumber("id").longValue();
            java.time.Instant until = java.time.Instant.now().plusSeconds(30);
            List<JsonObject> entries;
            do {
                java.util.concurrent.locks.LockSupport.parkNanos(300_000_000L);
                entries = system.get("api/v1/accounts/" + accountId + "/entries", "tech", "tech-demo")
                        .jsonArray()
                        .getValuesAs(JsonObject.class);
            } while (entries.size() < 2 && java.time.Instant.now().isBefore(until));
            // before: $60 + 12 x $4 = $108 (issued today); after: $90 + 12 x $5 = $150 (issued on the new rate's first
            // day)
            assertThat(entries)
                    .extracting(e -> e.getString("causeId") + " "
                            + e.getJsonNumber("amount").bigDecimalValue().toPlainString())
                    .containsExactly(before + " 108.00", after + " 150.00");
            assertThat(entries.get(1).getString("description"))
                    .contains("$90.00 + $5.00 per started $1,000", "schedule from " + Screens.us(from));
            assertThat(system.postJson("api/v1/fee-schedule/" + lineId + "/withdrawal", "", "director", "director-demo")
                            .body())
                    .contains("no-back-dating");
        } finally {
            resetClock();
            // the line is in the future again: withdrawn, so that it prices nothing else
            HttpResult withdrawn =
                    system.postJson("api/v1/fee-schedule/" + lineId + "/withdrawal", "", "director", "director-demo");
            assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        }
        assertThat(lines().stream()
                        .filter(l -> l.getJsonNumber("id").longValue() == lineId)
                        .findFirst()
                        .orElseThrow()
                        .getString("standing"))
                .isEqualTo("withdrawn");
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: the 2002 adjustment schedule is in force; the director records a schedule the board adopted on the screen, "
                    + "from a later day; a technician may not; a schedule with a gap is refused naming the line")
    void adjustmentSchedules() {
        List<JsonObject> schedules = system.get("api/v1/adjustment-schedules", "tech", "tech-demo")
                .jsonArray()
                .getValuesAs(JsonObject.class);
        JsonObject inForce = schedules.stream()
                .filter(s -> s.getString("standing").equals("in force"))
                .findFirst()
                .orElseThrow();
        assertThat(inForce.getString("effectiveFrom")).isEqualTo("2002-10-01");
        assertThat(inForce.getJsonArray("bands").getValuesAs(JsonObject.class))
                .extracting(b -> b.getString("range"))
                .first()
                .isEqualTo("0 %");
        String body = "{\"effectiveFrom\":\"" + system.today().plusYears(5)
                + "\",\"adoptedBy\":\"BOCC\",\"bands\":[{\"rateFrom\":0," + "\"atFrom\":-10,\"stepPerPoint\":1}]}";
        assertThat(system.postJson("api/v1/adjustment-schedules", body, "tech", "tech-demo")
                        .status())
                .isEqualTo(403);
        HttpResult gap = system.postJson(
                "api/v1/adjustment-schedules",
                body.replace("{\"rateFrom\":0,", "{\"rateFrom\":1,"),
                "director",
                "director-demo");
        assertThat(gap.status()).as(gap.toString()).isEqualTo(422);
        assertThat(gap.body()).contains("\"field\":\"bands\"", "Re-Inspection Fee Program adjustment-schedule");

        String day = system.today().plusYears(6).toString();
        browser = browser == null ? Browser.open() : browser;
        Screens screens = new Screens(browser);
        try {
            screens.signIn("director", "director-demo");
            screens.open("fees/adjustment-schedules.xhtml");
            screens.type("adj:adoptedBy", "Board of County Commissioners, test " + day);
            screens.type("adj:lines", "0|14|-20|1|0 % to 14 %\n15||0|1|15 % and over");
            screens.type("adj:from", day);
            screens.click("adj:adopt");
            screens.waitForText("Schedule of 2 lines recorded, applying from " + Screens.us(LocalDate.parse(day)));
            screens.signOut();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("failed-adjustment-schedules");
            throw e;
        }
        JsonObject adopted = system
                .get("api/v1/adjustment-schedules", "tech", "tech-demo")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(s -> s.getString("effectiveFrom").equals(day))
                .findFirst()
                .orElseThrow();
        assertThat(adopted.getString("standing")).isEqualTo("future");
        assertThat(adopted.getJsonArray("bands")).hasSize(2);
    }

    @Test
    @DisplayName(
            "108.10.4: with one inspection included in the base fee, the second is charged to the holder by the schedule ($75), once")
    void inspectionBeyondTheAllocationIsCharged() {
        String u = Applications.unique();
        long firm = Applications.contractor(system, "Allocated Builders " + u, "AB-" + u, "BUILDING");
        long permitId = Applications.apply(
                system, Applications.approvedHouse(system, u + " Allocation Rd"), "BUILDING", firm, "House", 90000);
        assertThat(system.postJson("api/v1/permits/" + permitId + "/issue", "", "tech", "tech-demo")
                        .status())
                .isEqualTo(200);
        HttpResult allocated = Applications.onceInspectionsKnowsThePermit(() -> system.send(
                "PUT",
                "api/v1/inspection-allocations",
                "application/json",
                "{\"permitId\":" + permitId + ",\"basis\":\"OWNER_AS_CONTRACTOR\",\"includedInspections\":1}",
                "tca",
                "tca-demo"));
        assertThat(allocated.status()).as(allocated.toString()).isEqualTo(200);
        for (String type : List.of("BLD-FOOTING", "BLD-FOUNDATION")) {
            HttpResult r = system.postJson(
                    "api/v1/inspection-results",
                    "{\"permitId\":" + permitId + ",\"inspectionType\":\"" + type + "\",\"outcome\":\"PASSED\"}",
                    "inspector",
                    "inspector-demo");
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
        }
        JsonObject beyond = system.awaitEntry(firm, "BEYOND_ALLOCATION");
        assertThat(beyond.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("75.00");
        assertThat(beyond.getString("description"))
                .contains("Inspection 2 of", "beyond the 1 its base fee includes", "108.10.4");
        assertThat(beyond.getString("causeType")).isEqualTo("inspection-result");
    }
}
