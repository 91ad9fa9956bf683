package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Outage notice of December 2017: the kit to keep inspecting by phone and paper when the system is down, against the running Tryon. */
class OutageKitIT {

    private final SystemUnderTest system = SystemUnderTest.get();
    private static Browser browser;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @DisplayName(
            "Outage notice of December 2017: the day's kit lists each inspector's stops with permit, address and the requester's phone, and the staff "
                    + "directory; as PDF and CSV; written to disk once per day; on the kit screen")
    void kitOfTheDay() throws Exception {
        long permitId = Applications.application(system, "Kit Builders", "BUILDING", "New house", 150000);
        HttpResult issued = system.postJson("api/v1/permits/" + permitId + "/issue", "", "tech", "tech-demo");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        String number = issued.json().getString("number");
        HttpResult requested = Applications.onceInspectionsKnowsThePermit(() -> system.postJson(
                "api/v1/inspection-requests",
                "{\"permitId\":" + permitId
                        + ",\"inspectionType\":\"BLD-FOOTING\",\"requestedBy\":\"Pat Lee\",\"contactPhone\":\"704-555-0177\"}",
                "tech",
                "tech-demo"));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        JsonObject request = requested.json();
        String day = request.getString("scheduledFor");

        HttpResult csv =
                system.get("api/v1/inspection-schedule/kit/kit.csv?date=" + day, "inspector", "inspector-demo");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.body())
                .startsWith(
                        "day,inspector,inspectorPhone,position,urgent,permitNumber,inspection,address,requestedBy,contactPhone")
                .contains(number, "Building — footing", "Pat Lee", "704-555-0177");
        HttpResult pdf =
                system.get("api/v1/inspection-schedule/kit/kit.pdf?date=" + day, "inspector", "inspector-demo");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(system.get("api/v1/inspection-schedule/kit/kit.pdf?date=tomorrow", "inspector", "inspector-demo")
                        .status())
                .isEqualTo(422);
        assertThat(system.postJson(
                                "api/v1/inspection-schedule/kit/exports?date=" + day, "", "inspector", "inspector-demo")
                        .status())
                .isEqualTo(403);

        HttpResult exported =
                system.postJson("api/v1/inspection-schedule/kit/exports?date=" + day, "", "tca", "tca-demo");
        if (exported.status() == 200) {
            assertThat(Files.readString(Path.of(exported.json().getString("csv"))))
                    .contains(number);
            assertThat(Files.readAllBytes(Path.of(exported.json().getString("pdf"))))
                    .startsWith("%PDF".getBytes());
        } else {
            assertThat(exported.status()).as("the evening job wrote it already").isEqualTo(204);
        }
        assertThat(system.postJson("api/v1/inspection-schedule/kit/exports?date=" + day, "", "tca", "tca-demo")
                        .status())
                .as("once per day")
                .isEqualTo(204);
        assertThat(system.get("api/v1/inspection-schedule/kit/exports", "tca", "tca-demo")
                        .body())
                .contains(day);

        browser = browser == null ? Browser.open() : browser;
        Screens screens = new Screens(browser);
        try {
            screens.signIn("inspector", "inspector-demo");
            screens.open("inspections/kit.xhtml");
            assertThat(screens.text("kit:exports")).contains(day);
            assertThat(screens.driver()
                            .findElement(org.openqa.selenium.By.id("kitPdf"))
                            .getAttribute("href"))
                    .contains("kit.pdf?date=");
            screens.signOut();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("failed-outage-kit");
            throw e;
        }
    }
}
