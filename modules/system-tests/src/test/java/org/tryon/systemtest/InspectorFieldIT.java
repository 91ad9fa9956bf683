package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The inspector's screens on a tablet (issue 17, ADR 0051), 800 x 1100 px: the day list with the previous and the next
 * day, a failure recorded with two defects picked from the defect library (108.3, 108.10) and a photo, back on the day
 * list after saving, and the photo on the permit's Inspections tab; the trade code administrator changes a library
 * entry's wording from a day on.
 */
class InspectorFieldIT extends ScreenTest {

    private final SystemUnderTest system = SystemUnderTest.get();

    @AfterEach
    void resetClock() {
        system.send("PUT", "api/v1/calendar/clock", "application/json", "{}", "director", "director-demo");
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
    }

    private static long id(JsonObject o, String field) {
        return o.getJsonNumber(field).longValue();
    }

    /** The vertical middle of an element on the page. */
    private static int middle(WebElement e) {
        return e.getLocation().getY() + e.getSize().getHeight() / 2;
    }

    /** A small PNG, as a tablet's camera would hand over (much smaller). */
    private static Path png() {
        try {
            BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(0x6c8ebf));
            g.fillRect(0, 0, 64, 48);
            g.setColor(Color.WHITE);
            g.fillRect(8, 8, 20, 20);
            g.dispose();
            Path file = Files.createTempFile("footing-", ".png");
            ImageIO.write(image, "png", file.toFile());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Types {@code query} into the defect picker and picks the suggestion that starts with {@code label}. */
    private void pick(String query, String label, int rows) {
        screens.type("result:pick_input", query);
        By item = By.xpath(
                "//li[contains(@class,'ui-autocomplete-item') and starts-with(@data-item-label, \"" + label + "\")]");
        WebElement li = screens.wait(10).until(ExpectedConditions.elementToBeClickable(item));
        li.click();
        screens.wait(10)
                .until(d -> !d.findElements(By.id("result:picked:" + (rows - 1) + ":location"))
                        .isEmpty());
    }

    @Test
    @DisplayName(
            "108.3, 108.10 on a tablet: next and previous day on the day list; a failure with two defects picked from the"
                    + " building library, their locations and notes and a photo; back on the day list; the photo on the permit;"
                    + " statuses, inspection types and districts in words, the confirmation once, the header on one line")
    void failureInTheField() {
        FieldRequest field = FieldRequest.onTheInspectorsDay(system, "Field Builders", "FB", "Tablet Lane");
        long permitId = field.permitId();
        long requestId = field.requestId();
        String number = field.permitNumber();
        LocalDate day = field.day();

        browser.driver().manage().window().setSize(new Dimension(800, 1100));
        screens.signIn("inspector", "inspector-demo");
        screens.open("inspections/day.xhtml");
        assertThat(screens.text("day:shownDay")).isEqualTo(Screens.us(day));
        screens.click("day:next");
        screens.wait(20)
                .until(d -> d.findElement(By.id("day:shownDay")).getText().equals(Screens.us(day.plusDays(1))));
        screens.click("day:previous");
        screens.wait(20)
                .until(d -> d.findElement(By.id("day:shownDay")).getText().equals(Screens.us(day)));
        WebElement next = screens.driver().findElement(By.id("day:next"));
        assertThat(next.getSize().getHeight()).as("a touch target").isGreaterThanOrEqualTo(44);
        // ADR 0052: the header stays one line at 800 px, Sign out on the search box's line and not wrapped
        WebElement signOut = screens.driver().findElement(By.id("logout"));
        WebElement search = screens.driver().findElement(By.id("header-search-q"));
        assertThat(Math.abs(middle(signOut) - middle(search)))
                .as("Sign out beside the search box")
                .isLessThanOrEqualTo(6);
        assertThat(signOut.getSize().getHeight())
                .as("Sign out on one line, a touch target")
                .isBetween(44, 55);
        assertThat(screens.driver()
                        .findElement(By.cssSelector("header.tryon-header"))
                        .getSize()
                        .getHeight())
                .as("the header is one line")
                .isLessThanOrEqualTo(72);
        // the stop in words (ADR 0052): its status as a chip, the inspection type by name, the district in words
        WebElement stop = screens.driver().findElement(By.cssSelector("[data-request='" + requestId + "']"));
        assertThat(stop.getText())
                .contains("Requested", "Building — footing", "district Center")
                .doesNotContain("REQUESTED", "BLD-FOOTING", "CENTER");
        assertThat(stop.findElement(By.cssSelector(".tryon-chip")).getAttribute("class"))
                .contains("tryon-chip-blue");

        screens.driver()
                .findElement(By.xpath("//a[contains(@href, 'request=" + requestId + "')]"))
                .click();
        screens.waitFor(By.id("result:pick_input"));
        assertThat(screens.text("result:requestStatus")).isEqualTo("Requested");
        assertThat(screens.driver().findElement(By.cssSelector("#result h2")).getText())
                .startsWith("Building — footing on permit " + number);
        new Select(screens.driver().findElement(By.id("result:outcome"))).selectByVisibleText("Failed");
        pick("R403.1", "R403.1 Footing", 1);
        screens.type("result:picked:0:location", "north corner");
        screens.type("result:picked:0:note", "12 in. deep, plans say 18 in.");
        pick("anchor", "R403.1.6", 2);
        assertThat(screens.driver()
                        .findElement(By.id("result:picked:0:location"))
                        .getAttribute("value"))
                .as("what was typed in the first row stays")
                .isEqualTo("north corner");
        screens.type("result:picked:1:location", "garage wall");
        screens.type("result:picked:1:note", "none within 12 in. of the corner");
        screens.driver().findElement(By.id("result:photo_input")).sendKeys(png().toString());
        screens.wait(20)
                .until(d -> !d.findElements(By.cssSelector("#result\\:thumbnails img"))
                        .isEmpty());
        assertThat(screens.driver()
                        .findElement(By.id("result:record"))
                        .getSize()
                        .getHeight())
                .isGreaterThanOrEqualTo(44);
        // the tablet view of the docs (docs/screenshots/, README)
        browser.screenshot("tablet-inspector-result");
        screens.click("result:record");

        screens.waitForText("Result saved for " + number);
        assertThat(screens.driver().getCurrentUrl()).contains("inspections/day.xhtml", "date=" + day);
        // the confirmation shows once: in the page's messages, not again in a growl
        String page = screens.driver().findElement(By.tagName("body")).getText();
        assertThat(page.split(java.util.regex.Pattern.quote("Result saved for " + number), -1))
                .as("the confirmation, once: " + page)
                .hasSize(2);
        assertThat(screens.driver().findElements(By.cssSelector(".ui-growl-item")))
                .isEmpty();
        assertThat(screens.text("day:shownDay")).isEqualTo(Screens.us(day));
        browser.screenshot("tablet-inspector-day-list");
        assertThat(screens.driver()
                        .findElement(By.cssSelector("[data-request='" + requestId + "']"))
                        .getText())
                .contains("View result", "Inspected")
                .doesNotContain("INSPECTED");
        screens.signOut();

        JsonObject result = system.get("api/v1/inspection-results?permitId=" + permitId, "inspector", "inspector-demo")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .get(0);
        assertThat(result.getString("outcome")).isEqualTo("FAILED");
        List<JsonObject> defects = result.getJsonArray("defects").getValuesAs(JsonObject.class);
        assertThat(defects)
                .extracting(d -> d.getString("codeSection"), d -> d.getString("location"), d -> d.getString("note"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("R403.1", "north corner", "12 in. deep, plans say 18 in."),
                        org.assertj.core.groups.Tuple.tuple(
                                "R403.1.6", "garage wall", "none within 12 in. of the corner"));
        assertThat(defects)
                .allSatisfy(d -> assertThat(d.containsKey("libraryEntryId")).isTrue());
        long resultId = id(result, "id");
        List<JsonObject> photos = system.get(
                        "api/v1/inspection-results/" + resultId + "/photos", "inspector", "inspector-demo")
                .jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(photos)
                .singleElement()
                .satisfies(p -> assertThat(p.getString("contentType")).isEqualTo("image/png"));
        HttpResult image = system.get(
                "api/v1/inspection-results/" + resultId + "/photos/" + id(photos.get(0), "id"), "tech", "tech-demo");
        assertThat(image.status()).as(image.toString()).isEqualTo(200);

        screens.signIn("tech", "tech-demo");
        screens.open("permitting/permit.xhtml?id=" + permitId);
        screens.tab("Inspections");
        WebElement img = screens.waitFor(By.cssSelector("#permit\\:tabs\\:photos img"));
        screens.wait(20).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth === 64", img));
        screens.signOut();
    }

    @Test
    @DisplayName(
            "108.3 defect library: the trade code administrator changes an entry's wording from a day on; the day before"
                    + " keeps the old wording; an inspector may not change it")
    void tcaChangesWordingFromADay() {
        LocalDate today = system.today();
        String code = "T" + Applications.unique();
        HttpResult added = system.postJson(
                "api/v1/defect-library",
                "{\"trade\":\"PLUMBING\",\"codeSection\":\"" + code + "\",\"wording\":\"Cleanout missing\","
                        + "\"effectiveFrom\":\"" + today.minusDays(30) + "\"}",
                "tca",
                "tca-demo");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.header("Location").orElseThrow()).endsWith("defect-library/" + id(added.json(), "id"));
        LocalDate from = today.plusDays(10);

        screens.signIn("tca", "tca-demo");
        screens.open("inspections/defect-library.xhtml");
        // the list opens with every entry in force today, the new one among them
        By change = By.xpath("//tr[td[normalize-space(.)='" + code + "']]//button[contains(@id,':edit')]");
        screens.wait(20).until(ExpectedConditions.elementToBeClickable(change)).click();
        screens.waitFor(By.id("library:changedWording"));
        assertThat(screens.text("library:editingCode")).isEqualTo(code);
        screens.type("library:changedWording", "Cleanout missing at the base of the stack");
        screens.type("library:changeFrom", from.toString());
        screens.click("library:change");
        screens.waitForText(code + ": the new wording applies from " + Screens.us(from));
        screens.signOut();

        assertThat(wording(code, from.minusDays(1))).containsExactly("Cleanout missing");
        assertThat(wording(code, from)).containsExactly("Cleanout missing at the base of the stack");
        HttpResult refused = system.putJson(
                "api/v1/defect-library/" + id(added.json(), "id"),
                "{\"wording\":\"x\",\"effectiveFrom\":\"" + from + "\"}",
                "inspector",
                "inspector-demo");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    }

    private List<String> wording(String code, LocalDate day) {
        return system
                .get("api/v1/defect-library?trade=PLUMBING&on=" + day, "inspector", "inspector-demo")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(e -> e.getString("codeSection").equals(code))
                .map(e -> e.getString("wording"))
                .toList();
    }
}
