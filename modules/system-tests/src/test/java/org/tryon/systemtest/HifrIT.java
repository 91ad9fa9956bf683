package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The High Inspection Failure Rate process (108.10 F) and the failure reports (106) against the
 * running Tryon: results of an ended quarter (entered as a paper batch with the settable clock in
 * that quarter), the quarter judged, the list with its notice, the special fee (F.3), rotation off
 * by training (F.2.3.1), and the same numbers on the screen, in the API and in the CSV export.
 */
class HifrIT {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final String QUARTER = "2025-Q2";
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

    private void setClock(String instant) {
        HttpResult set = system.send(
                "PUT",
                "api/v1/calendar/clock",
                "application/json",
                "{\"now\":\"" + instant + "\"}",
                "director",
                "director-demo");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    /** A contractor with an issued building permit; returns {contractorId, permit number}. */
    private Object[] contractorWithPermit(String name) {
        String u = Applications.unique();
        long firm = Applications.contractor(system, name + " " + u, "HF-" + u, "BUILDING");
        long project = Applications.approvedHouse(system, u + " Failure Ct");
        long permitId = Applications.apply(system, project, "BUILDING", firm, "New house", 150000);
        HttpResult issued = system.postJson("api/v1/permits/" + permitId + "/issue", "", "tech", "tech-demo");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        String number = issued.json().getString("number");
        Instant until = Instant.now().plus(DELIVERY);
        while (system.get("api/v1/inspection-results/open-defects?permitId=" + permitId, "inspector", "inspector-demo")
                                .status()
                        != 200
                || !inspectionsKnows(number)) {
            assertThat(Instant.now()).as("inspections learns of the permit").isBefore(until);
            sleep();
        }
        return new Object[] {firm, number};
    }

    private boolean inspectionsKnows(String number) {
        HttpResult probe = system.send(
                "POST",
                "api/v1/inspection-results/paper-batch",
                "text/csv",
                "permitNumber,inspectionType,outcome,inspectedAt,inspector\n" + number
                        + ",BLD-FOOTING,PASSED,2099-01-01 00:00,probe\n",
                "inspector",
                "inspector-demo");
        return !probe.body().contains("There is no issued permit numbered");
    }

    /** {@code inspections} results on the permit on 2025-05-02, the first {@code failures} of them failed. */
    private void results(String number, int inspections, int failures) {
        results(number, "2025-05-02", inspections, failures);
    }

    /** {@code inspections} results on the permit on {@code day}, the first {@code failures} of them failed. */
    private void results(String number, String day, int inspections, int failures) {
        StringBuilder csv = new StringBuilder("permitNumber,inspectionType,outcome,inspectedAt,inspector,defects\n");
        for (int i = 0; i < inspections; i++) {
            boolean failed = i < failures;
            csv.append(number)
                    .append(",BLD-FOOTING,")
                    .append(failed ? "FAILED" : "PASSED")
                    .append(",")
                    .append(day)
                    .append(" 07:")
                    .append(String.format("%02d", i))
                    .append(",inspector,")
                    .append(failed ? "R403.1 | Footing too shallow | lot corner" : "")
                    .append('\n');
        }
        HttpResult r = system.send(
                "POST",
                "api/v1/inspection-results/paper-batch",
                "text/csv",
                csv.toString(),
                "inspector",
                "inspector-demo");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    @Test
    @DisplayName(
            "108.10 F, F.3, F.2.3.1: a quarter's end puts 8 failed of 20 (exactly 40 %) on the list with a notice to the point of contact, "
                    + "19 inspections owe the special fee instead; the hourly re-inspection is charged for the hours recorded (F.2.1); twelve hours "
                    + "of training taken after the listing rotate the contractor off; after it only what came thereafter counts (F.2.4); reports "
                    + "show the same numbers and which results counted; the report's quarters are picked from a list (Q2 2025) and a "
                    + "bad quarter never reaches the CSV export from the screen (the API answers it with a problem document)")
    void quarterJudged() {
        setClock("2025-05-02T15:00:00Z");
        Object[] listed = contractorWithPermit("Failing Framers");
        Object[] few = contractorWithPermit("Few Framers");
        results((String) listed[1], 20, 8);
        results((String) few[1], 19, 10);

        setClock("2025-07-07T15:00:00Z");
        HttpResult byInspector =
                system.postJson("api/v1/hifr/quarters/" + QUARTER + "/run", "", "inspector", "inspector-demo");
        assertThat(byInspector.status()).isEqualTo(403);
        HttpResult run = system.postJson("api/v1/hifr/quarters/" + QUARTER + "/run", "", "tca", "tca-demo");
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        // the daily job may have judged the quarter first; either way it is judged once
        HttpResult again = system.postJson("api/v1/hifr/quarters/" + QUARTER + "/run", "", "tca", "tca-demo");
        assertThat(again.json().getBoolean("ran")).isFalse();
        HttpResult notEnded = system.postJson("api/v1/hifr/quarters/2025-Q3/run", "", "tca", "tca-demo");
        assertThat(notEnded.status()).isEqualTo(422);
        assertThat(notEnded.body()).contains("108.10 F quarter-ended");

        long firm = (Long) listed[0];
        List<JsonObject> decisions = system.get("api/v1/hifr/decisions?contractorId=" + firm, "tca", "tca-demo")
                .jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(decisions).hasSize(1);
        assertThat(decisions.get(0).getString("verdict")).isEqualTo("PLACED");
        assertThat(decisions.get(0).getString("arithmetic"))
                .contains(QUARTER, "8 failed of 20 inspections = 40.00 %", "threshold of 40 %");
        JsonObject special = system.get("api/v1/hifr/decisions?contractorId=" + few[0], "tca", "tca-demo")
                .jsonArray()
                .getJsonObject(0);
        assertThat(special.getString("verdict")).isEqualTo("SPECIAL_FEE");
        assertThat(special.getString("section")).isEqualTo("108.10 F.3");

        JsonObject listing =
                system.get("api/v1/hifr/listings", "tca", "tca-demo").jsonArray().getValuesAs(JsonObject.class).stream()
                        .filter(l -> l.getJsonNumber("contractorId").longValue() == firm)
                        .findFirst()
                        .orElseThrow();
        assertThat(listing.getString("discipline")).isEqualTo("BUILDING");
        assertThat(listing.getString("noticeTo")).contains("Pat Lee", "point of contact");
        assertThat(listing.getString("noticeText")).contains("delayed two days (F.1)");

        List<JsonObject> rates = system.get(
                        "api/v1/failure-rates?from=" + QUARTER + "&contractorId=" + firm, "inspector", "inspector-demo")
                .jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(rates)
                .extracting(r -> r.getInt("inspections") + "/" + r.getInt("failures") + " "
                        + r.getJsonNumber("ratePercent") + " " + r.getString("failuresCounted"))
                .containsExactly("20/8 40.00 Failed");
        HttpResult csv = system.get(
                "api/v1/failure-rates.csv?from=" + QUARTER + "&contractorId=" + firm, "inspector", "inspector-demo");
        assertThat(csv.body()).contains(QUARTER + "," + firm + ",").contains(",BUILDING,20,8,40.00,Failed");
        assertThat(system.get("api/v1/failure-rates?from=nonsense", "inspector", "inspector-demo")
                        .status())
                .isEqualTo(422);
        // the CSV export refuses a bad quarter as the rest of the API does: a problem document naming the field
        HttpResult badCsv = system.get("api/v1/failure-rates.csv?from=2025-Q9", "inspector", "inspector-demo");
        assertThat(badCsv.status()).as(badCsv.toString()).isEqualTo(422);
        assertThat(badCsv.contentType()).startsWith("application/problem+json");
        assertThat(badCsv.body()).contains("\"field\":\"from\"", "not a quarter like 2026-Q3");

        // 108.10 F.1, F.2: at request time the listed contractor is delayed and chooses; the hourly re-inspection
        // leaves the project's fee
        String permitNumber = (String) listed[1];
        long permitId = permitIdOf(permitNumber);
        String normal = system.get("api/v1/inspection-requests/earliest-date", "tech", "tech-demo")
                .json()
                .getString("earliestDate");
        HttpResult initial = system.postJson(
                "api/v1/inspection-requests",
                "{\"permitId\":" + permitId + ",\"inspectionType\":\"BLD-FRAMING\",\"requestedBy\":\"Pat Lee\"}",
                "tech",
                "tech-demo");
        assertThat(initial.status()).as(initial.toString()).isEqualTo(201);
        assertThat(initial.json().getString("hifrOption")).isEqualTo("INITIAL");
        assertThat(initial.json().getString("scheduledFor"))
                .as("108.10 F.1: two working days after " + normal)
                .isGreaterThan(normal);
        HttpResult tooEarly = system.postJson(
                "api/v1/inspection-requests",
                "{\"permitId\":" + permitId
                        + ",\"inspectionType\":\"BLD-SLAB\",\"requestedBy\":\"Pat Lee\",\"requestedDate\":\"" + normal
                        + "\"}",
                "tech",
                "tech-demo");
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.body()).contains("108.10 F.1");
        HttpResult failed = system.postJson(
                "api/v1/inspection-results",
                "{\"requestId\":" + initial.json().getJsonNumber("id")
                        + ",\"outcome\":\"FAILED\",\"defects\":[{\"codeSection\":\"R602.3\",\"description\":\"Missing ties\",\"location\":\"rear\"}]}",
                "inspector",
                "inspector-demo");
        assertThat(failed.status()).as(failed.toString()).isEqualTo(201);
        String reinspection =
                "{\"permitId\":" + permitId + ",\"inspectionType\":\"BLD-FRAMING\",\"requestedBy\":\"Pat Lee\"";
        HttpResult noChoice = system.postJson("api/v1/inspection-requests", reinspection + "}", "tech", "tech-demo");
        assertThat(noChoice.status()).isEqualTo(422);
        assertThat(noChoice.body()).contains("108.10 F.2.2", "hifrOption");
        HttpResult hourly = system.postJson(
                "api/v1/inspection-requests",
                reinspection + ",\"hifrOption\":\"DEPARTMENT_HOURLY\"}",
                "tech",
                "tech-demo");
        assertThat(hourly.status()).as(hourly.toString()).isEqualTo(201);
        assertThat(hourly.json().getString("scheduledFor"))
                .as("108.10 F.2.2.2: five work days after 2025-07-07")
                .isGreaterThanOrEqualTo("2025-07-14");
        // F.2.1 "on an hourly basis": the inspector records the hours on the result; without them, or not in quarter
        // hours, refused
        String hourlyResult = "{\"requestId\":" + hourly.json().getJsonNumber("id") + ",\"outcome\":\"PASSED\"";
        HttpResult noHours =
                system.postJson("api/v1/inspection-results", hourlyResult + "}", "inspector", "inspector-demo");
        assertThat(noHours.status()).as(noHours.toString()).isEqualTo(422);
        assertThat(noHours.body()).contains("\"field\":\"hours\"", "108.10 F.2.1 hours-required");
        HttpResult oddHours = system.postJson(
                "api/v1/inspection-results", hourlyResult + ",\"hours\":1.1}", "inspector", "inspector-demo");
        assertThat(oddHours.status()).as(oddHours.toString()).isEqualTo(422);
        assertThat(oddHours.body()).contains("\"field\":\"hours\"", "108.10 F.2.1 hours-step");
        // the inspector records the hours on the result screen, shown for an hourly re-inspection
        long hourlyId = hourly.json().getJsonNumber("id").longValue();
        browser = browser == null ? Browser.open() : browser;
        Screens onResult = new Screens(browser);
        try {
            onResult.signIn("inspector", "inspector-demo");
            onResult.open("inspections/result.xhtml?request=" + hourlyId);
            new Select(onResult.driver().findElement(By.id("result:outcome"))).selectByVisibleText("Passed");
            onResult.type("result:hours", "2.5");
            onResult.click("result:record");
            onResult.waitForText("Result saved for ");
            onResult.signOut();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("failed-hifr-hours");
            throw e;
        }
        JsonObject charged = system
                .get("api/v1/inspection-results?permitId=" + permitId, "inspector", "inspector-demo")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(r -> r.containsKey("requestId")
                        && !r.isNull("requestId")
                        && r.getJsonNumber("requestId").longValue() == hourlyId)
                .findFirst()
                .orElseThrow();
        assertThat(charged.getJsonNumber("hours").bigDecimalValue()).isEqualByComparingTo("2.5");
        assertThat(charged.getBoolean("excludedFromProjectFee")).isTrue();
        assertThat(charged.getString("exclusionSection")).isEqualTo("108.10 F.2.1.1");
        // fees: the hourly re-inspection is charged by the schedule on the inspection day; the special fee on the
        // quarter's last day
        JsonObject hourlyCharge = system.awaitEntry(firm, "HIFR_HOURLY");
        assertThat(hourlyCharge.getJsonNumber("amount").bigDecimalValue())
                .as("2.5 hours at $75.00")
                .isEqualByComparingTo("187.50");
        assertThat(hourlyCharge.getString("effectiveDate")).isEqualTo("2025-07-07");
        assertThat(hourlyCharge.getString("description"))
                .contains("108.10 F.2.1, F.2.2.2", "$75.00 per hour", "2.5 h recorded", "2.5 h billed");
        JsonObject specialFee = system.awaitEntry((Long) few[0], "HIFR_SPECIAL");
        assertThat(specialFee.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("150.00");
        assertThat(specialFee.getString("effectiveDate")).isEqualTo("2025-06-30");
        assertThat(specialFee.getString("description")).contains("108.10 F.3", QUARTER, "10 of 19 inspections failed");

        long listingId = listing.getJsonNumber("id").longValue();
        // F.2.3.1: a class passed before the listing (placed on 2025-07-07) does not count toward rotating off
        HttpResult before = system.postJson(
                "api/v1/hifr/listings/" + listingId + "/trainings",
                "{\"className\":\"Residential foundations\",\"hours\":12,\"completedOn\":\"2025-07-01\"}",
                "tca",
                "tca-demo");
        assertThat(before.status()).as(before.toString()).isEqualTo(422);
        assertThat(before.body()).contains("\"field\":\"completedOn\"", "108.10 F.2.3.1 after-listing");
        HttpResult eight = system.postJson(
                "api/v1/hifr/listings/" + listingId + "/trainings",
                "{\"className\":\"Residential foundations\",\"hours\":8,\"completedOn\":\"2025-07-07\"}",
                "tca",
                "tca-demo");
        assertThat(eight.status()).as(eight.toString()).isEqualTo(201);
        assertThat(eight.json().containsKey("removedOn")).isFalse();
        HttpResult four = system.postJson(
                "api/v1/hifr/listings/" + listingId + "/trainings",
                "{\"className\":\"Framing\",\"hours\":4,\"completedOn\":\"2025-07-07\"}",
                "tca",
                "tca-demo");
        assertThat(four.json().getString("removedOn")).isEqualTo("2025-07-07");
        assertThat(four.json().getString("removalSection")).isEqualTo("108.10 F.2.3.1");

        // F.2.4 "who rotate off ... but thereafter": 30 failures of the quarter came before the rotation on 2025-07-07,
        // 2 of 20 after
        setClock("2025-09-30T15:00:00Z");
        results(permitNumber, "2025-07-02", 30, 30);
        results(permitNumber, "2025-07-08", 20, 2);
        setClock("2025-10-06T15:00:00Z");
        system.postJson("api/v1/hifr/quarters/2025-Q3/run", "", "tca", "tca-demo");
        JsonObject thereafter = system.get(
                        "api/v1/hifr/decisions?quarter=2025-Q3&contractorId=" + firm, "tca", "tca-demo")
                .jsonArray()
                .getJsonObject(0);
        assertThat(thereafter.getString("verdict"))
                .as("only what came after the day of the rotation counts: 2 of 20")
                .isEqualTo("BELOW");
        assertThat(thereafter.getString("arithmetic"))
                .contains("Counted from 07/08/2025", "rotated off on 07/07/2025", "2 failed of 20 inspections");
        setClock("2025-07-07T15:00:00Z");

        browser = browser == null ? Browser.open() : browser;
        Screens screens = new Screens(browser);
        try {
            screens.signIn("tca", "tca-demo");
            screens.open("inspections/failure-report.xhtml");
            // the quarters are picked from the last twelve by the county's clock (here Q3 2025), shown as "Q2 2025"
            assertThat(screens.text("report:from"))
                    .contains("Q3 2025", "Q2 2025", "Q4 2022")
                    .doesNotContain("2025-Q2");
            screens.select("report:from", QUARTER);
            screens.select("report:to", QUARTER);
            screens.click("report:show");
            screens.wait(20)
                    .until(d -> d.findElement(By.id("report:rows")).getText().contains("Failing Framers"));
            assertThat(screens.text("report:rows"))
                    .contains("Failing Framers", "40.00", "Few Framers", "52.63", "Q2 2025")
                    .doesNotContain(QUARTER);
            assertThat(screens.driver().findElement(By.id("csv")).getAttribute("href"))
                    .contains("failure-rates.csv?from=" + QUARTER + "&to=" + QUARTER);
            // a range the rules refuse shows a plain message on the screen, and no export link that would answer one
            screens.select("report:from", "2025-Q3");
            screens.select("report:to", QUARTER);
            screens.click("report:show");
            screens.waitForText("The last quarter (Q2 2025) is before the first (Q3 2025)");
            assertThat(screens.driver().findElements(By.id("csv"))).isEmpty();
            screens.select("report:from", QUARTER);
            screens.click("report:show");
            screens.wait(20).until(d -> !d.findElements(By.id("csv")).isEmpty());
            assertThat(screens.driver().findElements(By.cssSelector("#report\\:trend canvas")))
                    .as("the trend chart")
                    .isNotEmpty();
            screens.open("inspections/hifr.xhtml");
            screens.click("hifr:all");
            screens.wait(20)
                    .until(d -> d.findElement(By.id("hifr:listings")).getText().contains("Failing Framers"));
            assertThat(screens.text("hifr:listings")).contains("108.10 F.2.3.1", "12 / 12 h");
            screens.signOut();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("failed-hifr");
            throw e;
        }
    }

    private long permitIdOf(String number) {
        return system.get("api/v1/permits/search?number=" + number, "tech", "tech-demo")
                .json()
                .getJsonArray("rows")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
