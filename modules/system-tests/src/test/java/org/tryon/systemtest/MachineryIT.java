package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Industrial machinery (108.10 G) over HTTP and on the permit's tab, against the running Tryon. */
class MachineryIT {

    private static final String API = "api/v1/industrial-machinery/";

    private final SystemUnderTest system = SystemUnderTest.get();
    private final String today = system.today().toString();
    private static Browser browser;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * An issued electrical permit of a new firm for an industrial project: its id and number. The only
     * place this class makes a contractor and a permit.
     */
    private JsonObject issuedPermit() {
        long permitId =
                Applications.application(system, "Volt Electric", "ELECTRICAL", "Power to the extrusion line", 250000);
        HttpResult issued = system.postJson("api/v1/permits/" + permitId + "/issue", "", "tech", "tech-demo");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        return issued.json();
    }

    private static String item(String description, String step) {
        return "{\"description\":\"" + description
                + "\",\"size\":\"12 ft x 6 ft x 8 ft\",\"weightPounds\":4200,\"building\":\"Building B\","
                + "\"space\":\"Press hall\",\"processStep\":\"" + step + "\"}";
    }

    private String declaration(String... items) {
        return "{\"ownerName\":\"Carolina Extrusions LLC\",\"ownerAddress\":\"PO Box 12, Charlotte, NC 28206\","
                + "\"product\":\"Aluminium window profiles\",\"processDescription\":\"Billets are heated, extruded, cut and packed\","
                + "\"signerName\":\"Dana Reyes\",\"signerTitle\":\"Plant manager\",\"signerCapacity\":\"OFFICER\",\"signedOn\":\""
                + today
                + "\",\"items\":[" + String.join(",", items) + "]}";
    }

    private static String determination(String outcome, String ground, String details) {
        return "{\"outcome\":\"" + outcome + "\"" + (ground == null ? "" : ",\"ground\":\"" + ground + "\"")
                + (details == null ? "" : ",\"details\":\"" + details + "\"") + "}";
    }

    private static List<JsonObject> items(JsonObject record) {
        return record.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static long itemId(JsonObject record, int number) {
        return items(record).stream()
                .filter(i -> i.getInt("number") == number)
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private static JsonObject itemOf(JsonObject record, int number) {
        return items(record).stream()
                .filter(i -> i.getInt("number") == number)
                .findFirst()
                .orElseThrow();
    }

    private static long lastId(JsonObject record, String list) {
        List<JsonObject> rows = record.getJsonArray(list).getValuesAs(JsonObject.class);
        return rows.get(rows.size() - 1).getJsonNumber("id").longValue();
    }

    private static String error(HttpResult r, String part) {
        return r.json().getJsonArray("errors").getJsonObject(0).getString(part);
    }

    /** A permit whose one item, an exhaust fan, the inspector excepted, the owner disputed, and the chief visited: the permit's id. */
    private long permitWithFanReferredAndVisited() {
        long permitId = issuedPermit().getJsonNumber("id").longValue();
        JsonObject record = system.postJson(
                        API + "permits/" + permitId + "/declarations",
                        declaration(item("Exhaust fan", "Draws fumes off the anodizing tanks")),
                        "tech",
                        "tech-demo")
                .json();
        long fan = itemId(record, 1);
        assertThat(system.postJson(
                                API + "items/" + fan + "/initial-determination",
                                determination("EXCEPTED", "VENTILATION", null),
                                "inspector",
                                "inspector-demo")
                        .status())
                .isEqualTo(200);
        JsonObject referred = system.postJson(
                        API + "permits/" + permitId + "/referrals",
                        "{\"cause\":\"OWNER_DISAGREES\",\"itemIds\":[" + fan
                                + "],\"chiefContacted\":\"Chief Morgan\",\"details\":\"Owner says the fan is part of the line\"}",
                        "inspector",
                        "inspector-demo")
                .json();
        assertThat(system.postJson(
                                API + "referrals/" + lastId(referred, "escalations") + "/site-visit",
                                "{\"visitedOn\":\"" + today
                                        + "\",\"inspector\":\"Inspector Lee\",\"chief\":\"Chief Morgan\",\"chiefTitle\":\"TRADE_CHIEF\"}",
                                "inspector",
                                "inspector-demo")
                        .status())
                .isEqualTo(200);
        return permitId;
    }

    @Test
    @DisplayName(
            "108.10 G.1, G.3 C, G.3 D, 106, G.2: declaration, the inspector's determinations, referral and final determination, "
                    + "notice of exceptions (PDF) and its delivery, appeal reversed; each step by the roles the ordinance gives it")
    void declarationToAppeal() {
        long permitId = issuedPermit().getJsonNumber("id").longValue();
        String declarations = API + "permits/" + permitId + "/declarations";
        String declared = declaration(
                item("Extrusion press", "Extrudes heated billets into profiles"),
                item("Roof exhaust fan", "Ventilates the press hall"),
                item("Quench tank chiller", "Cools the profiles after extrusion"));

        // 403: a plan reviewer does not record declarations; a commission clerk does not even see the records
        assertThat(system.postJson(declarations, declared, "reviewer", "reviewer-demo")
                        .status())
                .isEqualTo(403);
        assertThat(system.get(API + "permits/" + permitId, "clerk", "clerk-demo")
                        .status())
                .isEqualTo(403);
        // 400: an item without its step in the production process names the field; nothing is recorded
        HttpResult noStep =
                system.postJson(declarations, declaration(item("Extrusion press", " ")), "tech", "tech-demo");
        assertThat(noStep.status()).as(noStep.toString()).isEqualTo(400);
        assertThat(error(noStep, "field")).isEqualTo("processStep");
        assertThat(system.get(API + "permits/" + permitId, "inspector", "inspector-demo")
                        .json()
                        .getJsonArray("items"))
                .isEmpty();

        HttpResult created = system.postJson(declarations, declared, "tech", "tech-demo");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/industrial-machinery/permits/" + permitId));
        JsonObject record = created.json();
        assertThat(items(record)).extracting(i -> i.getInt("number")).containsExactly(1, 2, 3);
        assertThat(items(record)).extracting(i -> i.getString("status")).containsOnly("DECLARED");
        assertThat(record.getJsonArray("declarations").getJsonObject(0).getString("signerCapacity"))
                .isEqualTo("Officer of the business");
        long press = itemId(record, 1);
        long fan = itemId(record, 2);
        long chiller = itemId(record, 3);

        // G.3 C: the field inspector's initial determinations; not the permit technician's, nor the trade chief's
        String accept = determination("ACCEPTED", null, null);
        assertThat(system.postJson(API + "items/" + press + "/initial-determination", accept, "tech", "tech-demo")
                        .status())
                .isEqualTo(403);
        assertThat(system.postJson(API + "items/" + press + "/initial-determination", accept, "tca", "tca-demo")
                        .status())
                .isEqualTo(403);
        HttpResult noGround = system.postJson(
                API + "items/" + fan + "/initial-determination",
                determination("EXCEPTED", null, null),
                "inspector",
                "inspector-demo");
        assertThat(noGround.status()).as(noGround.toString()).isEqualTo(422);
        assertThat(error(noGround, "field")).isEqualTo("ground");
        assertThat(system.postJson(
                                API + "items/" + press + "/initial-determination",
                                accept,
                                "inspector",
                                "inspector-demo")
                        .status())
                .isEqualTo(200);
        record = system.postJson(
                        API + "items/" + fan + "/initial-determination",
                        determination("EXCEPTED", "VENTILATION", "Roof exhaust"),
                        "inspector",
                        "inspector-demo")
                .json();
        assertThat(itemOf(record, 2).getString("reason"))
                .isEqualTo("General building service: ventilation: Roof exhaust");

        // G.3 D: the owner disagrees about the fan; the inspector is unsure of the chiller
        HttpResult referral = system.postJson(
                API + "permits/" + permitId + "/referrals",
                "{\"cause\":\"OWNER_DISAGREES\",\"itemIds\":[" + fan
                        + "],\"chiefContacted\":\"Chief Morgan\",\"details\":\"Owner says the fan extracts process fumes\"}",
                "inspector",
                "inspector-demo");
        assertThat(referral.status()).as(referral.toString()).isEqualTo(201);
        long fanReferral = lastId(referral.json(), "escalations");
        record = system.postJson(
                        API + "permits/" + permitId + "/referrals",
                        "{\"cause\":\"INSPECTOR_UNSURE\",\"itemIds\":[" + chiller
                                + "],\"chiefContacted\":\"Chief Morgan\",\"details\":\"Chiller may serve the building too\"}",
                        "inspector",
                        "inspector-demo")
                .json();
        assertThat(itemOf(record, 3).getString("status")).isEqualTo("REFERRED");

        // 422: no final determination before the joint site visit; 403: the inspector does not make it
        String exceptFinally = determination("EXCEPTED", "VENTILATION", "General room exhaust");
        HttpResult beforeVisit =
                system.postJson(API + "items/" + fan + "/final-determination", exceptFinally, "tca", "tca-demo");
        assertThat(beforeVisit.status()).as(beforeVisit.toString()).isEqualTo(422);
        assertThat(error(beforeVisit, "rule")).isEqualTo("108.10 G.3 D site-visit");
        assertThat(system.postJson(
                                API + "referrals/" + fanReferral + "/site-visit",
                                "{\"visitedOn\":\"" + today + "\",\"inspector\":"
                                        + "\"Inspector Lee\",\"chief\":\"Chief Morgan\",\"chiefTitle\":\"ASSISTANT_TRADE_CHIEF\"}",
                                "inspector",
                                "inspector-demo")
                        .status())
                .isEqualTo(200);
        assertThat(system.postJson(
                                API + "items/" + fan + "/final-determination",
                                exceptFinally,
                                "inspector",
                                "inspector-demo")
                        .status())
                .isEqualTo(403);
        record = system.postJson(API + "items/" + fan + "/final-determination", exceptFinally, "tca", "tca-demo")
                .json();
        assertThat(itemOf(record, 2).getString("stage")).isEqualTo("FINAL");
        assertThat(itemOf(record, 2).getString("status")).isEqualTo("EXCEPTED");

        // G.1: the notice of exceptions, as a PDF; 106: its delivery
        HttpResult issued =
                system.postJson(API + "permits/" + permitId + "/exception-notices", "{}", "tca", "tca-demo");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        JsonObject notice = issued.json().getJsonArray("notices").getJsonObject(0);
        String reference = notice.getString("referenceNumber");
        assertThat(reference).startsWith("IMX-");
        assertThat(notice.getString("addresseeName")).isEqualTo("Carolina Extrusions LLC");
        assertThat(notice.getJsonArray("lines").getValuesAs(JsonObject.class))
                .singleElement()
                .satisfies(l -> assertThat(l.getString("reason"))
                        .isEqualTo("General building service: ventilation: General room exhaust"));
        long noticeId = notice.getJsonNumber("id").longValue();
        HttpResult pdf =
                system.get(API + "exception-notices/" + noticeId + "/notice.pdf", "inspector", "inspector-demo");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-").contains(reference);
        assertThat(pdf.header("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains(reference + ".pdf"));
        HttpResult noArticle = system.postJson(
                API + "exception-notices/" + noticeId + "/deliveries",
                "{\"method\":\"REGISTERED_MAIL\"," + "\"deliveredOn\":\"" + today
                        + "\",\"deliveredBy\":\"tech\",\"deliveredTo\":\"Dana Reyes\",\"mailingAddress\":\"PO Box 12\"}",
                "tech",
                "tech-demo");
        assertThat(noArticle.status()).isEqualTo(422);
        assertThat(error(noArticle, "field")).isEqualTo("articleNumber");
        record = system.postJson(
                        API + "exception-notices/" + noticeId + "/deliveries",
                        "{\"method\":\"IN_PERSON\",\"deliveredOn\":\"" + today
                                + "\",\"deliveredBy\":\"Inspector Lee\",\"deliveredTo\":\"Dana Reyes\"}",
                        "inspector",
                        "inspector-demo")
                .json();
        assertThat(record.getJsonArray("notices").getJsonObject(0).getJsonArray("deliveries"))
                .hasSize(1);

        // G.2: the owner appeals the fan's exception; the accepted press is no exception to appeal
        String appeals = API + "permits/" + permitId + "/appeals";
        HttpResult pressAppeal = system.postJson(
                appeals,
                "{\"filedOn\":\"" + today + "\",\"appellant\":\"Carolina Extrusions LLC\","
                        + "\"grounds\":\"Wrong\",\"itemIds\":[" + press + "]}",
                "tech",
                "tech-demo");
        assertThat(pressAppeal.status()).isEqualTo(422);
        assertThat(error(pressAppeal, "rule")).isEqualTo("108.10 G.2 appealable");
        HttpResult appealed = system.postJson(
                appeals,
                "{\"filedOn\":\"" + today + "\",\"appellant\":\"Carolina Extrusions LLC\","
                        + "\"grounds\":\"The fan is part of the anodizing line\",\"itemIds\":[" + fan + "]}",
                "tech",
                "tech-demo");
        assertThat(appealed.status()).as(appealed.toString()).isEqualTo(201);
        assertThat(itemOf(appealed.json(), 2).getString("status")).isEqualTo("UNDER_APPEAL");
        long appealId = lastId(appealed.json(), "appeals");
        String reversed = "{\"itemId\":" + fan + ",\"decision\":\"REVERSED\",\"decidedOn\":\"" + today
                + "\",\"decidedBy\":\"Code administrator\","
                + "\"reasons\":\"Draws process fumes of the anodizing line\"}";
        assertThat(system.postJson(API + "appeals/" + appealId + "/outcomes", reversed, "inspector", "inspector-demo")
                        .status())
                .isEqualTo(403);
        HttpResult decided =
                system.postJson(API + "appeals/" + appealId + "/outcomes", reversed, "director", "director-demo");
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        JsonObject fanNow = itemOf(decided.json(), 2);
        assertThat(fanNow.getString("status")).isEqualTo("ACCEPTED");
        assertThat(fanNow.getJsonArray("determinations").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("stage"))
                .containsExactly("INITIAL", "FINAL", "APPEAL");
        assertThat(decided.json()
                        .getJsonArray("appeals")
                        .getJsonObject(0)
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("decision"))
                .isEqualTo("REVERSED");
        assertThat(system.postJson(API + "appeals/" + appealId + "/outcomes", reversed, "director", "director-demo")
                        .status())
                .isEqualTo(422);
        // the notice as issued says what it said (G.1: kept for future reference)
        assertThat(decided.json().getJsonArray("notices").getJsonObject(0).getJsonArray("lines"))
                .hasSize(1);
        assertThat(system.get(API + "items/" + fan + "/history", "tca", "tca-demo")
                        .jsonArray()
                        .size())
                .isGreaterThanOrEqualTo(4);

        // the chiller is still with the trade chief: open work
        assertThat(system.get(API + "open-work", "inspector", "inspector-demo")
                        .jsonArray()
                        .getValuesAs(JsonObject.class))
                .anySatisfy(w -> {
                    assertThat(w.getJsonNumber("permitId").longValue()).isEqualTo(permitId);
                    assertThat(w.getInt("referred")).isEqualTo(1);
                });
    }

    @Test
    @DisplayName(
            "108.10 G.3 F.4.1, G.3 F: the final inspection's connection point for accepted machinery; an unsafe installation reported to the owner and OSHA")
    void inspectionScopeAndUnsafeInstallation() {
        long permitId = issuedPermit().getJsonNumber("id").longValue();
        JsonObject record = system.postJson(
                        API + "permits/" + permitId + "/declarations",
                        declaration(item("Extrusion press", "Extrudes"), item("Exhaust fan", "Ventilates")),
                        "tech",
                        "tech-demo")
                .json();
        long press = itemId(record, 1);
        long fan = itemId(record, 2);
        system.postJson(
                API + "items/" + press + "/initial-determination",
                determination("ACCEPTED", null, null),
                "inspector",
                "inspector-demo");
        system.postJson(
                API + "items/" + fan + "/initial-determination",
                determination("EXCEPTED", "VENTILATION", null),
                "inspector",
                "inspector-demo");

        HttpResult excepted = system.putJson(
                API + "items/" + fan + "/inspection-scope",
                "{\"inPlaceAtFinal\":false,\"connectionPoint\":\"JUNCTION_BOX\"}",
                "inspector",
                "inspector-demo");
        assertThat(excepted.status()).as(excepted.toString()).isEqualTo(422);
        assertThat(error(excepted, "rule")).isEqualTo("108.10 G.3 F.4.1 accepted");
        HttpResult noPoint = system.putJson(
                API + "items/" + press + "/inspection-scope",
                "{\"inPlaceAtFinal\":true}",
                "inspector",
                "inspector-demo");
        assertThat(noPoint.status()).isEqualTo(400);
        assertThat(error(noPoint, "field")).isEqualTo("connectionPoint");
        HttpResult scope = system.putJson(
                API + "items/" + press + "/inspection-scope",
                "{\"inPlaceAtFinal\":false,\"connectionPoint\":\"DISCONNECT_SWITCH\"}",
                "inspector",
                "inspector-demo");
        assertThat(scope.status()).as(scope.toString()).isEqualTo(200);
        assertThat(itemOf(scope.json(), 1).getString("inspectionScope"))
                .isEqualTo(
                        "Not in place at final (F.4.1.1): building system wiring inspected to the disconnect switch");

        String unsafe = API + "permits/" + permitId + "/unsafe-installations";
        HttpResult nobody = system.postJson(
                unsafe,
                "{\"itemId\":" + press + ",\"observedOn\":\"" + today + "\",\"conditions\":\"No guard\"}",
                "inspector",
                "inspector-demo");
        assertThat(nobody.status()).isEqualTo(422);
        assertThat(error(nobody, "rule")).isEqualTo("108.10 G.3 F advised");
        assertThat(system.postJson(
                                unsafe,
                                "{\"observedOn\":\"" + today + "\",\"conditions\":\"No guard\",\"oshaAdvisedOn\":\""
                                        + today + "\"}",
                                "tech",
                                "tech-demo")
                        .status())
                .isEqualTo(403);
        HttpResult reported = system.postJson(
                unsafe,
                "{\"itemId\":" + press + ",\"observedOn\":\"" + today + "\",\"conditions\":"
                        + "\"Guard missing on the shear\",\"advisedParty\":\"OWNERS_ELECTRICAL_CONTRACTOR\",\"advisedName\":\"Volt Electric\","
                        + "\"advisedOn\":\"" + today + "\",\"oshaAdvisedOn\":\"" + today
                        + "\",\"oshaContact\":\"NC DOL OSH Division\"}",
                "inspector",
                "inspector-demo");
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        JsonObject report = reported.json().getJsonArray("unsafeInstallations").getJsonObject(0);
        assertThat(report.getInt("itemNumber")).isEqualTo(1);
        assertThat(report.getString("advisedParty")).isEqualTo("Owner's electrical contractor");
        assertThat(system.get(API + "permits/999999", "inspector", "inspector-demo")
                        .status())
                .isEqualTo(404);
    }

    @Test
    @DisplayName(
            "108.10 G.3 D: the trade chief records the final determination on the permit's Industrial machinery tab; the inspector sees it on the machinery page")
    void finalDeterminationOnThePermitTab() {
        long permitId = permitWithFanReferredAndVisited();
        browser = browser == null ? Browser.open() : browser;
        Screens screens = new Screens(browser);
        try {
            screens.signIn("tca", "tca-demo");
            screens.open("permitting/permit.xhtml?id=" + permitId);
            screens.driver().findElement(By.linkText("Industrial machinery")).click();
            assertThat(screens.text("permit:tabs:machItems"))
                    .contains("Exhaust fan", "Referred to the trade chief (G.3 D)");
            screens.choose("permit:tabs:machDetItem", "1. Exhaust fan");
            screens.choose("permit:tabs:machOutcome", "Exception taken");
            screens.click("permit:tabs:machDetermineFinally");
            // refused without the ground, naming it; nothing determined
            screens.waitForText("an exception says why");
            assertThat(screens.text("permit:tabs:machItems")).contains("Referred to the trade chief (G.3 D)");
            screens.choose("permit:tabs:machOutcome", "Accepted as industrial machinery");
            screens.click("permit:tabs:machDetermineFinally");
            screens.wait(20)
                    .until(d -> d.findElement(By.id("permit:tabs:machItems"))
                            .getText()
                            .contains("Final determination (G.3 D)"));
            assertThat(screens.text("permit:tabs:machItems")).contains("Accepted as industrial machinery");
            screens.signOut();

            // the inspector, who has no permits page, opens the permit's machinery record by its address
            screens.signIn("inspector", "inspector-demo");
            screens.open("permitting/machinery.xhtml?permit=" + permitId);
            assertThat(screens.text("mach:machItems")).contains("Exhaust fan", "Accepted as industrial machinery");
            assertThat(screens.driver().findElements(By.id("mach:machScopePanel")))
                    .as("the inspector records the final inspection")
                    .hasSize(1);
            screens.signOut();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("failed-machinery-permit-tab");
            throw e;
        }
    }
}
