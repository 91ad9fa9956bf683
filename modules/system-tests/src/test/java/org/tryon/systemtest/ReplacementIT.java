package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * 108.8.1 against the running Tryon: a building permit expires by its clock; its holder applies on
 * the screen for a new permit that replaces it; the replacement is issued through the usual path
 * (108.8 F.3 still refuses while the fee of the expired permit is unpaid) with its own fee; its final
 * completes the project: the re-inspection fee adjustment (Re-Inspection Fee Program) is applied over the inspections
 * of both permits, and the certificate of occupancy (108.11.4) is issued.
 */
class ReplacementIT {

    private final SystemUnderTest system = SystemUnderTest.get();
    private static Browser browser;

    @AfterEach
    void resetClock() {
        system.resetClock();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private void setClock(String day) {
        system.setClock(day + "T15:00:00Z");
    }

    private long request(long permitId, String type) {
        HttpResult r = Applications.onceInspectionsKnowsThePermit(() -> system.postJson(
                "api/v1/inspection-requests",
                "{\"permitId\":" + permitId + ",\"inspectionType\":\"" + type
                        + "\",\"requestedBy\":\"Pat Lee\",\"contactPhone\":\"704-555-0142\"}",
                "tech",
                "tech-demo"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().getJsonNumber("id").longValue();
    }

    private void result(long requestId, String outcome, String defects) {
        HttpResult r = system.postJson(
                "api/v1/inspection-results",
                "{\"requestId\":" + requestId + ",\"outcome\":\"" + outcome + "\""
                        + (defects == null ? "" : ",\"defects\":[" + defects + "]") + "}",
                "inspector",
                "inspector-demo");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    private void payAll(long contractorId) {
        JsonObject account = system.awaitAccount(
                a -> a.containsKey("contractorId")
                        && !a.isNull("contractorId")
                        && a.getJsonNumber("contractorId").longValue() == contractorId
                        && a.getJsonNumber("balance").bigDecimalValue().signum() > 0,
                Applications.DELIVERY);
        HttpResult paid = system.postJson(
                "api/v1/accounts/" + account.getJsonNumber("id") + "/payments",
                "{\"amount\":" + account.getJsonNumber("balance") + ",\"method\":\"CHECK\",\"reference\":\"CK-"
                        + Applications.unique() + "\"}",
                "tech",
                "tech-demo");
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
    }

    private static List<String> rules(HttpResult r) {
        return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("rule"))
                .toList();
    }

    private String replacementJson(long projectId, String trade, long contractorId, long replaces) {
        String body = Applications.applicationJson(projectId, trade, contractorId, "Work resumed", 200000);
        return body.substring(0, body.length() - 1) + ",\"replacesPermitId\":" + replaces + "}";
    }

    @Test
    @DisplayName(
            "108.8.1, 108.11.4, Re-Inspection Fee Program: an expired permit is replaced on the screen; the replacement is issued with its fee, finaled, "
                    + "the adjustment applied over both permits' inspections and the certificate issued; refusals name field and rule")
    void fromExpiredPermitToReplacementAndCertificate() {
        setClock("2028-03-01");
        String u = Applications.unique();
        String firmName = "Resumed Builders " + u;
        long firm = Applications.contractor(system, firmName, "RB-" + u, "BUILDING");
        long electrician = Applications.contractor(system, "Resumed Electric " + u, "RE-" + u, "ELECTRICAL");
        long project = Applications.approvedHouse(system, u + " Resumption Rd");
        long expired = Applications.apply(system, project, "BUILDING", firm, "New house", 200000);
        HttpResult issued = system.postJson("api/v1/permits/" + expired + "/issue", "", "tech", "tech-demo");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        assertThat(issued.json().getString("clockRunsOutOn")).isEqualTo("2028-09-01");
        String expiredNumber = issued.json().getString("number");
        // an inspection that found the work not ready: no work commenced (the permit still expires); by the
        // Re-Inspection Fee Program's words
        // (failed inspections of total inspections, ADR 0019) it is not counted in the rate unless a setting says so
        result(request(expired, "BLD-FOOTING"), "NOT_READY", null);

        // 108.8.1: a permit still in force is not replaced
        HttpResult early = system.postJson(
                "api/v1/permits", replacementJson(project, "BUILDING", firm, expired), "tech", "tech-demo");
        assertThat(early.status()).as(early.toString()).isEqualTo(422);
        assertThat(rules(early)).containsExactly("108.8.1 replace-ended");
        assertThat(early.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("replacesPermitId");

        setClock("2028-09-01");
        system.postJson("api/v1/permits/clock-runs", "", "director", "director-demo");
        assertThat(Applications.status(system, expired)).isEqualTo("EXPIRED");
        HttpResult blocked = system.get("api/v1/projects/" + project + "/certificates/check", "tech", "tech-demo");
        assertThat(blocked.body()).contains("108.11.4 final-inspection", expiredNumber);

        // 108.8.1: not by another trade
        HttpResult otherTrade = system.postJson(
                "api/v1/permits", replacementJson(project, "ELECTRICAL", electrician, expired), "tech", "tech-demo");
        assertThat(otherTrade.status()).as(otherTrade.toString()).isEqualTo(422);
        assertThat(rules(otherTrade)).containsExactly("108.8.1 replace-same-trade");

        // the screen: the expired permit offers the replacement; the intake wizard starts from it
        browser = browser == null ? Browser.open() : browser;
        Screens screens = new Screens(browser);
        long replacement;
        try {
            screens.signIn("tech", "tech-demo");
            screens.open("permitting/permit.xhtml?id=" + expired);
            screens.waitFor(By.id("permit:tabs:applyReplacement"));
            screens.click("permit:tabs:applyReplacement");
            screens.waitFor(By.id("intake:existing"));
            assertThat(screens.text("intake:existing_label")).contains(u + " Resumption Rd");
            screens.next();
            screens.waitFor(By.id("intake:contractor"));
            assertThat(screens.text("intake:contractor_label")).contains(firmName);
            screens.waitFor(By.id("intake:replacesPermit"));
            assertThat(screens.text("intake:replacesPermit_label")).contains(expiredNumber, "expired");
            assertThat(screens.text("intake:trade_label")).isEqualTo("Building");
            screens.next();
            screens.waitFor(By.id("intake:statementBy"));
            screens.type("intake:statementBy", "Pat Lee");
            screens.tick("intake:compliance");
            screens.click("intake:submit");
            screens.waitFor(By.id("permit:tabs:status"));
            assertThat(screens.text("permit:tabs:status")).isEqualTo("Applied");
            assertThat(screens.text("permit:tabs:replaces")).isEqualTo(expiredNumber);
            replacement = Long.parseLong(screens.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

            screens.open("permitting/permit.xhtml?id=" + expired);
            screens.waitFor(By.id("permit:tabs:replacedBy"));
            assertThat(screens.driver().findElements(By.id("permit:tabs:applyReplacement")))
                    .as("replaced once")
                    .isEmpty();
            screens.signOut();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("failed-replacement");
            throw e;
        }

        JsonObject newPermit =
                system.get("api/v1/permits/" + replacement, "tech", "tech-demo").json();
        assertThat(newPermit.getJsonNumber("replacesPermitId").longValue()).isEqualTo(expired);
        JsonObject old =
                system.get("api/v1/permits/" + expired, "tech", "tech-demo").json();
        assertThat(old.getJsonNumber("replacedByPermitId").longValue()).isEqualTo(replacement);
        assertThat(old.getString("replacedByPermitNumber")).isEqualTo(newPermit.getString("number"));
        HttpResult twice = system.postJson(
                "api/v1/permits", replacementJson(project, "BUILDING", firm, expired), "tech", "tech-demo");
        assertThat(twice.status()).as(twice.toString()).isEqualTo(422);
        assertThat(rules(twice)).containsExactly("108.8.1 replaced-once");

        // issued through the usual path: 108.8 F.3 refuses while the expired permit's fee is unpaid; paid, it is issued
        // with its own fee
        HttpResult delinquent = system.postJson("api/v1/permits/" + replacement + "/issue", "", "tech", "tech-demo");
        assertThat(delinquent.status()).as(delinquent.toString()).isEqualTo(422);
        assertThat(rules(delinquent)).contains("108.8 F.3");
        payAll(firm);
        HttpResult reissued = system.postJson("api/v1/permits/" + replacement + "/issue", "", "tech", "tech-demo");
        assertThat(reissued.status()).as(reissued.toString()).isEqualTo(200);
        String replacementNumber = reissued.json().getString("number");
        long accountId = system.accountOfContractor(firm).getJsonNumber("id").longValue();
        java.time.Instant until = java.time.Instant.now().plus(Applications.DELIVERY);
        List<JsonObject> fees = List.of();
        while (java.time.Instant.now().isBefore(until)) {
            fees = system
                    .get("api/v1/accounts/" + accountId + "/entries", "tech", "tech-demo")
                    .jsonArray()
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(e -> e.getString("feeCode").equals("PERMIT_FEE"))
                    .toList();
            if (fees.size() == 2) {
                break;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(fees)
                .extracting(e -> e.getString("description"))
                .hasSize(2)
                .anySatisfy(d -> assertThat(d).contains(replacementNumber));

        // the replacement's inspections; its final completes the project
        result(
                request(replacement, "BLD-FRAMING"),
                "FAILED",
                "{\"codeSection\":\"R602.3\",\"description\":\"Missing hurricane ties\","
                        + "\"location\":\"rear wall\"}");
        result(request(replacement, "BLD-FRAMING"), "PASSED", null);
        result(request(replacement, "BLD-FINAL"), "PASSED", null);
        assertThat(Applications.awaitStatus(system, replacement, "FINALED")).isEqualTo("FINALED");

        // Re-Inspection Fee Program: applied once the replacement is finaled (1 failure of 3: the not-ready visit is
        // not counted by default; that
        // the expired permit's inspections count too is proved on MariaDB by ReplacedPermitDefectCountPersistenceTest)
        JsonObject adjustment = system.awaitEntry(firm, "REINSPECTION_ADJUSTMENT");
        assertThat(adjustment.getString("causeId")).isEqualTo(String.valueOf(project));
        JsonObject recap = system.get("api/v1/projects/" + project + "/reinspection-adjustment", "tech", "tech-demo")
                .json();
        JsonObject part = recap.getJsonArray("parts").getJsonObject(0);
        assertThat(part.getInt("inspections")).isEqualTo(3);
        assertThat(part.getInt("failures")).isEqualTo(1);
        assertThat(recap.getJsonArray("posted")).hasSize(1);

        // 108.11.4: the expired permit no longer stands in the way; once the fees are paid the certificate is issued
        payAll(firm);
        HttpResult certificate = system.postJson("api/v1/projects/" + project + "/certificates", "", "tca", "tca-demo");
        assertThat(certificate.status()).as(certificate.toString()).isEqualTo(201);
        assertThat(certificate.json().toString()).contains(replacementNumber).doesNotContain(expiredNumber);
        assertThat(Applications.status(system, replacement)).isEqualTo("CERTIFICATE_ISSUED");
        assertThat(Applications.status(system, expired)).isEqualTo("EXPIRED");
    }
}
