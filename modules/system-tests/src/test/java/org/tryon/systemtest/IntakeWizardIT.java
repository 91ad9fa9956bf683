package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Forms that check as you go (ADR 0053): the intake wizard (108.8 D) checks a field as it is left and a step before
 * the next, in plain words beside the field with the section in a quieter line; a review step before Submit; nothing
 * typed is lost. And the links between records: a project to its re-inspection fee adjustment recap and its permits.
 */
class IntakeWizardIT extends ScreenTest {

    private final SystemUnderTest system = SystemUnderTest.get();

    @Test
    @DisplayName("108.8 D: leaving the PIN with a bad value shows at once, beside it, what to type, in plain words")
    void leavingAFieldChecksIt() {
        screens.signIn("tech", "tech-demo");
        screens.open("permitting/intake.xhtml");
        screens.type("intake:pin", "12");
        screens.driver().findElement(By.id("intake:pin")).sendKeys(Keys.TAB);
        screens.wait(10)
                .until(d -> d.findElement(By.id("intake:pinMsg")).getText().contains("Parcel number (PIN)"));
        String message = screens.text("intake:pinMsg");
        assertThat(message)
                .contains("Parcel number (PIN): enter 8 digits (dashes optional, a letter may follow), e.g. 083-031-11")
                .contains("108.8 D")
                .doesNotContain("Rule:")
                .doesNotContain("Pattern")
                .doesNotContain("pin:");
        // the section is the quieter second line
        assertThat(screens.driver()
                        .findElement(By.cssSelector("#intake\\:pinMsg .ui-message-error-detail"))
                        .getText())
                .startsWith("108.8 D");
        assertThat(screens.driver().findElement(By.id("intake:pin")).getAttribute("value"))
                .as("what was typed stays")
                .isEqualTo("12");

        // corrected and left again: the message goes
        screens.type("intake:pin", "083-031-11");
        screens.driver().findElement(By.id("intake:pin")).sendKeys(Keys.TAB);
        screens.wait(10)
                .until(d -> d.findElement(By.id("intake:pinMsg")).getText().isBlank());
    }

    @Test
    @DisplayName(
            "108.8 D: Next on an empty step stays on it and lists all of its errors at once, each beside its field")
    void nextChecksTheStep() {
        screens.signIn("tech", "tech-demo");
        screens.open("permitting/intake.xhtml");
        screens.type("intake:ownerName", "Camden Partners");
        screens.next();
        screens.wait(10)
                .until(d -> d.findElement(By.id("intake:nameMsg")).getText().contains("Project name"));
        assertThat(screens.text("intake:nameMsg")).contains("Project name: enter a value");
        assertThat(screens.text("intake:streetMsg")).contains("Street address: enter a value");
        assertThat(screens.text("intake:pinMsg")).contains("Parcel number (PIN): enter a value");
        assertThat(screens.text("intake:ownerAddressMsg"))
                .contains("Owner's mailing address: enter the owner's mailing address")
                .contains("106 Written Notice");
        assertThat(screens.text("intake:occupancyMsg")).contains("Occupancy group: choose");
        assertThat(screens.text("intake:ownerNameMsg"))
                .as("a field filled in has no message")
                .isBlank();
        assertThat(screens.driver().findElements(By.id("intake:contractor")))
                .as("still on the project step")
                .isEmpty();
        assertThat(screens.driver().findElement(By.id("intake:ownerName")).getAttribute("value"))
                .isEqualTo("Camden Partners");
    }

    @Test
    @DisplayName("108.8 D: three steps; Back keeps what was typed; the review shows it with Edit links; Submit applies")
    void reviewAndSubmit() {
        String u = Applications.unique();
        String firm = "Wizard Electric " + u;
        Applications.contractor(system, firm, "EL-W" + u, "ELECTRICAL");
        screens.signIn("tech", "tech-demo");
        screens.open("permitting/intake.xhtml");
        assertThat(screens.driver().findElements(By.cssSelector(".ui-wizard-step-title")))
                .as("Project, Applicant and work, Review and submit: one step fewer than before")
                .hasSize(3);
        screens.type("intake:name", "Wizard house " + u);
        screens.type("intake:street", u + " Wizard Ln");
        screens.type("intake:zip", "28203");
        screens.type("intake:pin", "121-045-07");
        screens.type("intake:ownerName", "Robin Gray");
        screens.type("intake:ownerAddress", "PO Box 9, Charlotte, NC 28203");
        screens.type("intake:projectDescription", "New house");
        screens.typeNumber("intake:projectValue", "300000");
        screens.typeNumber("intake:area", "2400");
        screens.typeNumber("intake:height", "28");
        screens.choose("intake:occupancy", "R-3");
        screens.next();
        screens.waitFor(By.id("intake:contractor"));
        screens.choose("intake:contractor", firm);
        screens.choose("intake:trade", "Electrical");
        screens.type("intake:description", "Wiring of the house");
        screens.typeNumber("intake:value", "20000");

        // Back keeps what was typed on both steps
        screens.driver().findElement(By.cssSelector(".ui-wizard-nav-back")).click();
        screens.waitFor(By.id("intake:pin"));
        assertThat(screens.driver().findElement(By.id("intake:pin")).getAttribute("value"))
                .isEqualTo("121-045-07");
        screens.next();
        screens.waitFor(By.id("intake:description"));
        assertThat(screens.driver().findElement(By.id("intake:description")).getAttribute("value"))
                .isEqualTo("Wiring of the house");
        assertThat(screens.text("intake:contractor_label")).contains(firm);
        screens.next();

        // the review shows everything entered
        screens.waitFor(By.id("intake:reviewPin"));
        assertThat(screens.text("intake:reviewName")).isEqualTo("Wizard house " + u);
        assertThat(screens.text("intake:reviewAddress")).isEqualTo(u + " Wizard Ln, Charlotte, NC 28203");
        assertThat(screens.text("intake:reviewPin")).isEqualTo("121-045-07");
        assertThat(screens.text("intake:reviewOwner")).contains("Robin Gray", "PO Box 9");
        assertThat(screens.text("intake:reviewApplicant")).contains(firm);
        assertThat(screens.text("intake:reviewTrade")).isEqualTo("Electrical");
        assertThat(screens.text("intake:reviewValue")).isEqualTo("$20,000.00");

        // Edit goes back to the step with what was typed
        WebElement edit = screens.waitFor(By.id("editProject"));
        edit.click();
        screens.waitFor(By.id("intake:pin"));
        assertThat(screens.driver().findElement(By.id("intake:name")).getAttribute("value"))
                .isEqualTo("Wizard house " + u);
        screens.next();
        screens.waitFor(By.id("intake:description"));
        screens.next();

        // the statement (108.8 D) on the review; Submit without it stays, with the message beside it
        screens.waitFor(By.id("intake:statementBy"));
        screens.type("intake:statementBy", "Pat Lee");
        screens.click("intake:submit");
        screens.wait(10)
                .until(d ->
                        d.findElement(By.id("intake:complianceMsg")).getText().contains("Statement of compliance"));
        assertThat(screens.text("intake:complianceMsg")).contains("108.8 D");
        screens.tick("intake:compliance");
        screens.click("intake:submit");
        screens.waitFor(By.id("permit:tabs:status"));
        assertThat(screens.text("permit:tabs:status")).isEqualTo("Applied");
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: the project page links to its adjustment recap and its permits; the recap picks a project by name")
    void projectLinks() {
        String u = Applications.unique();
        String license = "BU-L" + u;
        long firm = Applications.contractor(system, "Link Builders " + u, license, "BUILDING");
        String street = u + " Linkage Rd";
        long project = Applications.approvedHouse(system, street);
        long permit = Applications.apply(system, project, "BUILDING", firm, "New house", 300000);
        String number = system.get("api/v1/permits/" + permit, "tech", "tech-demo")
                .json()
                .getString("number");

        screens.signIn("tech", "tech-demo");
        screens.open("permitting/project.xhtml?id=" + project);
        screens.click("recapLink");
        screens.waitFor(By.id("projectLink"));
        assertThat(screens.text("projectLink")).isEqualTo("House at " + street);

        // back to the project through the recap's link, then to its permits and a permit
        screens.click("projectLink");
        screens.waitFor(By.id("permitsLink"));
        screens.click("permitsLink");
        screens.wait(10).until(d -> d.findElement(By.linkText(number)).isDisplayed());
        screens.driver().findElement(By.linkText(number)).click();
        screens.waitFor(By.id("permit:tabs:number"));
        assertThat(screens.text("permit:tabs:number")).isEqualTo(number);

        // the recap's picker: a project by its name, no number to know
        screens.open("fees/adjustment.xhtml");
        screens.type("pick:project_input", street);
        By suggestion = By.cssSelector("#pick\\:project_panel .ui-autocomplete-item");
        screens.wait(10).until(d -> !d.findElements(suggestion).isEmpty());
        screens.driver().findElement(suggestion).click();
        screens.waitFor(By.id("projectLink"));
        assertThat(screens.text("projectLink")).isEqualTo("House at " + street);
        assertThat(screens.driver().getCurrentUrl()).contains("project=" + project);
    }
}
