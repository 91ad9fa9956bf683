package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Temporary utilities and occupancy (108.11) against the running Tryon: finals recorded through the
 * inspections API reach permitting; the certificate of occupancy is refused while a permit on the
 * structure is not finaled or fees are unpaid, then issued with its PDF; temporary certificates
 * expire, are renewed and are superseded; utilities on electrical permits.
 */
class CertificatesIT {

    private static final Duration DELIVERY = Applications.DELIVERY;

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

    /** A house with an issued building permit and an issued electrical permit, each held by its own firm. */
    private record House(
            long projectId,
            long buildingContractor,
            long building,
            String buildingNumber,
            long electricalContractor,
            long electrical,
            String electricalNumber,
            LocalDate issuedOn) {}

    private House house() {
        String u = Applications.unique();
        long builder = Applications.contractor(system, "Certified Builders " + u, "BU-" + u, "BUILDING");
        long electrician = Applications.contractor(system, "Certified Electric " + u, "EL-" + u, "ELECTRICAL");
        long project = Applications.approvedHouse(system, u + " Occupancy Ln");
        long building = Applications.apply(system, project, "BUILDING", builder, "New house", 200000);
        long electrical = Applications.apply(system, project, "ELECTRICAL", electrician, "House wiring", 15000);
        JsonObject b = issue(building);
        JsonObject e = issue(electrical);
        return new House(
                project,
                builder,
                building,
                b.getString("number"),
                electrician,
                electrical,
                e.getString("number"),
                LocalDate.parse(b.getString("issuedOn")));
    }

    private JsonObject issue(long permitId) {
        HttpResult issued = system.postJson("api/v1/permits/" + permitId + "/issue", "", "tech", "tech-demo");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        return issued.json();
    }

    private static String finalJson(long permitId, String type) {
        return "{\"permitId\":" + permitId + ",\"inspectionType\":\"" + type + "\"}";
    }

    private HttpResult recordFinal(long permitId, String type) {
        return Applications.recordFinal(system, permitId, type);
    }

    private String awaitStatus(long permitId, String status) {
        return Applications.awaitStatus(system, permitId, status);
    }

    private String status(long permitId) {
        return Applications.status(system, permitId);
    }

    private void payAll(long contractorId) {
        JsonObject account = system.awaitAccount(
                a -> a.containsKey("contractorId")
                        && !a.isNull("contractorId")
                        && a.getJsonNumber("contractorId").longValue() == contractorId
                        && a.getJsonNumber("balance").bigDecimalValue().signum() > 0,
                DELIVERY);
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

    private static List<String> messages(HttpResult r) {
        return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("message"))
                .toList();
    }

    private void setClock(LocalDate day) {
        HttpResult set = system.send(
                "PUT",
                "api/v1/calendar/clock",
                "application/json",
                "{\"now\":\"" + day + "T15:00:00Z\"}",
                "director",
                "director-demo");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    @Test
    @DisplayName(
            "108.10, 108.11.4: final through inspections; CO refused naming the permit not finaled, then the unpaid fees; all finaled and paid: CO issued, permits certificate issued, PDF")
    void certificateOfOccupancyOverRest() {
        House h = house();
        String certificates = "api/v1/projects/" + h.projectId() + "/certificates";

        // 403: a permit technician prepares but does not issue the certificate (nor records inspections)
        HttpResult byTech = system.postJson(certificates, "", "tech", "tech-demo");
        assertThat(byTech.status()).as(byTech.toString()).isEqualTo(403);
        assertThat(byTech.body()).contains("108.11.4");
        assertThat(system.postJson(
                                "api/v1/inspection-requests/final-results",
                                finalJson(h.building(), "BLD-FINAL"),
                                "tech",
                                "tech-demo")
                        .status())
                .isEqualTo(403);
        // 400: a final without its inspection type names the field; 422: a rough-in is not a final
        HttpResult noType = system.postJson(
                "api/v1/inspection-requests/final-results",
                "{\"permitId\":" + h.building() + "}",
                "inspector",
                "inspector-demo");
        assertThat(noType.status()).as(noType.toString()).isEqualTo(400);
        assertThat(noType.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .contains("inspectionType");
        HttpResult rough = recordFinal(h.electrical(), "ELE-ROUGH");
        assertThat(rough.status()).as(rough.toString()).isEqualTo(422);
        assertThat(rules(rough)).containsExactly("108.11.4 final-inspection");

        // the building final passes through inspections; permitting finals the permit
        HttpResult buildingFinal = recordFinal(h.building(), "BLD-FINAL");
        assertThat(buildingFinal.status()).as(buildingFinal.toString()).isEqualTo(201);
        assertThat(buildingFinal.json().getString("passedOn"))
                .isEqualTo(h.issuedOn().toString());
        assertThat(awaitStatus(h.building(), "FINALED")).isEqualTo("FINALED");
        assertThat(system.get("api/v1/permits/" + h.building() + "/status-changes", "tech", "tech-demo")
                        .jsonArray()
                        .getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("to") + " by " + c.getString("by"))
                .endsWith("WORK_COMMENCED by inspector", "FINALED by inspector");
        HttpResult again = recordFinal(h.building(), "BLD-FINAL");
        assertThat(again.status()).isEqualTo(422);

        // 422 while the electrical permit is not finaled: named, the building permit not
        HttpResult refused = system.postJson(certificates, "", "tca", "tca-demo");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(rules(refused)).contains("108.11.4 final-inspection");
        List<String> notFinaled = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("rule").equals("108.11.4 final-inspection"))
                .map(v -> v.getString("message"))
                .toList();
        assertThat(notFinaled)
                .singleElement()
                .satisfies(m -> assertThat(m).contains(h.electricalNumber(), "is issued"));
        assertThat(system.get(certificates + "/check", "tech", "tech-demo")
                        .jsonArray()
                        .getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("rule"))
                .contains("108.11.4 final-inspection");
        assertThat(status(h.building())).isEqualTo("FINALED");

        // the electrical final; then only the unpaid permit fees stand in the way (108.8 F.3, Re-Inspection Fee
        // Program)
        assertThat(recordFinal(h.electrical(), "ELE-FINAL").status()).isEqualTo(201);
        assertThat(awaitStatus(h.electrical(), "FINALED")).isEqualTo("FINALED");
        for (long firm : new long[] {h.buildingContractor(), h.electricalContractor()}) {
            system.awaitAccount(
                    a -> a.containsKey("contractorId")
                            && !a.isNull("contractorId")
                            && a.getJsonNumber("contractorId").longValue() == firm,
                    DELIVERY);
        }
        HttpResult unpaid = system.postJson(certificates, "", "director", "director-demo");
        assertThat(unpaid.status()).as(unpaid.toString()).isEqualTo(422);
        assertThat(rules(unpaid)).containsOnly("108.11.4 fees-settled").hasSize(2);
        assertThat(messages(unpaid))
                .anySatisfy(m -> assertThat(m).contains(h.buildingNumber()))
                .anySatisfy(m -> assertThat(m).contains(h.electricalNumber()));
        payAll(h.buildingContractor());
        payAll(h.electricalContractor());
        assertThat(system.get(certificates + "/check", "tech", "tech-demo").jsonArray())
                .isEmpty();

        HttpResult issued = system.postJson(certificates, "", "tca", "tca-demo");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String number = issued.json().getString("number");
        assertThat(number).matches("CO-\\d{4}-\\d{6}");
        assertThat(issued.json().getString("title")).isEqualTo("Certificate of Occupancy");
        assertThat(issued.json().getJsonArray("permitNumbers").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactly(h.buildingNumber(), h.electricalNumber());
        assertThat(status(h.building())).isEqualTo("CERTIFICATE_ISSUED");
        assertThat(status(h.electrical())).isEqualTo("CERTIFICATE_ISSUED");
        assertThat(system.get("api/v1/permits/" + h.electrical() + "/status-changes", "tech", "tech-demo")
                        .jsonArray()
                        .getValuesAs(JsonObject.class))
                .last()
                .satisfies(c -> assertThat(c.getString("reason")).contains(number, "108.11.4"));

        HttpResult pdf = system.get(certificates + "/certificate.pdf", "tech", "tech-demo");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-").contains("(Certificate of Occupancy " + number + ")");
        assertThat(pdf.header("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains(number + ".pdf"));

        HttpResult twice = system.postJson(certificates, "", "tca", "tca-demo");
        assertThat(twice.status()).isEqualTo(422);
        assertThat(rules(twice)).containsExactly("108.11.4 once");
        assertThat(system.get("api/v1/projects/999999/certificates", "tech", "tech-demo")
                        .status())
                .isEqualTo(404);
    }

    @Test
    @DisplayName(
            "108.11.3: a temporary certificate with its conditions and PDF; expired after its 90 days; renewed; superseded by the CO")
    void temporaryCertificateOfOccupancy() {
        House h = house();
        String temporary = "api/v1/projects/" + h.projectId() + "/certificates/temporary";
        String body =
                "{\"portion\":\"First floor\",\"conditions\":\"Fire alarm monitored; second floor not occupied\"}";

        assertThat(system.postJson(temporary, body, "tech", "tech-demo").status())
                .isEqualTo(403);
        HttpResult noConditions =
                system.postJson(temporary, "{\"portion\":\"First floor\",\"conditions\":\" \"}", "tca", "tca-demo");
        assertThat(noConditions.status()).as(noConditions.toString()).isEqualTo(400);
        assertThat(noConditions.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .contains("conditions");

        HttpResult issued = system.postJson(temporary, body, "tca", "tca-demo");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        JsonObject tco = issued.json();
        long id = tco.getJsonNumber("id").longValue();
        String number = tco.getString("number");
        assertThat(number).startsWith("TCO-");
        LocalDate last = LocalDate.parse(tco.getString("validThrough"));
        assertThat(last).isEqualTo(LocalDate.parse(tco.getString("issuedOn")).plusDays(90));
        HttpResult pdf = system.get(temporary + "/" + id + "/certificate.pdf", "reviewer", "reviewer-demo");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF-").contains("(Temporary Certificate of Occupancy " + number + ")");

        // on its last day in force; the day after, expired and shown as such
        setClock(last);
        assertThat(system.get(temporary + "/" + id, "tech", "tech-demo").json().getString("standing"))
                .isEqualTo("IN_FORCE");
        setClock(last.plusDays(1));
        JsonObject expired = system.get("api/v1/projects/" + h.projectId() + "/certificates", "tech", "tech-demo")
                .json()
                .getJsonArray("temporaryCertificates")
                .getJsonObject(0);
        assertThat(expired.getString("standing")).isEqualTo("EXPIRED");
        assertThat(expired.getBoolean("expired")).isTrue();
        HttpResult renewed = system.postJson(temporary + "/" + id + "/renewal", "", "tca", "tca-demo");
        assertThat(renewed.status()).as(renewed.toString()).isEqualTo(200);
        assertThat(renewed.json().getString("validThrough"))
                .isEqualTo(last.plusDays(91).toString());
        assertThat(renewed.json().getString("standing")).isEqualTo("IN_FORCE");
        resetClock();

        // revocation needs its reason; a second temporary certificate revoked; the first superseded by the CO
        long second = system.postJson(
                        temporary, "{\"conditions\":\"Whole building, sprinklers in service\"}", "tca", "tca-demo")
                .json()
                .getJsonNumber("id")
                .longValue();
        assertThat(system.postJson(temporary + "/" + second + "/revocation", "{\"reason\":\"\"}", "tca", "tca-demo")
                        .status())
                .isEqualTo(400);
        HttpResult revoked = system.postJson(
                temporary + "/" + second + "/revocation",
                "{\"reason\":\"Sprinklers shut off\"}",
                "director",
                "director-demo");
        assertThat(revoked.json().getString("standing")).isEqualTo("REVOKED");
        assertThat(system.postJson(temporary + "/" + second + "/renewal", "", "tca", "tca-demo")
                        .status())
                .isEqualTo(422);

        assertThat(recordFinal(h.building(), "BLD-FINAL").status()).isEqualTo(201);
        assertThat(recordFinal(h.electrical(), "ELE-FINAL").status()).isEqualTo(201);
        assertThat(awaitStatus(h.building(), "FINALED")).isEqualTo("FINALED");
        assertThat(awaitStatus(h.electrical(), "FINALED")).isEqualTo("FINALED");
        payAll(h.buildingContractor());
        payAll(h.electricalContractor());
        HttpResult co = system.postJson("api/v1/projects/" + h.projectId() + "/certificates", "", "tca", "tca-demo");
        assertThat(co.status()).as(co.toString()).isEqualTo(201);
        assertThat(system.get(temporary + "/" + id, "tech", "tech-demo").json().getString("standing"))
                .isEqualTo("SUPERSEDED");
        HttpResult after = system.postJson(temporary, body, "tca", "tca-demo");
        assertThat(after.status()).isEqualTo(422);
        assertThat(rules(after)).containsExactly("108.11.3 after-certificate");
    }

    @Test
    @DisplayName(
            "108.11.1, 108.11.2: temporary utilities on an issued electrical permit; not on a building permit; not once finaled")
    void utilitiesBeforeTheElectricalPermitIsFinaled() {
        House h = house();
        String utilities = "api/v1/permits/" + h.electrical() + "/utility-authorizations";
        String body =
                "{\"kind\":\"TEMPORARY_UTILITIES\",\"requestedBy\":\"Pat Lee for Certified Electric\",\"conditions\":\"Power to the "
                        + "panel for testing only; no occupancy\",\"endsOn\":\""
                        + h.issuedOn().plusDays(30) + "\"}";

        assertThat(system.postJson(utilities, body, "tech", "tech-demo").status())
                .isEqualTo(403);
        HttpResult noKind =
                system.postJson(utilities, body.replace("\"kind\":\"TEMPORARY_UTILITIES\",", ""), "tca", "tca-demo");
        assertThat(noKind.status()).as(noKind.toString()).isEqualTo(400);
        HttpResult onBuilding =
                system.postJson("api/v1/permits/" + h.building() + "/utility-authorizations", body, "tca", "tca-demo");
        assertThat(onBuilding.status()).as(onBuilding.toString()).isEqualTo(422);
        assertThat(rules(onBuilding)).containsExactly("108.11.1 trade");

        HttpResult granted = system.postJson(utilities, body, "tca", "tca-demo");
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        assertThat(granted.json().getString("standing")).isEqualTo("IN_EFFECT");
        assertThat(granted.json().getString("grantedBy")).isEqualTo("tca");
        HttpResult limited = system.postJson(
                utilities,
                body.replace("TEMPORARY_UTILITIES", "LIMITED_CONDITIONAL_UTILITY"),
                "director",
                "director-demo");
        assertThat(limited.status()).isEqualTo(201);
        long limitedId = limited.json().getJsonNumber("id").longValue();
        HttpResult withdrawn = system.postJson(
                utilities + "/" + limitedId + "/withdrawal", "{\"reason\":\"Conditions not kept\"}", "tca", "tca-demo");
        assertThat(withdrawn.json().getString("standing")).isEqualTo("WITHDRAWN");
        assertThat(system.get(utilities, "reviewer", "reviewer-demo")
                        .jsonArray()
                        .getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("kind") + " " + a.getString("standing"))
                .containsExactly("LIMITED_CONDITIONAL_UTILITY WITHDRAWN", "TEMPORARY_UTILITIES IN_EFFECT");

        assertThat(recordFinal(h.electrical(), "ELE-FINAL").status()).isEqualTo(201);
        assertThat(awaitStatus(h.electrical(), "FINALED")).isEqualTo("FINALED");
        HttpResult afterFinal = system.postJson(utilities, body, "tca", "tca-demo");
        assertThat(afterFinal.status()).isEqualTo(422);
        assertThat(rules(afterFinal)).containsExactly("108.11.1 open-permit");
    }

    @Test
    @DisplayName(
            "108.11.4: issue to certificate of occupancy: final recorded, the project's Certificates tab issues the CO; its number and PDF link shown")
    void issueToCertificateOfOccupancy() {
        String u = Applications.unique();
        long builder = Applications.contractor(system, "Screen Builders " + u, "BU-" + u, "BUILDING");
        long project = Applications.approvedHouse(system, u + " Certificate Ct");
        long permit = Applications.apply(system, project, "BUILDING", builder, "New house", 150000);
        issue(permit);
        // inspections has no results screen yet: the inspector records the final through its API
        assertThat(recordFinal(permit, "BLD-FINAL").status()).isEqualTo(201);
        assertThat(awaitStatus(permit, "FINALED")).isEqualTo("FINALED");
        payAll(builder);

        browser = browser == null ? Browser.open() : browser;
        Screens screens = new Screens(browser);
        try {
            screens.signIn("tca", "tca-demo");
            screens.open("permitting/permit.xhtml?id=" + permit);
            assertThat(screens.text("permit:tabs:status")).isEqualTo("Finaled");
            screens.click("permit:tabs:project");
            screens.waitFor(By.id("tabs:details:name"));
            screens.driver().findElement(By.linkText("Certificates")).click();
            screens.waitFor(By.id("tabs:certificates:certificateReady"));
            screens.click("tabs:certificates:issueCertificate");
            String number = screens.text("tabs:certificates:certificateNumber");
            assertThat(number).matches("CO-\\d{4}-\\d{6}");
            String href =
                    screens.waitFor(By.id("tabs:certificates:certificatePdf")).getAttribute("href");
            assertThat(href).endsWith("/api/v1/projects/" + project + "/certificates/certificate.pdf");
            HttpResult pdf =
                    system.get("api/v1/projects/" + project + "/certificates/certificate.pdf", "tca", "tca-demo");
            assertThat(pdf.body()).startsWith("%PDF-").contains(number);
            assertThat(status(permit)).isEqualTo("CERTIFICATE_ISSUED");
            screens.signOut();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("failed-certificate-of-occupancy");
            try {
                java.nio.file.Files.writeString(
                        java.nio.file.Path.of("target", "failed-certificate-of-occupancy.html"),
                        screens.driver().getPageSource());
            } catch (java.io.IOException | RuntimeException notWritten) {
                e.addSuppressed(notWritten);
            }
            throw e;
        }
    }
}
