package org.tryon.systemtest;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Parties, projects and applications made through the REST API the way staff make them: a firm with
 * its license and point of contact (106) and a bond on file (108.7); a single-family house project
 * whose plans plan review has approved (108.8 E, F.1); an application with the statement of
 * compliance (108.8 D).
 */
final class Applications {

    private Applications() {}

    static String unique() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    }

    /** The registration of a firm licensed for {@code trade} through 2099. */
    static String contractorJson(String name, String license, String trade) {
        return "{\"name\":\"" + name + "\",\"licenseNumber\":\"" + license + "\",\"trade\":\"" + trade
                + "\",\"licenseExpiresOn\":\"2099-12-31\",\"contactName\":\"Pat Lee\",\"contactPhone\":\"704-555-0100\"}";
    }

    /** Registers a firm licensed for {@code trade} and files its bond; returns its id. */
    static long contractor(SystemUnderTest system, String name, String license, String trade) {
        HttpResult firm =
                system.postJson("api/v1/contractors", contractorJson(name, license, trade), "tech", "tech-demo");
        if (firm.status() != 201) {
            throw new AssertionError("registering " + name + ": " + firm);
        }
        long id = firm.json().getJsonNumber("id").longValue();
        HttpResult bond = system.postJson(
                "api/v1/contractors/" + id + "/bonds",
                "{\"surety\":\"Carolina Surety\",\"bondNumber\":\"B-" + license
                        + "\",\"amount\":10000,\"effectiveOn\":\"2000-01-01\"}",
                "tech",
                "tech-demo");
        if (bond.status() != 201) {
            throw new AssertionError("filing the bond of " + name + ": " + bond);
        }
        return id;
    }

    /** A new single-family house at {@code street} whose plans plan review approved; returns the project's id. */
    static long approvedHouse(SystemUnderTest system, String street) {
        return approvedHouse(system, street, "078-011-05", "28202");
    }

    /** The same, on the parcel {@code pin}. */
    static long approvedHouse(SystemUnderTest system, String street, String pin) {
        return approvedHouse(system, street, pin, "28202");
    }

    /** The same in another ZIP code (inspections finds the district from it). */
    static long approvedHouseInZip(SystemUnderTest system, String street, String zip) {
        return approvedHouse(system, street, "078-011-05", zip);
    }

    private static long approvedHouse(SystemUnderTest system, String street, String pin, String zip) {
        HttpResult project = system.postJson(
                "api/v1/projects",
                "{\"name\":\"House at " + street + "\",\"street\":\"" + street
                        + "\",\"city\":\"Charlotte\",\"state\":\"NC\",\"zip\":\"" + zip + "\",\"pin\":\"" + pin
                        + "\",\"ownerName\":\"Jordan Reed\","
                        + "\"ownerMailingAddress\":\"12 Elm Ct, Charlotte, NC 28205\",\"description\":\"New house\",\"constructionValue\":385000,"
                        + "\"grossSquareFeet\":2400,\"heightFeet\":28,\"occupancyGroup\":\"R_3\",\"dwelling\":\"SINGLE_FAMILY_DETACHED\","
                        + "\"workType\":\"NEW\"}",
                "tech",
                "tech-demo");
        if (project.status() != 201) {
            throw new AssertionError("creating the project: " + project);
        }
        long id = project.json().getJsonNumber("id").longValue();
        HttpResult plans = system.postJson(
                "api/v1/projects/" + id + "/plans",
                "{\"description\":\"Construction set\",\"authorName\":"
                        + "\"Dana Whitfield\",\"authorAddress\":\"400 S Tryon St, Charlotte, NC 28285\",\"disciplines\":[\"BUILDING\"]}",
                "tech",
                "tech-demo");
        long submission = plans.json().getJsonNumber("id").longValue();
        HttpResult review = system.postJson(
                "api/v1/projects/plan-submissions/" + submission + "/reviews",
                "{\"discipline\":\"BUILDING\",\"result\":\"APPROVED\"}",
                "reviewer",
                "reviewer-demo");
        if (review.status() != 200) {
            throw new AssertionError("approving the plans: " + review);
        }
        return id;
    }

    /** The body of an application by {@code contractorId} on {@code projectId}, with the 108.8 D statement. */
    static String applicationJson(long projectId, String trade, long contractorId, String description, int value) {
        return "{\"projectId\":" + projectId + ",\"trade\":\"" + trade + "\",\"contractorId\":" + contractorId
                + ",\"description\":\"" + description + "\",\"constructionValue\":" + value
                + ",\"complianceStatement\":true,\"statementBy\":\"Pat Lee\"}";
    }

    /** Applies; returns the permit's id. */
    static long apply(
            SystemUnderTest system, long projectId, String trade, long contractorId, String description, int value) {
        HttpResult applied = system.postJson(
                "api/v1/permits",
                applicationJson(projectId, trade, contractorId, description, value),
                "tech",
                "tech-demo");
        if (applied.status() != 201) {
            throw new AssertionError("applying: " + applied);
        }
        return applied.json().getJsonNumber("id").longValue();
    }

    /**
     * Asks again while inspections does not know the permit yet (its PermitIssued is delivered after
     * commit, 108.10 A), for up to 30 seconds; returns the first other answer.
     */
    static HttpResult onceInspectionsKnowsThePermit(java.util.function.Supplier<HttpResult> call) {
        java.time.Instant until = java.time.Instant.now().plusSeconds(30);
        HttpResult answer = call.get();
        while (answer.status() == 422
                && answer.body().contains("108.10 A issued-permit")
                && java.time.Instant.now().isBefore(until)) {
            java.util.concurrent.locks.LockSupport.parkNanos(250_000_000L);
            answer = call.get();
        }
        return answer;
    }

    /** A firm, an approved house project and an application for {@code trade} work; returns the permit's id, not yet issued. */
    static long application(SystemUnderTest system, String firmName, String trade, String description, int value) {
        String license = trade.substring(0, 2) + "-" + unique();
        long contractorId = contractor(system, firmName + " " + license, license, trade);
        return apply(system, approvedHouse(system, unique() + " Tryon St"), trade, contractorId, description, value);
    }

    /** How long the outbox may take to tell another module (PermitIssued to inspections, FinalInspectionPassed to permitting). */
    static final java.time.Duration DELIVERY = java.time.Duration.ofSeconds(30);

    /**
     * An inspector records the passed final through the inspections API (inspections has no results screen yet), once
     * inspections knows the permit: its PermitIssued is delivered after commit.
     */
    static HttpResult recordFinal(SystemUnderTest system, long permitId, String inspectionType) {
        java.time.Instant until = java.time.Instant.now().plus(DELIVERY);
        while (true) {
            HttpResult r = system.postJson(
                    "api/v1/inspection-requests/final-results",
                    "{\"permitId\":" + permitId + ",\"inspectionType\":\"" + inspectionType + "\"}",
                    "inspector",
                    "inspector-demo");
            if (r.status() != 422
                    || !r.body().contains("108.10 A issued-permit")
                    || java.time.Instant.now().isAfter(until)) {
                return r;
            }
            pause();
        }
    }

    /** The permit's state once it is {@code status}, or its state when {@link #DELIVERY} has passed. */
    static String awaitStatus(SystemUnderTest system, long permitId, String status) {
        java.time.Instant until = java.time.Instant.now().plus(DELIVERY);
        String now = status(system, permitId);
        while (!now.equals(status) && java.time.Instant.now().isBefore(until)) {
            pause();
            now = status(system, permitId);
        }
        return now;
    }

    static String status(SystemUnderTest system, long permitId) {
        return system.get("api/v1/permits/" + permitId, "tech", "tech-demo")
                .json()
                .getString("status");
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
