package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The application and issue rules of 108.7 and 108.8, projects (106) and plan review, through the REST API. */
class PermittingRulesIT {

    private final SystemUnderTest system = SystemUnderTest.get();

    @AfterEach
    void resetClock() {
        system.send("PUT", "api/v1/calendar/clock", "application/json", "{}", "director", "director-demo");
    }

    private static List<String> rules(HttpResult refusal) {
        return refusal.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("rule"))
                .toList();
    }

    private HttpResult issue(long permitId) {
        return system.postJson("api/v1/permits/" + permitId + "/issue", "", "tech", "tech-demo");
    }

    private String status(long permitId) {
        return system.get("api/v1/permits/" + permitId, "tech", "tech-demo")
                .json()
                .getString("status");
    }

    @Test
    @DisplayName(
            "108.8 G: a contractor whose license has expired may not apply; the refusal names the section and keeps nothing")
    void expiredLicenseIsRefused() {
        String license = "GC-" + Applications.unique();
        HttpResult firm = system.postJson(
                "api/v1/contractors",
                Applications.contractorJson("Lapsed Builders " + license, license, "BUILDING")
                        .replace("2099-12-31", "2020-12-31"),
                "tech",
                "tech-demo");
        long contractorId = firm.json().getJsonNumber("id").longValue();
        assertThat(firm.json().getJsonArray("licensedTrades")).isEmpty();
        long house = Applications.approvedHouse(system, "5 Lapse Ln");
        int before =
                system.get("api/v1/permits", "tech", "tech-demo").jsonArray().size();
        HttpResult refused = system.postJson(
                "api/v1/permits",
                Applications.applicationJson(house, "BUILDING", contractorId, "House", 200000),
                "tech",
                "tech-demo");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(rules(refused)).containsExactly("108.8 G");
        assertThat(refused.body()).contains("expired on 12/31/2020");
        assertThat(system.get("api/v1/permits", "tech", "tech-demo").jsonArray())
                .hasSize(before);

        // renewed by the board, the license counts again
        long licenseId = firm.json()
                .getJsonArray("licenses")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        HttpResult renewed = system.postJson(
                "api/v1/contractors/" + contractorId + "/licenses/" + licenseId + "/renewal",
                "{\"expiresOn\":\"2099-12-31\"}",
                "tech",
                "tech-demo");
        assertThat(renewed.json().getJsonArray("licensedTrades").getString(0)).isEqualTo("BUILDING");
    }

    @Test
    @DisplayName(
            "108.7: after the surety's cancellation takes effect (30 days after notice) no permit is issued to the firm")
    void cancelledBondStopsIssue() {
        String license = "EL-" + Applications.unique();
        long contractorId = Applications.contractor(system, "Cancelled Electric " + license, license, "ELECTRICAL");
        long bondId = system.get("api/v1/contractors/" + contractorId, "tech", "tech-demo")
                .json()
                .getJsonArray("bonds")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        HttpResult notice = system.postJson(
                "api/v1/contractors/" + contractorId + "/bonds/" + bondId + "/cancellation-notice",
                "{\"receivedOn\":\"2026-01-05\"}",
                "tech",
                "tech-demo");
        assertThat(notice.status()).as(notice.toString()).isEqualTo(200);
        assertThat(notice.json().getJsonArray("bonds").getJsonObject(0).getString("cancellationEffectiveOn"))
                .isEqualTo("2026-02-04");
        assertThat(notice.json().getBoolean("bondOnFile")).isFalse();

        long permitId = Applications.apply(
                system, Applications.approvedHouse(system, "7 Bond St"), "ELECTRICAL", contractorId, "Wiring", 20000);
        HttpResult check = system.get("api/v1/permits/" + permitId + "/issue-check", "tech", "tech-demo");
        assertThat(check.jsonArray().getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("rule"))
                .containsExactly("108.7");
        HttpResult refused = issue(permitId);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(rules(refused)).containsExactly("108.7");
        assertThat(status(permitId)).isEqualTo("APPLIED");
    }

    @Test
    @DisplayName(
            "108.8 E, F.1: plans need review approval, and a seal on commercial work of $90,000 or more; resubmittal starts cycle 2")
    void planReviewAndSeal() {
        String license = "GC-" + Applications.unique();
        long contractorId = Applications.contractor(system, "Upfit Builders " + license, license, "BUILDING");
        HttpResult project = system.postJson(
                "api/v1/projects",
                "{\"name\":\"Suite 200 upfit " + license + "\",\"street\":\"1501 South Blvd\","
                        + "\"city\":\"Charlotte\",\"state\":\"NC\",\"zip\":\"28203\",\"pin\":\"121-045-07\",\"ownerName\":\"South Boulevard Partners\","
                        + "\"ownerMailingAddress\":\"PO Box 31120, Charlotte, NC 28231\",\"description\":\"Office upfit\",\"constructionValue\":450000,"
                        + "\"grossSquareFeet\":12000,\"heightFeet\":54,\"occupancyGroup\":\"B\",\"dwelling\":\"NONE\",\"workType\":\"UPFIT\","
                        + "\"shellDrawings\":\"Shell permit B-2025-004410\"}",
                "tech",
                "tech-demo");
        assertThat(project.status()).as(project.toString()).isEqualTo(201);
        long projectId = project.json().getJsonNumber("id").longValue();
        assertThat(project.json().getJsonObject("classification").getBoolean("residential"))
                .isFalse();

        long permitId = Applications.apply(system, projectId, "BUILDING", contractorId, "Upfit", 450000);
        assertThat(rules(issue(permitId))).containsExactlyInAnyOrder("108.8 E", "108.8 F.1");

        String plans =
                "{\"description\":\"Upfit set\",\"authorName\":\"Dana Whitfield\",\"authorAddress\":\"400 S Tryon St\","
                        + "\"disciplines\":[\"BUILDING\",\"FIRE\"]}";
        long first = system.postJson("api/v1/projects/" + projectId + "/plans", plans, "tech", "tech-demo")
                .json()
                .getJsonNumber("id")
                .longValue();
        String path = "api/v1/projects/plan-submissions/" + first + "/reviews";
        assertThat(system.postJson(path, "{\"discipline\":\"BUILDING\",\"result\":\"APPROVED\"}", "tech", "tech-demo")
                        .status())
                .as("a permit technician does not review plans")
                .isEqualTo(403);
        system.postJson(path, "{\"discipline\":\"FIRE\",\"result\":\"APPROVED\"}", "reviewer", "reviewer-demo");
        HttpResult notApproved = system.postJson(
                path,
                "{\"discipline\":\"BUILDING\",\"result\":\"NOT_APPROVED\",\"comments\":\"Second exit " + "missing\"}",
                "reviewer",
                "reviewer-demo");
        assertThat(notApproved.json().getString("completedOn")).isNotBlank();
        assertThat(notApproved.json().getBoolean("approved")).isFalse();
        assertThat(rules(issue(permitId))).containsExactlyInAnyOrder("108.8 E seal", "108.8 F.1");
        assertThat(system.get("api/v1/projects/" + projectId, "tech", "tech-demo")
                        .json()
                        .getString("abandonmentLastDay"))
                .isNotBlank();

        long architect = system.postJson(
                        "api/v1/design-professionals",
                        "{\"name\":\"Dana Whitfield\",\"profession\":\"ARCHITECT\"," + "\"registrationNumber\":\"AR-"
                                + license + "\",\"address\":\"400 S Tryon St\"}",
                        "tech",
                        "tech-demo")
                .json()
                .getJsonNumber("id")
                .longValue();
        HttpResult second = system.postJson(
                "api/v1/projects/" + projectId + "/plans",
                plans.replace("}", ",\"sealedById\":" + architect + "}"),
                "tech",
                "tech-demo");
        assertThat(second.json().getInt("cycle")).isEqualTo(2);
        long secondId = second.json().getJsonNumber("id").longValue();
        system.postJson(
                "api/v1/projects/plan-submissions/" + secondId + "/reviews",
                "{\"discipline\":\"FIRE\",\"result\":\"APPROVED\"}",
                "reviewer",
                "reviewer-demo");
        system.postJson(
                "api/v1/projects/plan-submissions/" + secondId + "/reviews",
                "{\"discipline\":\"BUILDING\",\"result\":\"APPROVED_WITH_CONDITIONS\",\"comments\":\"Fire stopping at rated walls\"}",
                "reviewer",
                "reviewer-demo");
        HttpResult issued = issue(permitId);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        assertThat(system.get("api/v1/projects/" + projectId + "/plans", "tech", "tech-demo")
                        .jsonArray()
                        .getJsonObject(0)
                        .toString())
                .as("the first cycle's comments are kept")
                .contains("Second exit missing");
    }

    @Test
    @DisplayName(
            "106 Mega Project: a 300,000 sq ft commercial project is one, with the reason; only the director designates another")
    void megaProject() {
        String body =
                "{\"name\":\"Distribution center\",\"street\":\"1 Logistics Way\",\"city\":\"Charlotte\",\"state\":\"NC\","
                        + "\"zip\":\"28214\",\"pin\":\"055-011-02\",\"ownerName\":\"Crown Logistics\",\"ownerMailingAddress\":\"1 Logistics Way\","
                        + "\"description\":\"Warehouse\",\"constructionValue\":40000000,\"grossSquareFeet\":AREA,\"heightFeet\":40,"
                        + "\"occupancyGroup\":\"S_1\",\"dwelling\":\"NONE\",\"workType\":\"NEW\"}";
        JsonObject big = system.postJson("api/v1/projects", body.replace("AREA", "300000"), "tech", "tech-demo")
                .json();
        assertThat(big.getJsonObject("classification").getBoolean("mega")).isTrue();
        assertThat(big.getJsonObject("classification").getJsonArray("megaWhy").getString(0))
                .contains("commercial or industrial");
        JsonObject smaller = system.postJson("api/v1/projects", body.replace("AREA", "299999"), "tech", "tech-demo")
                .json();
        assertThat(smaller.getJsonObject("classification").getBoolean("mega")).isFalse();
        long id = smaller.getJsonNumber("id").longValue();
        String designation = "{\"reason\":\"Phased campus needing a dedicated review team\"}";
        assertThat(system.postJson("api/v1/projects/" + id + "/mega-designation", designation, "tech", "tech-demo")
                        .status())
                .isEqualTo(403);
        HttpResult designated = system.postJson(
                "api/v1/projects/" + id + "/mega-designation", designation, "director", "director-demo");
        assertThat(designated.json().getJsonObject("classification").getBoolean("mega"))
                .isTrue();
    }

    @Test
    @DisplayName(
            "108.8 C, 108.7: a homeowner gets a permit for their own house without a bond; the fee goes to the owner's account")
    void homeownerPermit() {
        long house = Applications.approvedHouse(system, Applications.unique() + " Sharon Ln");
        HttpResult noDeclaration = system.postJson(
                "api/v1/permits",
                "{\"projectId\":" + house + ",\"trade\":\"ELECTRICAL\","
                        + "\"homeownerName\":\"Jordan Reed\",\"description\":\"Kitchen circuits\",\"constructionValue\":8500,"
                        + "\"complianceStatement\":true,\"statementBy\":\"Jordan Reed\"}",
                "tech",
                "tech-demo");
        assertThat(noDeclaration.status()).isEqualTo(422);
        assertThat(rules(noDeclaration)).containsExactly("106 Homeowner");
        // 108.8 C: an owner's electrical permit needs the owner's homeowner electrical certificate (the demo data's)
        String certificate = ExamCertificatesIT.homeownerCertificateOf(system, "Jordan Reed");
        HttpResult applied = system.postJson(
                "api/v1/permits",
                "{\"projectId\":" + house + ",\"trade\":\"ELECTRICAL\","
                        + "\"homeownerName\":\"Jordan Reed\",\"homeownerPrimaryResidence\":true,\"description\":\"Kitchen circuits\","
                        + "\"constructionValue\":8500,\"complianceStatement\":true,\"statementBy\":\"Jordan Reed\","
                        + "\"homeownerCertificateNumber\":\"" + certificate + "\"}",
                "tech",
                "tech-demo");
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        assertThat(applied.json().getString("holderKind")).isEqualTo("OWNER");
        long permitId = applied.json().getJsonNumber("id").longValue();
        assertThat(issue(permitId).status()).isEqualTo(200);
        system.awaitAccount(
                a -> a.getString("code").equals("OWNER-" + applied.json().getJsonNumber("holderId")),
                Duration.ofSeconds(30));
    }

    @Test
    @DisplayName("108.8 F.3: a firm with a fee billed more than 30 days ago and unpaid gets no permit until it pays")
    void delinquentApplicantIsRefused() {
        String license = "PL-" + Applications.unique();
        long contractorId = Applications.contractor(system, "Slow Pay Plumbing " + license, license, "PLUMBING");
        long house = Applications.approvedHouse(system, "9 Slow Pay Rd");
        system.send(
                "PUT",
                "api/v1/calendar/clock",
                "application/json",
                "{\"now\":\"2027-05-03T14:00:00Z\"}",
                "director",
                "director-demo");
        long first = Applications.apply(system, house, "PLUMBING", contractorId, "Water heater", 1500);
        assertThat(issue(first).status()).isEqualTo(200);
        JsonObject account = system.awaitAccountOfContractor(contractorId, Duration.ofSeconds(30));
        long second = Applications.apply(system, house, "PLUMBING", contractorId, "Second bath", 5000);

        // 30 days after billing the fee is still due, not yet delinquent
        system.send(
                "PUT",
                "api/v1/calendar/clock",
                "application/json",
                "{\"now\":\"2027-06-02T14:00:00Z\"}",
                "director",
                "director-demo");
        assertThat(system.get("api/v1/permits/" + second + "/issue-check", "tech", "tech-demo")
                        .jsonArray())
                .isEmpty();
        system.send(
                "PUT",
                "api/v1/calendar/clock",
                "application/json",
                "{\"now\":\"2027-06-03T14:00:00Z\"}",
                "director",
                "director-demo");
        HttpResult refused = issue(second);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(rules(refused)).containsExactly("108.8 F.3");

        String payment = "{\"amount\":" + account.getJsonNumber("balance") + ",\"method\":\"CHECK\",\"reference\":\"CK-"
                + license + "\"}";
        HttpResult paid = system.postJson(
                "api/v1/accounts/" + account.getJsonNumber("id") + "/payments", payment, "tech", "tech-demo");
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(paid.json().getJsonNumber("balance").bigDecimalValue()).isZero();
        HttpResult twice = system.postJson(
                "api/v1/accounts/" + account.getJsonNumber("id") + "/payments", payment, "tech", "tech-demo");
        assertThat(twice.status()).as("a payment cannot be applied twice").isEqualTo(422);
        assertThat(issue(second).status()).isEqualTo(200);
    }

    @Test
    @DisplayName(
            "108.8.2, 108.9: a change in work is approved in writing; a substantial one needs revised plans and may carry a fee")
    void changesInWork() {
        long permitId = Applications.application(system, "Change Builders", "BUILDING", "New house", 200000);
        long projectId = system.get("api/v1/permits/" + permitId, "tech", "tech-demo")
                .json()
                .getJsonNumber("projectId")
                .longValue();
        assertThat(system.postJson(
                                "api/v1/permits/" + permitId + "/changes",
                                "{\"requestedBy\":\"Pat Lee\",\"description\":\"x\"}",
                                "tech",
                                "tech-demo")
                        .status())
                .as("not before issue")
                .isEqualTo(422);
        assertThat(issue(permitId).status()).isEqualTo(200);
        HttpResult requested = system.postJson(
                "api/v1/permits/" + permitId + "/changes",
                "{\"requestedBy\":\"Pat Lee\",\"description\":\"Add a screened porch\"}",
                "tech",
                "tech-demo");
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        long changeId = requested.json().getJsonNumber("id").longValue();
        String decision = "api/v1/permits/changes/" + changeId + "/decision";
        String substantial =
                "{\"approve\":true,\"substantial\":true,\"additionalFee\":150,\"note\":\"Porch adds 240 sq ft\"}";
        assertThat(system.postJson(decision, substantial, "tech", "tech-demo").status())
                .as("a technician does not decide")
                .isEqualTo(403);
        HttpResult noPlans = system.postJson(decision, substantial, "tca", "tca-demo");
        assertThat(noPlans.status()).isEqualTo(422);
        assertThat(rules(noPlans)).containsExactly("108.8.2 revised plans");

        // 108.8.2: the revised plans are examined like any application: the next review cycle
        HttpResult revised = system.postJson(
                "api/v1/projects/" + projectId + "/plans",
                "{\"description\":\"Porch revision\",\"authorName\":"
                        + "\"Dana Whitfield\",\"authorAddress\":\"400 S Tryon St\",\"disciplines\":[\"BUILDING\"]}",
                "tech",
                "tech-demo");
        assertThat(revised.json().getInt("cycle")).isEqualTo(2);
        system.postJson(
                "api/v1/projects/plan-submissions/" + revised.json().getJsonNumber("id") + "/reviews",
                "{\"discipline\":\"BUILDING\",\"result\":\"APPROVED\"}",
                "reviewer",
                "reviewer-demo");
        HttpResult approved = system.postJson(decision, substantial, "tca", "tca-demo");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().getString("state")).isEqualTo("APPROVED");
        assertThat(approved.json().getInt("revisedPlansCycle")).isEqualTo(2);
        assertThat(system.postJson(decision, substantial, "tca", "tca-demo").status())
                .as("decided once")
                .isEqualTo(422);

        HttpResult pdf = system.get("api/v1/permits/changes/" + changeId + "/decision.pdf", "tech", "tech-demo");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");

        // 108.9: the additional fee reaches the holder's account once
        long contractorId = system.get("api/v1/permits/" + permitId, "tech", "tech-demo")
                .json()
                .getJsonNumber("contractorId")
                .longValue();
        JsonObject account = system.awaitAccountOfContractor(contractorId, Duration.ofSeconds(30));
        java.time.Instant until = java.time.Instant.now().plusSeconds(30);
        java.util.List<String> codes = List.of();
        while (java.time.Instant.now().isBefore(until)) {
            codes = system
                    .get("api/v1/accounts/" + account.getJsonNumber("id") + "/entries", "tech", "tech-demo")
                    .jsonArray()
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .map(e -> e.getString("feeCode"))
                    .toList();
            if (codes.contains("CHANGE_IN_WORK")) {
                break;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertThat(codes).containsExactly("PERMIT_FEE", "CHANGE_IN_WORK");
    }
}
