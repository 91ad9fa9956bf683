package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The REST API over HTTP against the running Tryon: security, the thread through every module, errors. */
class RestApiIT {

    private final SystemUnderTest system = SystemUnderTest.get();

    /** {@code n} random capital letters (a body's code is letters only). */
    static String letters(int n) {
        java.util.Random random = new java.util.Random();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('A' + random.nextInt(26)));
        }
        return b.toString();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    @DisplayName("security: anonymous is 401 with a problem document, a wrong role 403, the right role 200")
    void everyEndpointIsClosedToTheWrongPeople() {
        HttpResult anonymous = system.get("api/v1/permits");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.json().getInt("status")).isEqualTo(401);

        HttpResult wrongPassword = system.get("api/v1/permits", "tech", "not-the-password");
        assertThat(wrongPassword.status()).isEqualTo(401);

        HttpResult clerk = system.get("api/v1/permits", "clerk", "clerk-demo");
        assertThat(clerk.status()).isEqualTo(403);
        assertThat(clerk.contentType()).startsWith("application/problem+json");

        assertThat(system.get("api/v1/permits", "tech", "tech-demo").status()).isEqualTo(200);
        assertThat(system.get("api/v1/commissions", "tech", "tech-demo").status())
                .isEqualTo(403);
        assertThat(system.get("api/v1/commissions", "clerk", "clerk-demo").status())
                .isEqualTo(200);
        assertThat(system.get("api/v1/licensing/trades", "examiner", "examiner-demo")
                        .status())
                .isEqualTo(200);
        assertThat(system.get("api/v1/licensing/trades", "inspector", "inspector-demo")
                        .status())
                .isEqualTo(403);
        assertThat(system.get("api/v1/settings", "tech", "tech-demo").status()).isEqualTo(403);
        assertThat(system.get("api/v1/settings", "director", "director-demo").status())
                .isEqualTo(200);
    }

    @Test
    @DisplayName(
            "108.8, 108.9, 108.10: contractor, permit issued, fee posted once to the contractor's account, inspection requested")
    void threadThroughPermittingFeesAndInspections() {
        String license = "GC-" + unique();
        HttpResult firm = system.postJson(
                "api/v1/contractors",
                Applications.contractorJson("Ballantyne Builders " + license, license, "BUILDING"),
                "tech",
                "tech-demo");
        assertThat(firm.status()).as(firm.toString()).isEqualTo(201);
        assertThat(firm.header("Location")).isPresent();
        long contractorId = firm.json().getJsonNumber("id").longValue();
        long house = Applications.approvedHouse(system, "11525 Carmel Commons Blvd");

        HttpResult applied = system.postJson(
                "api/v1/permits",
                Applications.applicationJson(house, "BUILDING", contractorId, "Retail upfit", 120000),
                "tech",
                "tech-demo");
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        long permitId = applied.json().getJsonNumber("id").longValue();
        assertThat(applied.json().getString("status")).isEqualTo("APPLIED");

        // 108.10 A: no inspection on a permit that is not issued
        HttpResult early = system.postJson(
                "api/v1/inspection-requests",
                "{\"permitId\":" + permitId + ",\"inspectionType\":\"BLD-FOOTING\",\"requestedBy\":\"Pat Lee\"}",
                "inspector",
                "inspector-demo");
        assertThat(early.status()).as(early.toString()).isEqualTo(422);
        assertThat(early.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("permitId");

        // 108.7: no bond on file, no permit; the refusal names the section and changes nothing
        HttpResult unbonded = system.postJson("api/v1/permits/" + permitId + "/issue", "", "tech", "tech-demo");
        assertThat(unbonded.status()).as(unbonded.toString()).isEqualTo(422);
        assertThat(unbonded.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("rule"))
                .containsExactly("108.7");
        assertThat(system.get("api/v1/permits/" + permitId, "tech", "tech-demo")
                        .json()
                        .getString("status"))
                .isEqualTo("APPLIED");
        assertThat(system.postJson(
                                "api/v1/contractors/" + contractorId + "/bonds",
                                "{\"surety\":\"Carolina Surety\",\"bondNumber\":\"B-" + license
                                        + "\",\"amount\":10000,\"effectiveOn\":\"2010-01-01\"}",
                                "tech",
                                "tech-demo")
                        .status())
                .isEqualTo(201);

        HttpResult issued = system.postJson("api/v1/permits/" + permitId + "/issue", "", "tech", "tech-demo");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        assertThat(issued.json().getString("status")).isEqualTo("ISSUED");
        assertThat(issued.json().getString("issuedBy")).isEqualTo("tech");

        HttpResult again = system.postJson("api/v1/permits/" + permitId + "/issue", "", "tech", "tech-demo");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("only an applied or approved permit can be issued");

        // the fee ($100 + 120 x $4 = $580, demo schedule) reaches the contractor's account once
        JsonObject account = system.awaitAccountOfContractor(contractorId, Duration.ofSeconds(30));
        assertThat(account.getJsonNumber("balance").bigDecimalValue()).isEqualByComparingTo("580.00");
        JsonArray entries = system.get(
                        "api/v1/accounts/" + account.getJsonNumber("id").longValue() + "/entries", "tech", "tech-demo")
                .jsonArray();
        assertThat(entries).hasSize(1);
        assertThat(entries.getJsonObject(0).getString("causeType")).isEqualTo("permit");
        assertThat(entries.getJsonObject(0).getString("causeId")).isEqualTo(String.valueOf(permitId));

        HttpResult requested = system.postJson(
                "api/v1/inspection-requests",
                "{\"permitId\":" + permitId
                        + ",\"inspectionType\":\"BLD-FOOTING\",\"requestedBy\":\"Pat Lee\",\"contactPhone\":\"704-555-0100\"}",
                "inspector",
                "inspector-demo");
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        assertThat(requested.json().getString("permitNumber"))
                .isEqualTo(issued.json().getString("number"));

        HttpResult wrongTrade = system.postJson(
                "api/v1/inspection-requests",
                "{\"permitId\":" + permitId + ",\"inspectionType\":\"PLB-ROUGH\",\"requestedBy\":\"Pat Lee\"}",
                "inspector",
                "inspector-demo");
        assertThat(wrongTrade.status()).isEqualTo(422);
        assertThat(wrongTrade.json().getJsonArray("errors").getJsonObject(0).getString("rule"))
                .contains("108.10 C");

        // 108.3: the permit's history shows the issue, by whom, before and after
        // (newest first; the inspector's request may already have added the day of the latest request, 106, as a newer
        // entry)
        JsonObject issue = system
                .get("api/v1/permits/" + permitId + "/history", "tech", "tech-demo")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(e -> e.toString().contains("\"after\":\"ISSUED\""))
                .findFirst()
                .orElseThrow();
        assertThat(issue.getString("by")).isEqualTo("tech");
        assertThat(issue.toString()).contains("\"before\":\"APPLIED\"", "\"after\":\"ISSUED\"");
    }

    @Test
    @DisplayName(
            "108.10 C: only the firm, its point of contact or its designee requests an inspection; a withdrawn designee no longer may")
    void onlyTheFirmOrItsDesigneeRequests() {
        long permitId = Applications.application(system, "Designee Builders", "BUILDING", "New house", 150000);
        assertThat(system.postJson("api/v1/permits/" + permitId + "/issue", "", "tech", "tech-demo")
                        .status())
                .isEqualTo(200);
        String firm = system.get("api/v1/permits/" + permitId, "tech", "tech-demo")
                .json()
                .getString("holderName");
        String asStranger =
                "{\"permitId\":" + permitId + ",\"inspectionType\":\"BLD-FOOTING\",\"requestedBy\":\"Sam Stranger\"}";
        HttpResult stranger = Applications.onceInspectionsKnowsThePermit(
                () -> system.postJson("api/v1/inspection-requests", asStranger, "tech", "tech-demo"));
        assertThat(stranger.status()).as(stranger.toString()).isEqualTo(422);
        JsonObject error = stranger.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("requestedBy");
        assertThat(error.getString("rule")).isEqualTo("108.10 C requester");
        assertThat(error.getString("message")).contains("Sam Stranger", firm, "Pat Lee");

        // the firm itself and its point of contact may, whatever the case and spacing of the name
        assertThat(system.postJson(
                                "api/v1/inspection-requests",
                                asStranger.replace("Sam Stranger", firm.toUpperCase()),
                                "tech",
                                "tech-demo")
                        .status())
                .isEqualTo(201);
        assertThat(system.postJson(
                                "api/v1/inspection-requests",
                                asStranger.replace("BLD-FOOTING", "BLD-SLAB").replace("Sam Stranger", " pat  lee "),
                                "tech",
                                "tech-demo")
                        .status())
                .isEqualTo(201);

        // an inspector does not name designees (403); the permit office does, once
        String designee = "{\"permitId\":" + permitId + ",\"name\":\"Sam Stranger\",\"phone\":\"704-555-0161\"}";
        assertThat(system.postJson("api/v1/inspection-requesters", designee, "inspector", "inspector-demo")
                        .status())
                .isEqualTo(403);
        HttpResult named = system.postJson("api/v1/inspection-requesters", designee, "tech", "tech-demo");
        assertThat(named.status()).as(named.toString()).isEqualTo(201);
        assertThat(system.postJson("api/v1/inspection-requesters", designee, "tech", "tech-demo")
                        .body())
                .contains("108.10 C designee-once");
        JsonObject who = system.get("api/v1/inspection-requesters?permitId=" + permitId, "tech", "tech-demo")
                .json();
        assertThat(who.getString("holder")).isEqualTo(firm);
        assertThat(who.getString("pointOfContact")).isEqualTo("Pat Lee");
        assertThat(who.getJsonArray("designees")).hasSize(1);
        HttpResult byDesignee = system.postJson(
                "api/v1/inspection-requests", asStranger.replace("BLD-FOOTING", "BLD-FRAMING"), "tech", "tech-demo");
        assertThat(byDesignee.status()).as(byDesignee.toString()).isEqualTo(201);
        assertThat(byDesignee.json().getString("requestedBy")).isEqualTo("Sam Stranger");

        long designeeId = named.json().getJsonNumber("id").longValue();
        assertThat(system.postJson(
                                "api/v1/inspection-requesters/" + designeeId + "/withdrawal", "", "tech", "tech-demo")
                        .status())
                .isEqualTo(200);
        HttpResult withdrawn = system.postJson(
                "api/v1/inspection-requests", asStranger.replace("BLD-FOOTING", "BLD-INSULATION"), "tech", "tech-demo");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(422);
        assertThat(withdrawn.body()).contains("108.10 C requester");
        assertThat(system.get(
                                "api/v1/inspection-requests/"
                                        + byDesignee.json().getJsonNumber("id").longValue(),
                                "tech",
                                "tech-demo")
                        .json()
                        .getString("requestedBy"))
                .isEqualTo("Sam Stranger");
    }

    @Test
    @DisplayName(
            "108.12.2, 108.8.1: only the administrator revokes; a revoked permit takes no inspection request; its state changes are kept")
    void revokedPermitTakesNoInspections() {
        long permitId = Applications.application(system, "Revoke Electric", "ELECTRICAL", "Panel change", 4000);
        assertThat(system.postJson("api/v1/permits/" + permitId + "/issue", "", "tech", "tech-demo")
                        .status())
                .isEqualTo(200);
        String request = "{\"permitId\":" + permitId + ",\"inspectionType\":\"ELE-ROUGH\",\"requestedBy\":\"Pat Lee\"}";
        awaitStatus(() -> system.postJson("api/v1/inspection-requests", request, "inspector", "inspector-demo"), 201);

        String revoke = "{\"ground\":\"CODE_VIOLATION\",\"details\":\"Service panel installed without a disconnect\"}";
        HttpResult byTech = system.postJson("api/v1/permits/" + permitId + "/revoke", revoke, "tech", "tech-demo");
        assertThat(byTech.status()).isEqualTo(403);
        assertThat(byTech.body()).contains("108.12.2");

        HttpResult noGround = system.postJson(
                "api/v1/permits/" + permitId + "/revoke", "{\"details\":\"x\"}", "director", "director-demo");
        assertThat(noGround.status()).isEqualTo(400);
        assertThat(noGround.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("ground");

        HttpResult revoked =
                system.postJson("api/v1/permits/" + permitId + "/revoke", revoke, "director", "director-demo");
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().getString("status")).isEqualTo("REVOKED");

        // until inspections has the revocation (an outbox delivery), the same request is refused as a repeat (108.10.1)
        HttpResult refused = awaitAnswer(
                () -> system.postJson("api/v1/inspection-requests", request, "inspector", "inspector-demo"),
                r -> r.status() == 422 && r.body().contains("108.8.1 work-allowed"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("rule"))
                .isEqualTo("108.8.1 work-allowed");
        assertThat(refused.body()).contains("is revoked");

        JsonArray changes = system.get("api/v1/permits/" + permitId + "/status-changes", "tech", "tech-demo")
                .jsonArray();
        assertThat(changes.getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("to") + " by " + c.getString("by"))
                .containsExactly("ISSUED by tech", "REVOKED by director");
        assertThat(changes.getJsonObject(1).getString("reason"))
                .contains("Violation of the Code", "without a disconnect");

        HttpResult cancelRevoked = system.postJson(
                "api/v1/permits/" + permitId + "/cancel", "{\"reason\":\"owner asked\"}", "tech", "tech-demo");
        assertThat(cancelRevoked.status()).isEqualTo(422);
        assertThat(cancelRevoked.body()).contains("revoked (final)");
    }

    /** Repeats a request until it answers {@code status}: permitting's events reach inspections just after commit. */
    private static HttpResult awaitStatus(java.util.function.Supplier<HttpResult> call, int status) {
        HttpResult last = awaitAnswer(call, r -> r.status() == status);
        assertThat(last.status()).as(last.toString()).isEqualTo(status);
        return last;
    }

    /** Calls until the answer is the one awaited (inspections learns of permitting's events through the outbox). */
    private static HttpResult awaitAnswer(
            java.util.function.Supplier<HttpResult> call, java.util.function.Predicate<HttpResult> awaited) {
        java.time.Instant until = java.time.Instant.now().plusSeconds(30);
        HttpResult last = call.get();
        while (!awaited.test(last) && java.time.Instant.now().isBefore(until)) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            last = call.get();
        }
        return last;
    }

    @Test
    @DisplayName("108.10 A: an inspection request on an unknown permit is refused, naming the field and the rule")
    void unknownPermitIsRefused() {
        HttpResult r = system.postJson(
                "api/v1/inspection-requests",
                "{\"permitId\":987654,\"inspectionType\":\"BLD-FOOTING\",\"requestedBy\":\"Pat Lee\"}",
                "inspector",
                "inspector-demo");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonObject error = r.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("permitId");
        assertThat(error.getString("rule")).isEqualTo("108.10 A issued-permit");
    }

    @Test
    @DisplayName("bad input gets a 4xx that says which, never a 500, and changes nothing")
    void badInputIsA4xxThatSaysWhich() {
        int before = system.get("api/v1/contractors", "tech", "tech-demo")
                .jsonArray()
                .size();

        HttpResult malformed = system.postJson("api/v1/contractors", "{\"name\":\"x\"", "tech", "tech-demo");
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
        assertThat(malformed.json().getString("title")).isEqualTo("Malformed request body");

        HttpResult missing = system.postJson("api/v1/contractors", "{\"name\":\"No License Co\"}", "tech", "tech-demo");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("licenseNumber", "trade", "licenseExpiresOn", "contactName", "contactPhone");

        HttpResult wrongType = system.postJson(
                "api/v1/permits", "{\"trade\":\"BUILDING\",\"contractorId\":\"one\"}", "tech", "tech-demo");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().getString("detail")).contains("contractorId");

        HttpResult unknownTrade = system.postJson(
                "api/v1/contractors",
                "{\"name\":\"X\",\"licenseNumber\":\"X-123\",\"trade\":\"ROOFING\"}",
                "tech",
                "tech-demo");
        assertThat(unknownTrade.status()).isEqualTo(400);

        HttpResult badPattern = system.postJson(
                "api/v1/contractors", Applications.contractorJson("X", "!", "BUILDING"), "tech", "tech-demo");
        assertThat(badPattern.status()).isEqualTo(400);
        assertThat(badPattern.json().getJsonArray("errors").getJsonObject(0).getString("rule"))
                .isEqualTo("Pattern");

        HttpResult unknownId = system.get("api/v1/permits/987654", "tech", "tech-demo");
        assertThat(unknownId.status()).isEqualTo(404);
        assertThat(unknownId.contentType()).startsWith("application/problem+json");

        HttpResult notANumber = system.get("api/v1/permits/abc", "tech", "tech-demo");
        assertThat(notANumber.status()).isEqualTo(404);

        assertThat(system.get("api/v1/contractors", "tech", "tech-demo").jsonArray())
                .hasSize(before);
    }

    @Test
    @DisplayName(
            "107: the BDC and the TAB exist with 13 and 10 seats; a member is appointed for a term; a second BDC is refused")
    void commissions() {
        JsonArray commissions =
                system.get("api/v1/commissions", "clerk", "clerk-demo").jsonArray();
        assertThat(commissions.getValuesAs(JsonObject.class))
                .extracting(
                        c -> c.getString("code") + ":" + c.getJsonArray("seats").size())
                .contains("BDC:13", "TAB:10");

        // a body of its own (a subcommittee, 107.1.4 C), so the demo rosters stay as they are
        String code = letters(8);
        assertThat(system.postJson(
                                "api/v1/commissions",
                                "{\"code\":\"" + code + "\",\"name\":\"Task force\",\"seats\":[\"One\",\"Two\"]}",
                                "clerk",
                                "clerk-demo")
                        .status())
                .isEqualTo(201);
        HttpResult riley = system.postJson(
                "api/v1/commissions/people",
                "{\"fullName\":\"Riley " + unique() + "\",\"email\":\"riley@example.org\","
                        + "\"countyResident\":true}",
                "clerk",
                "clerk-demo");
        assertThat(riley.status()).as(riley.toString()).isEqualTo(201);
        long rileyId = riley.json().getJsonNumber("id").longValue();
        HttpResult appointed = system.postJson(
                "api/v1/commissions/" + code + "/seats/1/appointments",
                "{\"personId\":" + rileyId + ",\"termStart\":\"2026-08-01\"}",
                "clerk",
                "clerk-demo");
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
        assertThat(appointed.json().getString("termEnd")).isEqualTo("2029-07-31");
        assertThat(appointed.json().getString("appointedBy")).isEqualTo("Building-Development Commission");

        HttpResult occupied = system.postJson(
                "api/v1/commissions/" + code + "/seats/1/appointments",
                "{\"personId\":" + rileyId + ",\"termStart\":\"2027-08-01\"}",
                "clerk",
                "clerk-demo");
        assertThat(occupied.status()).isEqualTo(422);

        HttpResult tooLong = system.postJson(
                "api/v1/commissions/TAB/seats/2/appointments",
                "{\"personId\":" + rileyId + ",\"termStart\":\"2026-08-01\",\"termYears\":4}",
                "clerk",
                "clerk-demo");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().getJsonArray("errors").getJsonObject(0).getString("rule"))
                .startsWith("107.2.2");

        HttpResult secondBdc = system.postJson(
                "api/v1/commissions",
                "{\"code\":\"BDC\",\"name\":\"Another\",\"seats\":[\"one\"]}",
                "clerk",
                "clerk-demo");
        assertThat(secondBdc.status()).isEqualTo(422);
    }

    @Test
    @DisplayName(
            "109: trades and certificate types are listed; a candidate is entered; one for a certificate no longer examined is refused")
    void licensing() {
        JsonArray types = system.get("api/v1/licensing/certificate-types", "examiner", "examiner-demo")
                .jsonArray();
        assertThat(types.getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("code"))
                .contains("JOURNEYMAN-ELECTRICIAN", "JOURNEYMAN-PLUMBER");

        HttpResult entered = system.postJson(
                "api/v1/licensing/candidates",
                "{\"name\":\"Ada Volt\",\"email\":\"ada." + unique().toLowerCase()
                        + "@example.org\",\"certificateType\":\"JOURNEYMAN-ELECTRICIAN\"}",
                "examiner",
                "examiner-demo");
        assertThat(entered.status()).as(entered.toString()).isEqualTo(201);

        HttpResult plumber = system.postJson(
                "api/v1/licensing/candidates",
                "{\"name\":\"Pip\",\"email\":\"pip@example.org\",\"certificateType\":\"JOURNEYMAN-PLUMBER\"}",
                "examiner",
                "examiner-demo");
        assertThat(plumber.status()).isEqualTo(422);
        assertThat(plumber.body()).contains("01/01/2013");

        HttpResult badEmail = system.postJson(
                "api/v1/licensing/candidates",
                "{\"name\":\"Pip\",\"email\":\"not-an-email\",\"certificateType\":\"JOURNEYMAN-ELECTRICIAN\"}",
                "examiner",
                "examiner-demo");
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("email");
    }

    @Test
    @DisplayName("open data: permits export in the BLDS format with their mapped status")
    void bldsExport() {
        HttpResult csv = system.get("api/v1/permits/blds.csv", "tech", "tech-demo");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("PermitNum,Description,AppliedDate,IssuedDate");
        assertThat(csv.body())
                .contains(
                        "700 N Tryon St,Charlotte,NC,28202,BUILDING,Building,385000.00,\"Queen City Builders, Inc.\"");
        for (int i = 1; i < lines.length; i++) {
            assertThat(lines[i])
                    .containsAnyOf(
                            ",Application Accepted,",
                            ",In Review,",
                            ",Permit Issued,",
                            ",Inspection Phase,",
                            ",Permit Finaled,",
                            ",Occupancy,",
                            ",Permit Cancelled,");
        }
    }

    @Test
    @DisplayName("the OpenAPI document describes the API of every module")
    void openApiDocument() {
        HttpResult doc = system.get("openapi");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body())
                .contains(
                        "/api/v1/permits",
                        "/api/v1/accounts",
                        "/api/v1/inspection-requests",
                        "/api/v1/commissions",
                        "/api/v1/licensing/candidates",
                        "Tryon API");
    }

    @Test
    @DisplayName(
            "effective-dated settings: the ordinance's value is the default; a change applies from its date; back-dating is refused")
    void settings() {
        JsonObject quorum = system.get("api/v1/settings/governance.bdc.quorum", "director", "director-demo")
                .json();
        assertThat(quorum.getString("defaultValue")).isEqualTo("7");
        assertThat(quorum.getString("section")).isEqualTo("107.1.4 A");

        HttpResult backdated = system.postJson(
                "api/v1/settings/governance.bdc.quorum/values",
                "{\"effectiveFrom\":\"2020-01-01\",\"value\":\"8\",\"reason\":\"test\"}",
                "director",
                "director-demo");
        assertThat(backdated.status()).isEqualTo(422);
        assertThat(backdated.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("effectiveFrom");

        HttpResult notANumber = system.postJson(
                "api/v1/settings/governance.tab.quorum/values",
                "{\"effectiveFrom\":\"2099-01-01\",\"value\":\"three\",\"reason\":\"test\"}",
                "director",
                "director-demo");
        assertThat(notANumber.status()).isEqualTo(422);
        assertThat(notANumber.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("value");

        HttpResult future = system.postJson(
                "api/v1/settings/governance.bdc.seats/values",
                "{\"effectiveFrom\":\"2099-08-01\",\"value\":\"14\",\"reason\":\"a 14th seat\"}",
                "director",
                "director-demo");
        assertThat(future.status()).as(future.toString()).isEqualTo(201);
        assertThat(future.json().getString("currentValue")).isEqualTo("13");
        assertThat(future.json().getJsonArray("changes")).hasSize(1);
    }
}
