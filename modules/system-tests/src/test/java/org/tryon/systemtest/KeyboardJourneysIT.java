package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * The main flows by the keyboard alone (issue 17, item 7; ADR 0049): Tab reaches every control, Enter, Space and the
 * arrow keys use it, nothing is clicked. The permit technician takes an application through the intake wizard to its
 * review and submits it (108.8 D). (The inspector's walk to a saved failed result stays open: by keys the result
 * form is reached, filled and a defect picked from the library, but Enter on "Save result" has not yet been seen to
 * save.) The clerk's agenda item and the examiner's eligibility decision by keys are in ClerkFirstDayIT and
 * ExaminerFirstDayIT; the sign-in, the skip link and the menu in AccessibilityIT.
 */
class KeyboardJourneysIT extends ScreenTest {

    private static final String API = "api/v1/inspection-schedule/";
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

    /** A weekday a week after the earliest inspection day, not a holiday. */
    private LocalDate scheduledDay() {
        java.util.Set<String> holidays = new java.util.HashSet<>();
        system.get("api/v1/calendar/holidays", "director", "director-demo")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .forEach(h -> holidays.add(h.getString("date")));
        LocalDate d = LocalDate.parse(system.get("api/v1/inspection-requests/earliest-date", "tech", "tech-demo")
                        .json()
                        .getString("earliestDate"))
                .plusWeeks(1);
        while (d.getDayOfWeek().getValue() > 5 || holidays.contains(d.toString())) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static long id(JsonObject o, String field) {
        return o.getJsonNumber(field).longValue();
    }
}
