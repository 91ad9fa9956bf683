package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * The main flows by the keyboard alone (issue 17, item 7; ADR 0049): Tab reaches every control, Enter, Space and the
 * arrow keys use it, nothing is clicked. The permit technician takes an application through the intake wizard to its
 * review and submits it (108.8 D); the inspector records a failed result with a defect from the library (108.3,
 * 108.10). The clerk's agenda item and the examiner's eligibility decision by keys are in ClerkFirstDayIT and
 * ExaminerFirstDayIT; the sign-in, the skip link and the menu in AccessibilityIT.
 */
class KeyboardJourneysIT extends ScreenTest {

    private final SystemUnderTest system = SystemUnderTest.get();

    @AfterEach
    void resetClock() {
        system.send("PUT", "api/v1/calendar/clock", "application/json", "{}", "director", "director-demo");
    }

    /** Opens a screen of the menu by Tab and Enter. */
    private void menu(String path) {
        screens.tabTo("#main-menu a[href$='" + path + "']", 80);
        screens.enter();
        screens.wait(20).until(d -> d.getCurrentUrl().contains(path));
        screens.waitFor(By.id("page-title"));
    }

    /** Tab to the wizard's Next and press Enter; waits for {@code field} of the next step. */
    private void next(String field) {
        screens.tabTo(".ui-wizard-nav-next", 120);
        screens.enter();
        screens.waitFor(By.id(field));
    }

    private boolean ticked(String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) screens.driver())
                .executeScript("return document.getElementById(arguments[0] + '_input').checked;", id));
    }

    @Test
    @DisplayName(
            "108.8 D by the keyboard alone: the technician opens New application from the menu, fills the project step,"
                    + " chooses the occupancy, the contractor and the trade with the arrow keys, reviews, ticks the statement"
                    + " with Space and submits with Enter: applied")
    void intakeWizard() {
        String u = Applications.unique();
        String firm = "Keyboard Electric " + u;
        Applications.contractor(system, firm, "EL-K" + u, "ELECTRICAL");
        screens.signIn("tech", "tech-demo");
        menu("permitting/intake.xhtml");

        screens.typeByKeys("intake:name", "Keyboard house " + u);
        screens.typeByKeys("intake:street", u + " Keyboard Ln");
        screens.typeByKeys("intake:zip", "28203");
        screens.typeByKeys("intake:pin", "121-045-08");
        screens.typeByKeys("intake:ownerName", "Robin Gray");
        screens.typeByKeys("intake:ownerAddress", "PO Box 9, Charlotte, NC 28203");
        screens.typeByKeys("intake:projectDescription", "New house");
        screens.typeByKeys("intake:projectValue", "300000");
        screens.typeByKeys("intake:area", "2400");
        screens.typeByKeys("intake:height", "28");
        screens.chooseByKeys("intake:occupancy", "R-3", 40);
        next("intake:contractor");

        screens.chooseByKeys("intake:contractor", firm, 400);
        screens.chooseByKeys("intake:trade", "Electrical", 20);
        screens.typeByKeys("intake:description", "Wiring of the house");
        screens.typeByKeys("intake:value", "20000");
        next("intake:statementBy");

        assertThat(screens.text("intake:reviewName")).isEqualTo("Keyboard house " + u);
        assertThat(screens.text("intake:reviewApplicant")).contains(firm);
        assertThat(screens.text("intake:reviewTrade")).isEqualTo("Electrical");
        assertThat(Accessibility.seriousViolations(screens.driver()))
                .as("axe-core on the wizard's review step")
                .isEmpty();
        screens.typeByKeys("intake:statementBy", "Pat Lee");
        screens.tabToId("intake:compliance");
        screens.keys(Keys.SPACE);
        screens.wait(10).until(d -> ticked("intake:compliance"));
        screens.pressByKeys("intake:submit");
        screens.waitFor(By.id("permit:tabs:status"));
        assertThat(screens.text("permit:tabs:status")).isEqualTo("Applied");
    }

    @Test
    @DisplayName(
            "108.3, 108.10 by the keyboard alone: the inspector opens the day list from the menu, Enter on a request, the"
                    + " result chosen with the arrow keys, a defect picked from the library by typing and Enter, its location"
                    + " typed, saved with Enter: failed with the library's defect, back on the day list")
    void inspectorRecordsAResult() {
        FieldRequest field = FieldRequest.onTheInspectorsDay(system, "Keys Builders", "KB", "Keypad Lane");
        long permitId = field.permitId();
        long requestId = field.requestId();
        LocalDate day = field.day();

        screens.signIn("inspector", "inspector-demo");
        menu("inspections/day.xhtml");
        assertThat(screens.text("day:shownDay")).isEqualTo(Screens.us(day));
        screens.tabTo("a[href$='request=" + requestId + "'], a[href*='request=" + requestId + "&']", 200);
        String onLink = screens.focused() + " "
                + screens.driver().switchTo().activeElement().getAttribute("href");
        screens.enter();
        screens.wait(20)
                .withMessage(() -> "Enter on the day list's link (" + onLink + ") did not open the result form; now at "
                        + screens.driver().getCurrentUrl())
                .until(d -> d.getCurrentUrl().contains("inspections/result.xhtml"));
        screens.waitFor(By.id("result:pick_input"));
        screens.chooseByKeys("result:outcome", "Failed", 10);
        screens.typeByKeys("result:pick", "R403.1");
        By items = By.cssSelector(".ui-autocomplete-panel li.ui-autocomplete-item");
        screens.wait(20)
                .until(d -> d.findElements(items).stream()
                        .anyMatch(li -> li.isDisplayed()
                                && li.getAttribute("data-item-label").startsWith("R403.1 ")));
        // the arrow keys move to the suggestion wanted; Enter takes it
        for (int i = 0; i < 20; i++) {
            List<org.openqa.selenium.WebElement> lit = screens.driver()
                    .findElements(By.cssSelector(".ui-autocomplete-panel li.ui-autocomplete-item.ui-state-highlight"));
            if (!lit.isEmpty() && lit.get(0).getAttribute("data-item-label").startsWith("R403.1 ")) {
                break;
            }
            screens.keys(Keys.ARROW_DOWN);
        }
        screens.enter();
        screens.waitFor(By.id("result:picked:0:location"));
        screens.typeByKeys("result:picked:0:location", "north corner");
        screens.typeByKeys("result:picked:0:note", "12 in. deep, plans say 18 in.");
        assertThat(Accessibility.seriousViolations(screens.driver()))
                .as("axe-core on the result form with a defect picked, its location and note, and the photo field")
                .isEmpty();
        screens.pressByKeys("result:record");
        screens.wait(30).until(d -> d.getCurrentUrl().contains("inspections/day.xhtml"));
        assertThat(screens.text("day:shownDay")).isEqualTo(Screens.us(day));

        JsonObject result = system.get("api/v1/inspection-results?permitId=" + permitId, "inspector", "inspector-demo")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .get(0);
        assertThat(result.getString("outcome")).isEqualTo("FAILED");
        assertThat(result.getJsonArray("defects").getValuesAs(JsonObject.class))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.getString("codeSection")).isEqualTo("R403.1");
                    assertThat(d.getString("location")).isEqualTo("north corner");
                    assertThat(d.containsKey("libraryEntryId")).isTrue();
                });
    }
}
