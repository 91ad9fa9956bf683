package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The item bank on the screens (107.1.5 C): write an item, approve, activate, assemble a form, lock it, export QTI 2.1. */
class ExamItemBankIT extends ScreenTest {

    private final SystemUnderTest system = SystemUnderTest.get();

    @Test
    @DisplayName(
            "107.1.5 C: the examiner writes an item, keys the subcommittee's approval, activates it, assembles a form by the outline, "
                    + "locks it and exports the bank as QTI 2.1; the export is in the access log")
    void examinerBuildsAndLocksAForm() {
        LocalDate today = system.today();
        screens.signIn("examiner", "examiner-demo");
        screens.open("licensing/items-edit.xhtml");
        screens.select("editor:type", "HOMEOWNER-ELECTRICAL");
        screens.type("editor:code", "HO-IT1");
        screens.type(
                "editor:stem",
                "A receptacle outlet in a home's bathroom is supplied by a branch circuit of what rating?");
        screens.type("editor:opts:0:option", "15 A");
        screens.type("editor:opts:1:option", "30 A");
        screens.type("editor:opts:2:option", "20 A");
        screens.type("editor:opts:3:option", "40 A");
        screens.select("editor:key", "C");
        screens.type("editor:area", "NEC 406 Receptacles");
        screens.type("editor:reference", "NEC 210.11(C)(3)");
        screens.click("editor:save");
        screens.waitForText("Saved HO-IT1 version 1 (draft)");
        assertThat(screens.text("item:status")).isEqualTo("Draft");

        screens.type("item:decisionReference", "Licensing subcommittee minutes " + today);
        screens.typeDate("item:decisionDate", today.toString());
        screens.click("item:versions:0:approve");
        screens.waitForText("Version 1 approved");
        assertThat(screens.text("item:status")).isEqualTo("Approved");
        screens.click("item:versions:0:activate");
        screens.waitForText("Version 1 is active");
        assertThat(screens.driver().getPageSource()).contains("keyed by examiner");

        screens.open("licensing/forms.xhtml");
        screens.select("forms:type", "HOMEOWNER-ELECTRICAL");
        screens.type("forms:code", "HO-IT");
        screens.type("forms:seed", "42");
        screens.click("forms:assemble");
        screens.waitForText("Form HO-IT assembled (25 items");
        assertThat(screens.text("form:status")).isEqualTo("Draft");
        assertThat(screens.driver().getPageSource()).contains("NEC 406 Receptacles: 3");
        screens.click("form:lock");
        screens.confirm();
        screens.waitForText("locked: its 25 item versions are administered");

        screens.open("licensing/items-transfer.xhtml");
        String href = screens.driver().findElement(By.id("qtiZip")).getAttribute("href");
        List<String> zip = screens.download(href);
        assertThat(zip.get(0)).isEqualTo("200");
        assertThat(zip.get(1)).startsWith("application/zip");
        assertThat(zip.get(2)).startsWith("PK").contains("imsmanifest.xml").contains("items/HO-IT1-v1.xml");

        screens.open("licensing/items-access-log.xhtml");
        assertThat(screens.driver().getPageSource())
                .contains("Export QTI")
                .contains("View")
                .contains("item HO-IT1")
                .contains("form HO-IT");
        screens.signOut();
    }

    @Test
    @DisplayName(
            "107.1.5 C, C.2: a version on a locked form never changes (refused naming the rule); the director and a delegate see no item")
    void administeredVersionsAndConfidentiality() {
        HttpResult locked = system.get(
                "api/v1/licensing/forms?certificateType=JOURNEYMAN-ELECTRICIAN&status=LOCKED",
                "examiner",
                "examiner-demo");
        assertThat(locked.status()).as(locked.toString()).isEqualTo(200);
        assertThat(locked.jsonArray().stream()
                        .map(v -> v.asJsonObject().getString("code"))
                        .toList())
                .contains("JE-A", "JE-B");
        // the demo form JE-A (other tests of the shared Tryon lock forms of their own)
        long formId = locked.jsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(f -> f.getString("code").equals("JE-A"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        JsonObject form = system.get("api/v1/licensing/forms/" + formId, "examiner", "examiner-demo")
                .json();
        assertThat(form.getJsonArray("items")).hasSize(50);
        long itemId = form.getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("itemId")
                .longValue();
        HttpResult change = system.putJson(
                "api/v1/licensing/items/" + itemId + "/versions/1",
                "{\"stem\":\"Changed\",\"options\":[\"a\",\"b\","
                        + "\"c\",\"d\"],\"key\":\"A\",\"contentArea\":\"NEC 210 Branch circuits\",\"author\":\"x\"}",
                "examiner",
                "examiner-demo");
        assertThat(change.status()).as(change.toString()).isEqualTo(422);
        assertThat(change.toString()).contains("107.1.5 C.2");
        assertThat(system.get("api/v1/licensing/items/" + itemId, "director", "director-demo")
                        .status())
                .isEqualTo(403);
        assertThat(system.get("api/v1/licensing/items", "delegate", "delegate-demo")
                        .status())
                .isEqualTo(403);
        assertThat(system.get("api/v1/licensing/items/access-log", "director", "director-demo")
                        .status())
                .isEqualTo(200);
    }
}
