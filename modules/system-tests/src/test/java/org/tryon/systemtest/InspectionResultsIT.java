package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Inspection results (108.10, 108.10 D) against the running Tryon: a failure with its defects, the
 * re-inspection that passes them, the final, and what permitting learns from them (106 "Project
 * Commenced", the days its clocks run from, 108.8.1 and 108.10 E).
 */
class InspectionResultsIT {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private final SystemUnderTest system = SystemUnderTest.get();
    private static Browser browser;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        system.send("PUT", "api/v1/calendar/clock", "application/json", "{}", "director", "director-demo");
    }

    /** Sets the county's clock to the afternoon of today, so that this morning's paper results lie in the past. */
    private void afternoon() {
        HttpResult set = system.send(
                "PUT",
                "api/v1/calendar/clock",
                "application/json",
                "{\"now\":\"" + system.today() + "T19:00:00Z\"}",
                "director",
                "director-demo");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** An issued building permit on a new house, known to inspections. */
    private long issuedPermit() {
        String u = Applications.unique();
        long builder = Applications.contractor(system, "Inspected Builders " + u, "IB-" + u, "BUILDING");
        long project = Applications.approvedHouse(system, u + " Framing Way");
        long permitId = Applications.apply(system, project, "BUILDING", builder, "New house", 180000);
        HttpResult issued = system.postJson("api/v1/permits/" + permitId + "/issue", "", "tech", "tech-demo");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        return permitId;
    }

    /** Requests an inspection once inspections knows the permit (its PermitIssued is delivered after commit). */
    private long request(long permitId, String type) {
        Instant until = Instant.now().plus(DELIVERY);
        while (true) {
            HttpResult r = system.postJson(
                    "api/v1/inspection-requests",
                    "{\"permitId\":" + permitId + ",\"inspectionType\":\"" + type
                            + "\",\"requestedBy\":\"Pat Lee\",\"contactPhone\":\"704-555-0142\"}",
                    "tech",
                    "tech-demo");
            if (r.status() == 201) {
                return r.json().getJsonNumber("id").longValue();
            }
            assertThat(r.body()).as(r.toString()).contains("108.10 A issued-permit");
            assertThat(Instant.now())
                    .as("inspections learns of the issued permit")
                    .isBefore(until);
            sleep();
        }
    }

    private JsonObject permit(long permitId) {
        return system.get("api/v1/permits/" + permitId, "tech", "tech-demo").json();
    }

    private JsonObject awaitPermit(long permitId, java.util.function.Predicate<JsonObject> condition) {
        Instant until = Instant.now().plus(DELIVERY);
        JsonObject p = permit(permitId);
        while (!condition.test(p) && Instant.now().isBefore(until)) {
            sleep();
            p = permit(permitId);
        }
        return p;
    }

    private List<JsonObject> open(long permitId) {
        HttpResult r = system.get(
                "api/v1/inspection-results/open-defects?permitId=" + permitId, "inspector", "inspector-demo");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.jsonArray().getValuesAs(JsonObject.class);
    }

    /** Types {@code query} into the result screen's defect picker and picks the suggestion starting with {@code label}. */
    private static void pickDefect(Screens screens, String query, String label) {
        int rows = screens.driver()
                .findElements(By.cssSelector("[id^='result:picked:'][id$=':location']"))
                .size();
        screens.type("result:pick_input", query);
        screens.wait(10)
                .until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                        By.xpath("//li[contains(@class,'ui-autocomplete-item') and starts-with(@data-item-label, \""
                                + label + "\")]")))
                .click();
        screens.wait(10)
                .until(d -> !d.findElements(By.id("result:picked:" + rows + ":location"))
                        .isEmpty());
    }

    private static List<String> rules(HttpResult r) {
        return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("rule"))
                .toList();
    }

    @Test
    @DisplayName(
            "108.10, 108.10 D: over REST a failure without defects is refused naming the field; a failure keeps its defects open until the "
                    + "re-inspection passes them; the final does not pass while one is open; the permit commences and is finaled")
    void resultsOverRest() {
        long permitId = issuedPermit();
        long framing = request(permitId, "BLD-FRAMING");

        HttpResult noDefects = system.postJson(
                "api/v1/inspection-results",
                "{\"requestId\":" + framing + ",\"outcome\":\"FAILED\"}",
                "inspector",
                "inspector-demo");
        assertThat(noDefects.status()).as(noDefects.toString()).isEqualTo(422);
        assertThat(noDefects.body()).contains("\"field\":\"defects\"", "108.10 defects");
        HttpResult byTech = system.postJson(
                "api/v1/inspection-results",
                "{\"requestId\":" + framing + ",\"outcome\":\"PASSED\"}",
                "tech",
                "tech-demo");
        assertThat(byTech.status()).as("a permit technician records no result").isEqualTo(403);
        assertThat(open(permitId)).isEmpty();

        HttpResult failed = system.postJson(
                "api/v1/inspection-results",
                "{\"requestId\":" + framing + ",\"outcome\":\"FAILED\",\"defects\":["
                        + "{\"codeSection\":\"R602.3\",\"description\":\"Missing hurricane ties\",\"location\":\"rear wall\"}]}",
                "inspector",
                "inspector-demo");
        assertThat(failed.status()).as(failed.toString()).isEqualTo(201);
        long failedId = failed.json().getJsonNumber("id").longValue();
        assertThat(open(permitId))
                .extracting(d -> d.getString("description"))
                .containsExactly("Missing hurricane ties");
        assertThat(system.get("api/v1/inspection-requests/" + framing, "inspector", "inspector-demo")
                        .json()
                        .getString("status"))
                .isEqualTo("INSPECTED");

        JsonObject commenced = awaitPermit(permitId, p -> p.containsKey("latestInspectionOn"));
        assertThat(commenced.getString("status"))
                .as("106 Project Commenced: an inspection of completed work")
                .isEqualTo("WORK_COMMENCED");
        assertThat(commenced.getString("latestRequestOn")).isEqualTo(commenced.getString("commencedOn"));
        assertThat(commenced.getString("latestInspectionOn")).isEqualTo(commenced.getString("commencedOn"));

        HttpResult finalTooSoon = system.postJson(
                "api/v1/inspection-results",
                "{\"permitId\":" + permitId + ",\"inspectionType\":\"BLD-FINAL\",\"outcome\":\"PASSED\"}",
                "inspector",
                "inspector-demo");
        assertThat(finalTooSoon.status()).as(finalTooSoon.toString()).isEqualTo(422);
        assertThat(rules(finalTooSoon)).containsExactly("108.10 D open-defects");

        long reinspection = request(permitId, "BLD-FRAMING");
        // 108.10 F.2.1: hours are recorded only on a HIFR contractor's re-inspection charged by the hour
        HttpResult hours = system.postJson(
                "api/v1/inspection-results",
                "{\"requestId\":" + reinspection + ",\"outcome\":\"PASSED\"," + "\"hours\":1.5}",
                "inspector",
                "inspector-demo");
        assertThat(hours.status()).as(hours.toString()).isEqualTo(422);
        assertThat(hours.body()).contains("\"field\":\"hours\"", "108.10 F.2.1 hourly-only");
        HttpResult passed = system.postJson(
                "api/v1/inspection-results",
                "{\"requestId\":" + reinspection + ",\"outcome\":\"PASSED\"}",
                "inspector",
                "inspector-demo");
        assertThat(passed.status()).as(passed.toString()).isEqualTo(201);
        assertThat(passed.json().getJsonNumber("followsResultId").longValue())
                .as("linked to the inspection it follows")
                .isEqualTo(failedId);
        assertThat(open(permitId)).isEmpty();
        JsonObject corrected = system.get("api/v1/inspection-results/" + failedId, "inspector", "inspector-demo")
                .json()
                .getJsonArray("defects")
                .getJsonObject(0);
        assertThat(corrected.getJsonNumber("correctedByResultId").longValue())
                .isEqualTo(passed.json().getJsonNumber("id").longValue());

        HttpResult fin = system.postJson(
                "api/v1/inspection-results",
                "{\"requestId\":" + request(permitId, "BLD-FINAL") + ",\"outcome\":\"PASSED\"}",
                "inspector",
                "inspector-demo");
        assertThat(fin.status()).as(fin.toString()).isEqualTo(201);
        assertThat(awaitPermit(permitId, p -> "FINALED".equals(p.getString("status")))
                        .getString("status"))
                .isEqualTo("FINALED");
        assertThat(system.get("api/v1/inspection-results?permitId=" + permitId, "inspector", "inspector-demo")
                        .jsonArray())
                .hasSize(3);
        assertThat(system.get("api/v1/inspection-results/" + failedId + "/history", "inspector", "inspector-demo")
                        .status())
                .isEqualTo(200);
    }

    @Test
    @DisplayName(
            "108.10, 108.10 D: the inspector records a failure with its defect on the result screen; the permit page's Inspections tab "
                    + "shows it open and the day of the most recent inspection (108.10 E)")
    void failureOnTheScreens() {
        long permitId = issuedPermit();
        long requestId = request(permitId, "BLD-FOOTING");
        browser = browser == null ? Browser.open() : browser;
        Screens screens = new Screens(browser);
        try {
            screens.signIn("inspector", "inspector-demo");
            screens.open("inspections/requests.xhtml");
            screens.driver()
                    .findElement(By.xpath("//a[contains(@href, 'request=" + requestId + "')]"))
                    .click();
            screens.waitFor(By.id("result:outcome"));
            new Select(screens.driver().findElement(By.id("result:outcome"))).selectByVisibleText("Failed");
            screens.click("result:record");
            screens.waitForText("108.10: a failed inspection lists its defects");
            new Select(screens.driver().findElement(By.id("result:outcome"))).selectByVisibleText("Failed");
            // the defect is picked from the building library (ADR 0051); a picked defect without its location is
            // refused
            pickDefect(screens, "R403.1", "R403.1 Footing");
            screens.click("result:record");
            screens.waitForText("Defect 1 needs its code section, description and location");
            screens.type("result:picked:0:location", "north corner");
            screens.click("result:record");
            screens.waitForText("Result saved for " + permit(permitId).getString("number"));
            assertThat(system.get("api/v1/inspection-requests/" + requestId, "inspector", "inspector-demo")
                            .json()
                            .getString("status"))
                    .isEqualTo("INSPECTED");
            screens.signOut();

            awaitPermit(permitId, p -> p.containsKey("latestInspectionOn"));
            screens.signIn("tech", "tech-demo");
            screens.open("permitting/permit.xhtml?id=" + permitId);
            assertThat(screens.text("permit:tabs:status")).isEqualTo("Work commenced");
            assertThat(screens.text("permit:tabs:latestInspectionOn"))
                    .isEqualTo(Screens.us(
                            java.time.LocalDate.parse(permit(permitId).getString("latestInspectionOn"))));
            screens.driver().findElement(By.linkText("Inspections")).click();
            assertThat(screens.text("permit:tabs:openDefects"))
                    .contains("R403.1", "Footing not to the required depth", "north corner", "Building — footing")
                    .doesNotContain("BLD-FOOTING");
            assertThat(screens.text("permit:tabs:inspections")).contains("Building — footing", "Failed");
            screens.signOut();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("failed-inspection-result");
            throw e;
        }
    }

    @Test
    @DisplayName(
            "108.10.2, 108.10.3: the department's own inspections are not requested; the inspector records a failed periodic "
                    + "inspection on its screen, without a request, and its defect stays open (108.10 D)")
    void departmentalInspections() {
        long permitId = issuedPermit();
        request(permitId, "BLD-FOOTING"); // inspections knows the permit
        HttpResult requested = system.postJson(
                "api/v1/inspection-requests",
                "{\"permitId\":" + permitId + ",\"inspectionType\":\"BLD-PERIODIC\",\"requestedBy\":\"Pat Lee\"}",
                "tech",
                "tech-demo");
        assertThat(requested.status()).as(requested.toString()).isEqualTo(422);
        assertThat(rules(requested)).containsExactly("108.10.3 departmental");
        String number = permit(permitId).getString("number");
        browser = browser == null ? Browser.open() : browser;
        Screens screens = new Screens(browser);
        try {
            screens.signIn("inspector", "inspector-demo");
            screens.open("inspections/departmental.xhtml");
            screens.choose("dept:permit", number);
            screens.wait(20)
                    .until(d -> !d.findElements(By.xpath("//select[@id='dept:type']/option[contains(., 'periodic')]"))
                            .isEmpty());
            new Select(screens.driver().findElement(By.id("dept:type")))
                    .selectByVisibleText("Building — periodic: hazardous or unlawful conditions (108.10.3)");
            new Select(screens.driver().findElement(By.id("dept:outcome"))).selectByVisibleText("Failed");
            screens.type("dept:defects", "R314.3 | Smoke alarm missing | hall");
            screens.click("dept:record");
            screens.waitForText("Failed: Building — periodic: hazardous or unlawful conditions (108.10.3) recorded on "
                    + number + " with 1 defect(s)");
            assertThat(screens.text("dept:results"))
                    .contains(
                            "Building — periodic: hazardous or unlawful conditions (108.10.3)", "department", "Failed")
                    .doesNotContain("BLD-PERIODIC");
            screens.signOut();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("failed-departmental-inspection");
            throw e;
        }
        JsonObject result = system
                .get("api/v1/inspection-results?permitId=" + permitId, "inspector", "inspector-demo")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(r -> r.getString("inspectionType").equals("BLD-PERIODIC"))
                .findFirst()
                .orElseThrow();
        assertThat(result.containsKey("requestId") && !result.isNull("requestId"))
                .isFalse();
        assertThat(open(permitId)).extracting(d -> d.getString("codeSection")).containsExactly("R314.3");
    }

    @Test
    @DisplayName(
            "108.10 F.2.2.1, 108.10.4: an approved third party's report is kept with the re-inspection, which stays in the project's "
                    + "re-inspection fee calculation when no listed contractor chose that option; a designated project counts the inspections beyond "
                    + "those its base fee includes")
    void thirdPartiesAndAllocations() {
        long permitId = issuedPermit();
        String license = "PE-" + Applications.unique();
        HttpResult byInspector = system.postJson(
                "api/v1/third-parties",
                "{\"name\":\"Queen City Code Consultants\",\"kind\":"
                        + "\"NC_LICENSED_PROFESSIONAL\",\"licenseNumber\":\"" + license + "\"}",
                "inspector",
                "inspector-demo");
        assertThat(byInspector.status()).isEqualTo(403);
        HttpResult approved = system.postJson(
                "api/v1/third-parties",
                "{\"name\":\"Queen City Code Consultants\",\"kind\":"
                        + "\"NC_LICENSED_PROFESSIONAL\",\"licenseNumber\":\"" + license
                        + "\",\"phone\":\"704-555-0199\"}",
                "tca",
                "tca-demo");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(201);
        long thirdParty = approved.json().getJsonNumber("id").longValue();
        HttpResult allocation = system.putJson(
                "api/v1/inspection-allocations",
                "{\"permitId\":" + permitId + ",\"basis\":\"DESIGNATED_PROJECT\",\"includedInspections\":1}",
                "tca",
                "tca-demo");
        assertThat(allocation.status()).as(allocation.toString()).isEqualTo(200);

        HttpResult failed = system.postJson(
                "api/v1/inspection-results",
                "{\"requestId\":" + request(permitId, "BLD-FRAMING")
                        + ",\"outcome\":\"FAILED\",\"defects\":[{\"codeSection\":\"R602.3\",\"description\":\"Missing ties\",\"location\":\"rear\"}]}",
                "inspector",
                "inspector-demo");
        assertThat(failed.status()).as(failed.toString()).isEqualTo(201);
        String today = failed.json().getString("inspectedAt").substring(0, 10);
        HttpResult reinspected = system.postJson(
                "api/v1/inspection-results",
                "{\"requestId\":" + request(permitId, "BLD-FRAMING")
                        + ",\"outcome\":\"PASSED\",\"thirdPartyId\":" + thirdParty + ",\"thirdPartyReportOn\":\""
                        + today
                        + "\",\"thirdPartyReport\":\"Ties installed\"}",
                "inspector",
                "inspector-demo");
        assertThat(reinspected.status()).as(reinspected.toString()).isEqualTo(201);
        // F.2.2.1: the contractor is on no HIFR list and chose nothing: the report is kept, the re-inspection stays in
        // the calculation
        assertThat(reinspected.json().getJsonNumber("thirdPartyId").longValue()).isEqualTo(thirdParty);
        assertThat(reinspected.json().getBoolean("excludedFromProjectFee")).isFalse();
        assertThat(reinspected.json().containsKey("exclusionSection")
                        && !reinspected.json().isNull("exclusionSection"))
                .isFalse();

        JsonObject counted = system
                .get("api/v1/inspection-allocations", "tca", "tca-demo")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(a -> a.getJsonNumber("permitId").longValue() == permitId)
                .findFirst()
                .orElseThrow();
        assertThat(counted.getInt("made")).isEqualTo(2);
        assertThat(counted.getInt("beyond")).isEqualTo(1);
    }

    @Test
    @DisplayName(
            "108.10, 106: a request made on the requests screen, the inspector's failed result on the result screen, and the "
                    + "contractor's failure rate on the failure report")
    void fromRequestToFailureReport() {
        long permitId = issuedPermit();
        JsonObject p = permit(permitId);
        String number = p.getString("number");
        String firm = p.getString("holderName");
        request(permitId, "BLD-FOOTING"); // inspections knows the permit
        browser = browser == null ? Browser.open() : browser;
        Screens screens = new Screens(browser);
        try {
            screens.signIn("tech", "tech-demo");
            screens.open("inspections/requests.xhtml");
            screens.choose("request:permit", number);
            screens.waitForText("May request: " + firm + ", Pat Lee");
            // 108.10 C: the site superintendent is not the firm; the permit office names him its designee first
            screens.type("request:designeeName", "Site super");
            screens.type("request:designeePhone", "704-555-0188");
            screens.click("request:nameDesignee");
            screens.waitForText("Site super may now request inspections for " + firm);
            screens.choose("request:type", "Building — slab");
            screens.type("request:by", "Site super");
            screens.type("request:phone", "704-555-0188");
            screens.click("request:submit");
            screens.waitForText("Inspection requested on " + number);
            screens.signOut();
            long requestId = system
                    .get("api/v1/inspection-requests", "inspector", "inspector-demo")
                    .jsonArray()
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(r -> r.getString("permitNumber").equals(number)
                            && r.getString("inspectionType").equals("BLD-SLAB"))
                    .findFirst()
                    .orElseThrow()
                    .getJsonNumber("id")
                    .longValue();

            screens.signIn("inspector", "inspector-demo");
            screens.open("inspections/result.xhtml?request=" + requestId);
            new Select(screens.driver().findElement(By.id("result:outcome"))).selectByVisibleText("Failed");
            pickDefect(screens, "vapor", "R506.2.3");
            screens.type("result:picked:0:location", "garage");
            screens.click("result:record");
            screens.waitForText("Result saved for " + number);
            screens.signOut();

            screens.signIn("tca", "tca-demo");
            screens.open("inspections/failure-report.xhtml");
            screens.click("report:show");
            screens.wait(20)
                    .until(d -> d.findElement(By.id("report:rows")).getText().contains(firm));
            assertThat(screens.text("report:rows")).contains(firm, "Building");
            java.util.List<JsonObject> rates = system.get(
                            "api/v1/failure-rates?from=" + system.today().getYear() + "-Q1&to="
                                    + system.today().getYear() + "-Q4&contractorId=" + p.getJsonNumber("contractorId"),
                            "tca",
                            "tca-demo")
                    .jsonArray()
                    .getValuesAs(JsonObject.class);
            assertThat(rates)
                    .extracting(r -> r.getInt("failures") + "/" + r.getInt("inspections"))
                    .containsExactly("1/1");
            screens.signOut();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("failed-request-to-report");
            throw e;
        }
    }

    private HttpResult paper(String csv) {
        return system.send(
                "POST", "api/v1/inspection-results/paper-batch", "text/csv", csv, "inspector", "inspector-demo");
    }

    @Test
    @DisplayName(
            "Outage notice of December 2017: results taken on paper enter as one CSV batch with their real moments; a wrong line or a duplicate records "
                    + "nothing and is named by its line; the record keeps when it happened and when it was entered; BLDS inspection export")
    void paperResultsAfterAnOutage() {
        afternoon();
        long permitId = issuedPermit();
        String number = permit(permitId).getString("number");
        long slab = request(permitId, "BLD-SLAB");
        String today = permit(permitId).getString("issuedOn");
        String header = "requestId,permitNumber,inspectionType,outcome,inspectedAt,inspector,defects,notes\n";
        String good1 = slab + ",,,FAILED," + today
                + " 09:30,inspector,R506.2.3 | Vapor retarder torn | garage;R506.1 | Slab thickness | porch,"
                + "taken on paper\n";
        String good2 = "," + number + ",BLD-FOOTING,Passed," + today + " 08:15,inspector,,\n";
        String bad = "," + number + ",BLD-FRAMING,exploded,yesterday,inspector,,\n";

        HttpResult refused = paper(header + good1 + good2 + bad);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.body()).contains("line 4: outcome", "line 4: inspectedAt");
        assertThat(system.get("api/v1/inspection-results?permitId=" + permitId, "inspector", "inspector-demo")
                        .jsonArray())
                .as("nothing recorded")
                .isEmpty();

        HttpResult missingDefects = paper(header + good2 + slab + ",,,FAILED," + today + " 09:30,inspector,,\n");
        assertThat(missingDefects.status()).isEqualTo(422);
        assertThat(missingDefects.body()).contains("line 3: defects", "108.10 defects");
        assertThat(system.get("api/v1/inspection-results?permitId=" + permitId, "inspector", "inspector-demo")
                        .jsonArray())
                .isEmpty();

        HttpResult recorded = paper(header + good1 + good2);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        List<JsonObject> results = recorded.jsonArray().getValuesAs(JsonObject.class);
        assertThat(results).hasSize(2);
        assertThat(results.get(0).getString("inspectedAt")).startsWith(today + "T09:30");
        assertThat(results.get(0).getString("recordedBy")).isEqualTo("inspector");
        assertThat(results.get(0).getJsonArray("defects")).hasSize(2);
        assertThat(open(permitId)).hasSize(2);

        HttpResult again = paper(header + good2);
        assertThat(again.status()).isEqualTo(422);
        assertThat(rules(again)).containsExactly("duplicate");
        HttpResult againByRequest = paper(header + good1);
        assertThat(rules(againByRequest)).containsExactly("108.10 one-result");

        HttpResult blds = system.get("api/v1/inspection-results/blds.csv", "inspector", "inspector-demo");
        assertThat(blds.status()).isEqualTo(200);
        assertThat(blds.body())
                .startsWith("PermitNum,InspType,InspTypeMapped,Result,ResultMapped,ScheduledDate,InspectedDate")
                .contains(
                        number + ",BLD-SLAB,Slab,FAILED,Rejected,",
                        number + ",BLD-FOOTING,Footing,PASSED,Passed,," + today);
    }

    @Test
    @DisplayName(
            "Outage notice of December 2017: an inspector uploads the paper results file on the screen; the recorded results are listed with when they were entered")
    void paperResultsOnTheScreen() throws Exception {
        afternoon();
        long permitId = issuedPermit();
        String number = permit(permitId).getString("number");
        String today = permit(permitId).getString("issuedOn");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("paper-results", ".csv");
        java.nio.file.Files.writeString(
                file,
                "permitNumber,inspectionType,outcome,inspectedAt,inspector\n" + number + ",BLD-FOOTING,PASSED," + today
                        + " 07:45,inspector\n");
        browser = browser == null ? Browser.open() : browser;
        Screens screens = new Screens(browser);
        try {
            screens.signIn("inspector", "inspector-demo");
            screens.open("inspections/paper-results.xhtml");
            screens.driver()
                    .findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(file.toAbsolutePath().toString());
            screens.click("paper:submit");
            screens.waitForText("1 result(s) taken on paper recorded");
            // shown the US way: MM/DD/YYYY and a 12-hour clock (ADR 0052)
            String usToday = today.substring(5, 7) + "/" + today.substring(8, 10) + "/" + today.substring(0, 4);
            assertThat(screens.text("paper:recorded"))
                    .contains(number, "Building — footing", "Passed", usToday + " 7:45 AM")
                    .doesNotContain(today + "T07:45");
            screens.signOut();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("failed-paper-results");
            throw e;
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
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
