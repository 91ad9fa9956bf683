package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/** The screens in headless Chromium, as the department's staff, clerks and exam administrators use them. */
class ScreensIT {

    /** A failed screen test leaves a screenshot in target/screenshots, named after the test. */
    @org.junit.jupiter.api.extension.RegisterExtension
    final org.junit.jupiter.api.extension.TestWatcher screenshotOnFailure =
            new org.junit.jupiter.api.extension.TestWatcher() {
                @Override
                public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
                    browser.screenshot("failed-" + context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "-"));
                }
            };

    static Browser browser;
    static Screens screens;

    @BeforeAll
    static void open() {
        browser = Browser.open();
        screens = new Screens(browser);
    }

    @org.junit.jupiter.api.BeforeEach
    void startSignedOut() {
        screens.signedOut();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @ParameterizedTest(name = "{0} signs in and sees the menu of a {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "tech;tech-demo;permit technician;Permitting,Inspections,Fees and ledger;Commissions",
                "reviewer;reviewer-demo;plan reviewer;Permitting;Fees and ledger",
                "inspector;inspector-demo;inspector;Inspections;Permitting",
                "tca;tca-demo;trade code administrator;Permitting,Inspections;Licensing exams",
                "director;director-demo;administrator;Permitting,Inspections,Fees and ledger,Commissions,Licensing exams,Administration;",
                "clerk;clerk-demo;commission clerk;Commissions;Permitting",
                "examiner;examiner-demo;exam administrator;Licensing exams;Commissions"
            })
    void eachRoleSeesItsMenu(String user, String password, String role, String sees, String doesNotSee) {
        screens.signIn(user, password);
        assertThat(screens.text("current-user")).isEqualTo(user);
        assertThat(screens.menuSections()).containsAll(java.util.List.of(sees.split(",")));
        if (doesNotSee != null && !doesNotSee.isBlank()) {
            assertThat(screens.menuSections()).doesNotContain(doesNotSee);
        }
        screens.signOut();
        assertThat(screens.driver().getPageSource()).contains("You have signed out.");
    }

    @Test
    @DisplayName("a page asked for without signing in leads to the login page and back to the page after it")
    void signInLeadsBackToTheAskedPage() {
        browser.go("permitting/contractors.xhtml");
        screens.waitFor(By.id("login:username"));
        screens.type("login:username", "tech");
        screens.type("login:password", "tech-demo");
        screens.click("login:submit");
        screens.waitFor(By.id("page-title"));
        assertThat(screens.title()).isEqualTo("Contractors");
        screens.signOut();
    }

    @Test
    @DisplayName("a wrong password keeps the user on the login page with a message")
    void wrongPassword() {
        browser.go("login.xhtml");
        screens.type("login:username", "tech");
        screens.type("login:password", "wrong");
        screens.click("login:submit");
        screens.waitForText("Unknown user or wrong password");
        assertThat(browser.driver().findElements(By.id("page-title"))).isEmpty();
    }

    @Test
    @DisplayName(
            "108.8, 108.9, 108.10: register a firm, apply, issue, see the fee on the account, request an inspection")
    void permitThreadThroughTheScreens() throws InterruptedException {
        String license = "GC-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String firm = "Dilworth Homes " + license;
        screens.signIn("tech", "tech-demo");

        screens.open("permitting/contractors.xhtml");
        screens.type("register:name", firm);
        screens.type("register:license", license);
        screens.choose("register:trade", "Electrical");
        screens.type("register:contactName", "Pat Lee");
        screens.type("register:contactPhone", "704-555-0100");
        screens.typeDate("register:expires", "2099-12-31");
        screens.click("register:save");
        screens.waitForText("Registered " + firm);
        assertThat(screens.text("list:contractors")).contains(firm);

        // bad input is refused with the field named, and nothing is registered
        screens.type("register:name", "No License Yet");
        screens.click("register:save");
        screens.waitForText("license number");
        assertThat(screens.text("list:contractors")).doesNotContain("No License Yet");

        // 108.7: the firm files its bond on its page
        screens.open("permitting/contractors.xhtml");
        screens.waitFor(By.linkText(firm)).click();
        screens.waitFor(By.id("tabs:contact:contactName"));
        screens.driver().findElement(By.linkText("Bonds")).click();
        screens.type("tabs:bonds-form:surety", "Carolina Surety");
        screens.type("tabs:bonds-form:bondNumber", "B-" + license);
        screens.typeNumber("tabs:bonds-form:bondAmount", "10000");
        screens.typeDate("tabs:bonds-form:bondEffectiveOn", "2026-01-01");
        screens.click("tabs:bonds-form:fileBond");
        screens.waitForText("Bond filed (108.7)");

        // the intake wizard (108.8 D): a new project with its owner, the applicant, the work, the statement
        screens.open("permitting/intake.xhtml");
        screens.type("intake:name", "Camden duplex " + license);
        screens.type("intake:street", "1800 Camden Rd");
        screens.type("intake:zip", "28203");
        screens.type("intake:pin", "121-045-07");
        screens.type("intake:ownerName", "Camden Partners");
        screens.type("intake:ownerAddress", "PO Box 1, Charlotte, NC 28203");
        screens.type("intake:projectDescription", "New duplex");
        screens.typeNumber("intake:projectValue", "250000");
        screens.typeNumber("intake:area", "3200");
        screens.typeNumber("intake:height", "30");
        screens.choose("intake:occupancy", "R-3");
        screens.choose("intake:dwelling", "Two-family dwelling");
        screens.next();
        screens.waitFor(By.id("intake:contractor"));
        screens.choose("intake:contractor", firm);
        screens.choose("intake:trade", "Electrical");
        screens.type("intake:description", "Wiring of the duplex");
        screens.typeNumber("intake:value", "25000");
        screens.next();
        screens.waitFor(By.id("intake:statementBy"));
        screens.type("intake:statementBy", "Pat Lee");
        screens.click("intake:submit");
        // 108.8 D: without the statement of compliance the application is refused and nothing is kept
        screens.wait(20)
                .until(d ->
                        d.findElement(By.id("intake:complianceMsg")).getText().contains("108.8 D"));
        screens.tick("intake:compliance");
        screens.click("intake:submit");
        screens.waitFor(By.id("permit:tabs:status"));
        assertThat(screens.text("permit:tabs:status")).isEqualTo("Applied");
        String number = screens.text("permit:tabs:number");

        screens.click("permit:tabs:issue");
        screens.confirm();
        screens.wait(20)
                .until(d -> "Issued"
                        .equals(d.findElement(By.id("permit:tabs:status")).getText()));

        // the fee: $60 + 25 x $4 = $160.00 (demo schedule)
        screens.open("fees/accounts.xhtml");
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (!screens.driver().getPageSource().contains(firm) && Instant.now().isBefore(until)) {
            Thread.sleep(1000);
            screens.open("fees/accounts.xhtml");
        }
        screens.driver().findElement(By.linkText(firm)).click();
        screens.waitFor(By.id("balance"));
        assertThat(screens.text("balance")).isEqualTo("$160.00");
        assertThat(screens.text("entries")).contains("Permit fee, " + number);
        // the entry's cause links to its permit (ADR 0053: a number and a link, not an id)
        assertThat(screens.driver().findElement(By.linkText("Permit " + number)).getAttribute("href"))
                .contains("permitting/permit.xhtml?id=");

        // the permit's page shows the fee posted for it (asked of the fees module through its api)
        screens.open("permitting/permits.xhtml");
        screens.driver().findElement(By.linkText(number)).click();
        screens.waitFor(By.id("permit:tabs:status"));
        screens.driver().findElement(By.linkText("Fees")).click();
        screens.waitForText("Permit fee, " + number);
        screens.driver().findElement(By.linkText("History")).click();
        screens.wait(10)
                .until(d ->
                        d.findElement(By.id("permit:tabs:history")).getText().contains("Status: Applied → Issued"));

        screens.open("inspections/requests.xhtml");
        screens.choose("request:permit", number);
        screens.choose("request:type", "Electrical — rough-in");
        screens.type("request:by", "Pat Lee");
        screens.click("request:submit");
        screens.waitForText("Inspection requested on " + number);
        // inspection types by their names, not their codes (ADR 0052)
        assertThat(screens.text("list:requests"))
                .contains(number, "Electrical — rough-in")
                .doesNotContain("ELE-ROUGH");
        screens.signOut();
    }

    @Test
    @DisplayName("108.12.2: the director revokes a permit on its Status tab; the change is listed with who and why")
    void directorRevokesAPermit() {
        SystemUnderTest system = SystemUnderTest.get();
        long permitId = Applications.application(system, "Screen Plumbing", "PLUMBING", "Water heater", 1500);
        system.postJson("api/v1/permits/" + permitId + "/issue", "", "tech", "tech-demo");

        screens.signIn("director", "director-demo");
        screens.open("permitting/permit.xhtml?id=" + permitId);
        screens.driver().findElement(By.linkText("Status")).click();
        screens.choose("permit:tabs:ground", "Violation of the Code");
        screens.type("permit:tabs:revokeDetails", "Unvented water heater");
        screens.click("permit:tabs:revoke");
        screens.wait(20)
                .until(d -> "Revoked"
                        .equals(d.findElement(By.id("permit:tabs:status")).getAttribute("textContent")));
        assertThat(screens.driver()
                        .findElement(By.id("permit:tabs:statusChanges"))
                        .getAttribute("textContent"))
                .contains("issued → revoked", "director", "Unvented water heater");
        screens.signOut();
    }

    @Test
    @DisplayName("108.8.1: the work list of permits whose clock runs out soon opens from the menu")
    void workListOpensFromTheMenu() {
        screens.signIn("tech", "tech-demo");
        screens.driver().findElement(By.linkText("Clocks running out")).click();
        screens.waitFor(By.id("list:permits"));
        assertThat(screens.title()).isEqualTo("Clocks running out");
        screens.signOut();
    }

    @Test
    @DisplayName("107.1.2: the clerk appoints a member to a BDC seat for a three-year term")
    void clerkAppointsAMember() {
        SystemUnderTest system = SystemUnderTest.get();
        String code = RestApiIT.letters(7);
        assertThat(system.postJson(
                                "api/v1/commissions",
                                "{\"code\":\"" + code + "\",\"name\":\"Task force " + code + "\",\"seats\":[\"One\"]}",
                                "clerk",
                                "clerk-demo")
                        .status())
                .isEqualTo(201);
        String name = "Casey Brooks " + code;
        screens.signIn("clerk", "clerk-demo");
        screens.open("governance/commissions.xhtml");
        assertThat(screens.driver().getPageSource())
                .contains("Home Builders Association of Charlotte", "US Green Building Council");
        screens.tab("Record a person");
        screens.type("tabs:person:name", name);
        screens.type("tabs:person:email", "casey@example.org");
        screens.click("tabs:person:submit");
        screens.waitForText(name + " recorded");
        screens.tab("Appoint");
        screens.choose("tabs:appoint:commission", "(" + code + ")");
        screens.typeNumber("tabs:appoint:seat", "1");
        screens.choose("tabs:appoint:person", name);
        screens.type("tabs:appoint:start_input", "2026-08-01");
        screens.click("page-title");
        screens.click("tabs:appoint:submit");
        screens.waitForText(name + " appointed to seat 1 of the " + code + " until 07/31/2029");
        screens.signOut();
    }

    @Test
    @DisplayName("109: the exam administrator enters a candidate")
    void examinerEntersACandidate() {
        screens.signIn("examiner", "examiner-demo");
        screens.open("licensing/candidates.xhtml");
        screens.type("tabs:enter:name", "Jamie Watts");
        screens.type("tabs:enter:email", "jamie.watts@example.org");
        screens.choose("tabs:enter:certificate", "Journeyman Electrician");
        screens.click("tabs:enter:submit");
        screens.waitForText("Jamie Watts entered for Journeyman Electrician");
        assertThat(screens.text("tabs:list:candidates")).contains("Jamie Watts");
        screens.signOut();
    }

    @Test
    @DisplayName(
            "the administrator closes a day on the settings screen; a permit technician sees it among the 2031 holidays,"
                    + " each with its rule in words")
    void countyHolidaysOnTheScreens() {
        screens.signIn("director", "director-demo");
        screens.open("admin/settings.xhtml");
        screens.type("holiday:name", "Winter closure (screen test)");
        screens.type("holiday:reason", "Board resolution");
        // typed without Escape, then a click elsewhere closes the picker's panel (as the clerk's appointment above)
        // typed the US way (ADR 0052)
        screens.type("holiday:date_input", "12/26/2031");
        screens.click("page-title");
        screens.click("holiday:add");
        screens.waitForText("12/26/2031 is a county holiday: Winter closure (screen test)");
        assertThat(screens.text("exceptions:list")).contains("Winter closure (screen test)");
        screens.signOut();

        screens.signIn("tech", "tech-demo");
        screens.open("calendar/holidays.xhtml");
        screens.type("year:year", "2031");
        screens.click("year:show");
        screens.waitForText("Winter closure (screen test)");
        assertThat(screens.text("holidays:list"))
                .contains("11/27/2031 Thursday Thanksgiving", "11/28/2031 Friday Day after Thanksgiving")
                .contains("fourth Thursday of November", "1 day after Thanksgiving")
                .doesNotContain("2031-11-27", "THURSDAY", "THANKSGIVING_2");
        // the rules in words, not their codes (ADR 0052)
        assertThat(screens.text("rules"))
                .contains("third Monday of January", "2 days before Easter Sunday", "The Monday after")
                .doesNotContain("NTH_WEEKDAY", "MLK_DAY", "FOLLOWING_WEEKDAY");
        assertThat(screens.driver().getPageSource()).doesNotContain("Adopt rule");
        screens.signOut();
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program, ledger: on the account screen a cashier refunds a payment typed by its number"
                    + " (#); another account's payment is refused naming the field, and nothing is posted")
    void refundByNumberOnTheAccountScreen() {
        SystemUnderTest system = SystemUnderTest.get();
        long mine = accountInCredit(system, "Refund Screen Electric");
        long other = accountInCredit(system, "Other Screen Electric");
        long myPayment = latestPayment(system, mine);
        long otherPayment = latestPayment(system, other);

        screens.signIn("tech", "tech-demo");
        screens.open("fees/account.xhtml?id=" + mine);
        screens.waitFor(By.id("balance"));
        assertThat(screens.text("payments")).contains("#" + myPayment);
        refund(Long.toString(otherPayment), "RF-OTHER-" + otherPayment);
        screens.waitForText("#" + otherPayment + " is not a payment of this account");
        assertThat(refunded(system, other))
                .as("nothing posted on the other account")
                .isEqualByComparingTo("0");
        assertThat(refunded(system, mine)).isEqualByComparingTo("0");

        refund(Long.toString(myPayment), "RF-MINE-" + myPayment);
        screens.waitForText("of payment #" + myPayment + " posted");
        assertThat(refunded(system, mine)).isEqualByComparingTo("10.00");
        assertThat(screens.text("payments")).contains("RF-MINE-" + myPayment);
        screens.signOut();
    }

    private static void refund(String payment, String reference) {
        screens.type("refund:payment", payment);
        screens.typeNumber("refund:amount", "10.00");
        screens.select("refund:method", "CHECK");
        screens.type("refund:reference", reference);
        screens.type("refund:reason", "overpaid");
        screens.click("refund:submit");
    }

    /** A firm's account after its permit fee was billed and paid with $50 more: $50 in credit. */
    private static long accountInCredit(SystemUnderTest system, String firm) {
        long permitId = Applications.application(system, firm, "ELECTRICAL", "Service upgrade", 2500);
        assertThat(system.postJson("api/v1/permits/" + permitId + "/issue", "", "tech", "tech-demo")
                        .status())
                .isEqualTo(200);
        long contractorId = system.get("api/v1/permits/" + permitId, "tech", "tech-demo")
                .json()
                .getJsonNumber("contractorId")
                .longValue();
        Instant until = Instant.now().plus(Applications.DELIVERY);
        while (true) {
            var account = system.get("api/v1/accounts", "tech", "tech-demo").jsonArray().stream()
                    .map(jakarta.json.JsonValue::asJsonObject)
                    .filter(a ->
                            a.get("contractorId") instanceof jakarta.json.JsonNumber n && n.longValue() == contractorId)
                    .filter(a -> a.getJsonNumber("balance").bigDecimalValue().signum() > 0)
                    .findFirst();
            if (account.isPresent()) {
                long id = account.get().getJsonNumber("id").longValue();
                String paid = account.get()
                        .getJsonNumber("balance")
                        .bigDecimalValue()
                        .add(new java.math.BigDecimal("50"))
                        .toPlainString();
                assertThat(system.postJson(
                                        "api/v1/accounts/" + id + "/payments",
                                        "{\"amount\":" + paid + ",\"method\":\"CHECK\",\"reference\":\"CK-" + id
                                                + "\"}",
                                        "tech",
                                        "tech-demo")
                                .status())
                        .isEqualTo(201);
                return id;
            }
            assertThat(Instant.now())
                    .as("the permit fee reaches the firm's account")
                    .isBefore(until);
            java.util.concurrent.locks.LockSupport.parkNanos(250_000_000L);
        }
    }

    private static long latestPayment(SystemUnderTest system, long account) {
        return system.get("api/v1/ledger/accounts/" + account + "/payments", "tech", "tech-demo")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("postingId")
                .longValue();
    }

    private static java.math.BigDecimal refunded(SystemUnderTest system, long account) {
        return system.get("api/v1/ledger/accounts/" + account + "/payments", "tech", "tech-demo")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("refunded")
                .bigDecimalValue();
    }
}
