package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Eligibility for a licensing examination (106; ADR 0033): the exam administrator enters an application with two overlapping
 * jobs, verifies them, decides, sees the arithmetic and opens the letter; a candidate applies on the public page and sees the
 * status; bad input is refused as problem+json naming the field and the rule.
 */
class ExamEligibilityIT extends ScreenTest {

    private final SystemUnderTest system = SystemUnderTest.get();

    @Test
    @DisplayName(
            "106: the examiner enters an application with two overlapping jobs (48 merged months), verifies them, decides eligible, "
                    + "sees the arithmetic and opens the decision letter")
    void examinerDecidesEligibleWithOverlappingJobs() {
        LocalDate today = system.today();
        LocalDate start = today.minusYears(5).withDayOfMonth(1);
        String name = "Evan Ampere " + System.nanoTime();

        screens.signIn("examiner", "examiner-demo");
        screens.open("licensing/applications.xhtml");
        screens.type("enter:fullName", name);
        screens.type("enter:mailingAddress", "42 Circuit Ave, Charlotte, NC 28205");
        screens.type("enter:email", "evan" + System.nanoTime() + "@example.org");
        screens.type("enter:phone", "704-555-0123");
        screens.select("enter:certificateType", "JOURNEYMAN-ELECTRICIAN");
        screens.type("enter:dateOfBirth", "1992-04-02");
        screens.click("enter:submit");
        screens.waitForText("entered");
        assertThat(screens.text("app:status")).isEqualTo("Submitted");

        addJob(
                "Queen City Electric",
                "Luis Moreno",
                "JE-40417",
                start,
                start.plusMonths(30).minusDays(1));
        addJob(
                "Piedmont Power Services",
                "Grace Kim",
                "U.12345",
                start.plusMonths(24),
                start.plusMonths(48).minusDays(1));
        assertThat(screens.text("monthsCounted")).isEqualTo("0");

        screens.click("app:experience:0:verify");
        screens.waitForText("Verified");
        screens.click("app:experience:1:verify");
        screens.wait(20)
                .until(d -> d.findElements(By.id("app:experience:1:verify")).isEmpty());
        assertThat(screens.text("monthsCounted")).isEqualTo("48");
        assertThat(screens.text("monthsRequired")).isEqualTo("48");
        assertThat(screens.driver().getPageSource())
                .contains(Screens.us(start) + " to "
                        + Screens.us(start.plusMonths(48).minusDays(1)));

        screens.click("app:decide");
        screens.wait(20)
                .until(d -> "Eligible".equals(d.findElement(By.id("app:status")).getText()));
        assertThat(screens.text("summary"))
                .contains("48 months of verified supervised training counted, 48 required (106): eligible");
        assertThat(screens.text("app:eligibleUntil")).isEqualTo(Screens.us(today.plusDays(365)));

        String href = screens.waitFor(By.id("app:letter")).getAttribute("href");
        List<String> letter = screens.download(href);
        assertThat(letter.get(0)).isEqualTo("200");
        assertThat(letter.get(1)).startsWith("application/pdf");
        assertThat(letter.get(2)).startsWith("%PDF-");
        screens.signOut();
    }

    private void addJob(String employer, String supervisor, String license, LocalDate from, LocalDate to) {
        screens.type("job:employer", employer);
        screens.type("job:supervisor", supervisor);
        screens.type("job:license", license);
        screens.type("job:hours", "40");
        screens.type("job:to", to.toString());
        screens.type("job:from", from.toString());
        screens.click("job:add");
        screens.waitForText(employer);
    }

    @Test
    @DisplayName(
            "106, 108.8 C: a candidate applies for the homeowner test on the public page, is eligible at once and sees the status; "
                    + "a wrong e-mail shows nothing")
    void candidateAppliesPubliclyAndSeesStatus() {
        String email = "hana" + System.nanoTime() + "@example.org";
        browser.driver().manage().deleteAllCookies();
        screens.open("public/exam-apply.xhtml");
        screens.select("apply:certificateType", "HOMEOWNER-ELECTRICAL");
        screens.type("apply:fullName", "Hana Homeowner");
        screens.type("apply:mailingAddress", "7 Maple Ln, Huntersville, NC 28078");
        screens.type("apply:email", email);
        screens.type("apply:dateOfBirth", "1980-06-15");
        screens.click("apply:submit");
        screens.waitForText("Your reference");
        String reference = screens.text("reference");
        assertThat(reference).matches("EX-[A-Z2-9]{10}");

        screens.open("public/exam-status.xhtml");
        screens.type("status:reference", reference);
        screens.type("status:email", "someone-else@example.org");
        screens.click("status:look");
        screens.waitForText("There is no exam application");

        screens.type("status:email", email);
        screens.click("status:look");
        screens.wait(20).until(d -> !d.findElements(By.id("applicationStatus")).isEmpty());
        assertThat(screens.text("applicationStatus")).isEqualTo("Eligible");
        assertThat(screens.driver().getPageSource())
                .contains("No session scheduled")
                .contains("No results yet");
    }

    @Test
    @DisplayName(
            "106: bad input is refused as problem+json naming the field and the rule; a renewals-only type, a back-dated rule; the public "
                    + "status answers the same 404 to a wrong e-mail as to an unknown reference")
    void problems() {
        HttpResult missing = system.postJson(
                "api/v1/licensing/applications",
                "{\"fullName\":\"\",\"certificateType\":\"JOURNEYMAN-ELECTRICIAN\"}",
                "examiner",
                "examiner-demo");
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.header("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(missing.body()).contains("\"field\":\"dateOfBirth\"").contains("\"field\":\"fullName\"");

        String plumber =
                "{\"fullName\":\"Pip Pipe\",\"dateOfBirth\":\"1985-01-01\",\"mailingAddress\":\"1 Main St\",\"email\":\"pip"
                        + System.nanoTime() + "@example.org\",\"certificateType\":\"JOURNEYMAN-PLUMBER\"}";
        HttpResult renewal = system.postJson("api/v1/licensing/applications", plumber, "examiner", "examiner-demo");
        assertThat(renewal.status()).as(renewal.toString()).isEqualTo(422);
        assertThat(renewal.body()).contains("\"field\":\"certificateType\"").contains("106 renewal-only");

        String rule = "{\"certificateType\":\"JOURNEYMAN-ELECTRICIAN\",\"effectiveFrom\":\""
                + system.today().minusDays(1) + "\",\"questions\":50,"
                + "\"minutes\":240,\"cutScorePercent\":70,\"fee\":100,\"retakeWaitDays\":90,\"experienceMonths\":48,\"eligibilityValidDays\":365,"
                + "\"codeBookSupplied\":false,\"ceHours\":8,\"reason\":\"back-dated\"}";
        HttpResult backDated = system.postJson("api/v1/licensing/exam-rules", rule, "examiner", "examiner-demo");
        assertThat(backDated.status()).as(backDated.toString()).isEqualTo(422);
        assertThat(backDated.body()).contains("\"field\":\"effectiveFrom\"").contains("not-before-today");

        HttpResult applied = system.postJson(
                "api/v1/public/exam-applications",
                plumber.replace("JOURNEYMAN-PLUMBER", "JOURNEYMAN-ELECTRICIAN"),
                null,
                null);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        JsonObject receipt = applied.json();
        String reference = receipt.getString("reference");
        assertThat(applied.header("Location").orElse("")).endsWith("public/exam-applications/" + reference);
        String email = plumber.replaceAll(".*\"email\":\"([^\"]+)\".*", "$1");
        HttpResult mine = system.get("api/v1/public/exam-applications/" + reference + "?email=" + email);
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.json().getString("status")).isEqualTo("SUBMITTED");
        HttpResult wrong = system.get("api/v1/public/exam-applications/" + reference + "?email=eve@example.org");
        HttpResult unknown = system.get("api/v1/public/exam-applications/EX-AAAAAAAAAA?email=" + email);
        assertThat(wrong.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(wrong.json().getString("title")).isEqualTo(unknown.json().getString("title"));
    }
}
