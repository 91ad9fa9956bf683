package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An outage drill (outage notice of December 2017; 108.8.1, 108.10 E; ADR 0016) against a running Tryon
 * with the settable clock, in 2031 so that no other test's permit clock is near: the director declares an
 * outage after the fact, permits' deadlines pass during it, the paper results and the requests taken by
 * phone are keyed in afterwards, the outage ends and its backlog is declared entered. Every permit ends
 * in the state its true dates give; nothing is refused, nothing is lost.
 */
class OutageDrillIT {

    private final SystemUnderTest system = SystemUnderTest.get();

    private static Browser browser;

    @AfterEach
    void resetClock() {
        system.send("PUT", "api/v1/calendar/clock", "application/json", "{}", "director", "director-demo");
    }

    @org.junit.jupiter.api.AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @DisplayName(
            "Outage notice of December 2017: the director declares an outage that is over on Administration → Outages and then its backlog entered")
    void outagesScreen() {
        browser = browser == null ? Browser.open() : browser;
        Screens screens = new Screens(browser);
        try {
            screens.signIn("director", "director-demo");
            screens.driver()
                    .findElement(org.openqa.selenium.By.linkText("Outages"))
                    .click();
            screens.waitFor(org.openqa.selenium.By.id("declare:submit"));
            assertThat(screens.title()).isEqualTo("Outages");
            // long past and closed at once, so that it holds no other test's clock
            screens.type("declare:note", "Screen drill: permitting software unavailable");
            screens.typeDate("declare:startsOn", "2020-01-06");
            screens.click("page-title");
            screens.typeDate("declare:endsOn", "2020-01-10");
            screens.click("page-title");
            screens.click("declare:submit");
            screens.waitForText("Outage declared from 01/06/2020 to 01/10/2020");
            screens.driver()
                    .findElement(org.openqa.selenium.By.xpath("//button[contains(., 'Backlog entered')]"))
                    .click();
            screens.waitForText("The backlog of the outage from 01/06/2020 is entered");
            assertThat(system.get("api/v1/outages", "tech", "tech-demo")
                            .jsonArray()
                            .getValuesAs(JsonObject.class))
                    .anySatisfy(o -> {
                        assertThat(o.getString("startsOn")).isEqualTo("2020-01-06");
                        assertThat(o.getString("state")).isEqualTo("CLOSED");
                    });
            screens.signOut();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("failed-outages-screen");
            throw e;
        }
    }

    private void on(String day) {
        HttpResult set = system.send(
                "PUT",
                "api/v1/calendar/clock",
                "application/json",
                "{\"now\":\"" + day + "T15:00:00Z\"}",
                "director",
                "director-demo");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    private void runClocks(String day) {
        on(day);
        HttpResult run = system.postJson("api/v1/permits/clock-runs", "", "director", "director-demo");
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
    }

    /** A building permit issued today to a firm of its own (a firm with a fee unpaid 30 days could not get another, 108.8 F.3). */
    private long issued(String what) {
        String license = "GC-" + Applications.unique();
        long contractorId = Applications.contractor(system, "Drill Builders " + license, license, "BUILDING");
        long id = Applications.apply(
                system,
                Applications.approvedHouse(system, Applications.unique() + " Outage Ln"),
                "BUILDING",
                contractorId,
                what,
                9000);
        HttpResult issue = system.postJson("api/v1/permits/" + id + "/issue", "", "tech", "tech-demo");
        assertThat(issue.status()).as(issue.toString()).isEqualTo(200);
        return id;
    }

    private String number(long permitId) {
        return system.get("api/v1/permits/" + permitId, "tech", "tech-demo")
                .json()
                .getString("number");
    }

    private String status(long permitId) {
        return Applications.status(system, permitId);
    }

    private List<JsonObject> changes(long permitId) {
        return system.get("api/v1/permits/" + permitId + "/status-changes", "tech", "tech-demo")
                .jsonArray()
                .getValuesAs(JsonObject.class);
    }

    private List<JsonObject> notices(long permitId) {
        return system.get("api/v1/permits/" + permitId + "/notices", "tech", "tech-demo")
                .jsonArray()
                .getValuesAs(JsonObject.class);
    }

    private HttpResult paper(String csv) {
        return system.send(
                "POST", "api/v1/inspection-results/paper-batch", "text/csv", csv, "inspector", "inspector-demo");
    }

    /** Waits until permitting has learned what inspections published (the outbox delivers after commit). */
    private String awaitStatus(long permitId, String wanted) {
        return Applications.awaitStatus(system, permitId, wanted);
    }

    @Test
    @DisplayName(
            "Outage notice of December 2017, 108.8.1, 108.10 E: outage drill: paper results and phone requests keyed in afterwards are judged by their true days; "
                    + "clocks held by the outage and proved wrong by late work are put right; nothing refused, nothing lost")
    void outageDrill() {
        // Monday 6 January 2031: permit D is issued; its six months run out on Sunday 6 July
        on("2031-01-06");
        long d = issued("Garage, inspected the day before its expiry");
        // Friday 14 February: permit C, whose six months run out on Thursday 14 August
        on("2031-02-14");
        long c = issued("Porch, expired by a clock during an outage declared later");
        // Monday 3 March: permits A and B, whose six months run out on Wednesday 3 September, inside the outage
        on("2031-03-03");
        long a = issued("Addition, inspected on paper during the outage");
        long b = issued("Shed, nothing done");

        // Monday 7 July: the clock runs; D expires (nobody has keyed in its inspection of 3 July yet)
        runClocks("2031-07-07");
        assertThat(status(d)).isEqualTo("EXPIRED");
        // Thursday 14 August: the system is already down in part; the clock still runs and C expires
        runClocks("2031-08-14");
        assertThat(status(c)).isEqualTo("EXPIRED");

        // Monday 25 August: the director declares the outage that began on Monday 11 August; tech may not
        on("2031-08-25");
        String declaration =
                "{\"startsOn\":\"2031-08-11\",\"note\":\"Permitting and inspections software unavailable (drill)\"}";
        assertThat(system.postJson("api/v1/outages", declaration, "tech", "tech-demo")
                        .status())
                .isEqualTo(403);
        HttpResult declared = system.postJson("api/v1/outages", declaration, "director", "director-demo");
        assertThat(declared.status()).as(declared.toString()).isEqualTo(201);
        long outage = declared.json().getJsonNumber("id").longValue();
        assertThat(declared.json().getString("state")).isEqualTo("ONGOING");
        // C's clock ran out on a day of the outage: it is issued again, at once, with the reason in its history
        assertThat(status(c)).isEqualTo("ISSUED");
        JsonObject restoredC = changes(c).stream()
                .filter(x -> x.getString("from").equals("EXPIRED"))
                .findFirst()
                .orElseThrow();
        assertThat(restoredC.getString("reason")).contains("outage declared from 08/11/2031");
        assertThat(notices(c)).extracting(n -> n.getString("kind")).contains("EXPIRED", "RESTORED");

        // Wednesday 3 September passes in the outage: A and B would expire, but the outage holds their clocks
        runClocks("2031-09-04");
        assertThat(status(a)).isEqualTo("ISSUED");
        assertThat(status(b)).isEqualTo("ISSUED");

        // Monday 15 September: the system is back. The outage ended on Friday 12 September
        on("2031-09-15");
        HttpResult ended = system.postJson(
                "api/v1/outages/" + outage + "/end", "{\"endsOn\":\"2031-09-12\"}", "director", "director-demo");
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.json().getString("state")).isEqualTo("BACKLOG_OPEN");

        // the request for A's footing, made by phone on Tuesday 2 September, is keyed in by a technician with its day
        HttpResult phoned = system.postJson(
                "api/v1/inspection-requests",
                "{\"permitId\":" + a + ",\"inspectionType\":\"BLD-FOOTING\","
                        + "\"requestedDate\":\"2031-09-08\",\"madeOn\":\"2031-09-02\",\"requestedBy\":\"Pat Lee\",\"contactPhone\":\"704-555-0142\"}",
                "tech",
                "tech-demo");
        assertThat(phoned.status()).as(phoned.toString()).isEqualTo(201);
        assertThat(phoned.json().getString("madeOn")).isEqualTo("2031-09-02");

        // (inspections learns of C's restoration through the outbox, after commit)
        java.time.Instant until = java.time.Instant.now().plus(Applications.DELIVERY);
        while (!system.get("api/v1/inspection-permits/" + c, "inspector", "inspector-demo")
                .json()
                .getString("status")
                .equals("ISSUED")) {
            assertThat(java.time.Instant.now())
                    .as("inspections learns that C is issued again")
                    .isBefore(until);
            java.util.concurrent.locks.LockSupport.parkNanos(300_000_000L);
        }

        // the paper results: one broken line refuses the batch, naming its line, field and rule; nothing is recorded
        long phonedId = phoned.json().getJsonNumber("id").longValue();
        String header = "requestId,permitNumber,inspectionType,outcome,inspectedAt,inspector,notes\n";
        String lines = "," + number(d) + ",BLD-FOOTING,PASSED,2031-07-03 09:00,inspector,on paper before the expiry\n"
                + "," + number(d) + ",BLD-SLAB,PASSED,2031-07-10 10:00,inspector,after the clock's wrong end\n"
                + "," + number(c) + ",BLD-FOOTING,PASSED,2031-08-20 08:30,inspector,during the outage\n"
                + phonedId + ",,,PASSED,2031-09-08 11:00,inspector,during the outage after the nominal expiry\n";
        HttpResult refused =
                paper(header + lines + "," + number(b) + ",BLD-FOOTING,exploded,2031-09-09 09:00,inspector,\n");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.body()).contains("line 6: outcome").doesNotContain("108.8.1");
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("rule"))
                .isEqualTo("outcome");
        assertThat(system.get("api/v1/inspection-results?permitId=" + d, "inspector", "inspector-demo")
                        .jsonArray())
                .isEmpty();

        // the whole paper batch goes in: no line is refused for the permit's state on the day it is keyed in
        HttpResult recorded = paper(header + lines);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.jsonArray()).hasSize(4);

        // D's inspection of 3 July proves its expiry of 7 July wrong: work commenced, restored with the late entry in
        // its history
        assertThat(awaitStatus(d, "WORK_COMMENCED")).isEqualTo("WORK_COMMENCED");
        JsonObject restoredD = changes(d).stream()
                .filter(x -> x.getString("from").equals("EXPIRED"))
                .findFirst()
                .orElseThrow();
        assertThat(restoredD.getString("to")).isEqualTo("WORK_COMMENCED");
        assertThat(restoredD.getString("on")).isEqualTo("2031-07-07");
        assertThat(restoredD.getString("reason")).contains("BLD-FOOTING", "07/03/2031", "keyed in by inspector");
        assertThat(notices(d)).extracting(n -> n.getString("kind")).contains("EXPIRED", "RESTORED");
        assertThat(awaitStatus(c, "WORK_COMMENCED")).isEqualTo("WORK_COMMENCED");
        assertThat(awaitStatus(a, "WORK_COMMENCED")).isEqualTo("WORK_COMMENCED");

        // the backlog is still open: B's clock stays held however late the day
        runClocks("2031-09-16");
        assertThat(status(b)).isEqualTo("ISSUED");
        HttpResult entered =
                system.postJson("api/v1/outages/" + outage + "/backlog-entered", "", "director", "director-demo");
        assertThat(entered.status()).as(entered.toString()).isEqualTo(200);
        assertThat(entered.json().getString("state")).isEqualTo("CLOSED");
        assertThat(system.get("api/v1/outages", "tech", "tech-demo").jsonArray().getValuesAs(JsonObject.class))
                .anySatisfy(o -> assertThat(o.getJsonNumber("id").longValue()).isEqualTo(outage));

        // B's deadline of 3 September moved to ten working days after 12 September: Friday 26 September
        runClocks("2031-09-25");
        assertThat(status(b)).isEqualTo("ISSUED");
        runClocks("2031-09-26");
        assertThat(status(b)).isEqualTo("EXPIRED");
        assertThat(changes(b).stream()
                        .filter(x -> x.getString("to").equals("EXPIRED"))
                        .findFirst()
                        .orElseThrow()
                        .getString("reason"))
                .contains("held by a declared outage until 09/26/2031");
        for (long running : new long[] {a, c, d}) {
            assertThat(status(running)).as("permit " + running).isEqualTo("WORK_COMMENCED");
        }
        assertThat(system.get("api/v1/inspection-results?permitId=" + a, "inspector", "inspector-demo")
                        .jsonArray())
                .hasSize(1);
        assertThat(system.get("api/v1/inspection-requests/" + phonedId, "tech", "tech-demo")
                        .json()
                        .getString("status"))
                .isEqualTo("INSPECTED");
    }
}
