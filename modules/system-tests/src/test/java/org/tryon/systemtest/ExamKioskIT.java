package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The candidate's kiosk in a real Chromium against a running Tryon (106): a checked-in candidate (rows of other parts
 * of licensing inserted by SQL) enters the access code, confirms their name, answers some questions; the browser is
 * closed and a new Chromium opened (a real restart); with the code again the answers are still there and less time
 * is left (the server's clock kept running); the candidate finishes, submits, sees the result and downloads the score
 * report.
 */
class ExamKioskIT extends ScreenTest {

    static final String CODE = "KIOSKIT7";
    static final String NAME = "Kim Kiosk";
    /** The key of position p (1-based) is KEYS.charAt(p - 1). */
    static final String KEYS = "BCDABCDABCDABCDABCDABCDAB";

    @BeforeAll
    static void checkedInCandidate() {
        SystemUnderTest system = SystemUnderTest.get();
        LocalDate today = system.today();
        StringBuilder sql = new StringBuilder();
        sql.append(
                "insert into lic_form (certificate_type, code, status, version) values ('HOMEOWNER-ELECTRICAL', 'KIOSK-IT', 'LOCKED', 0);");
        sql.append("set @f = last_insert_id();");
        String[] areas = {"NEC 210 Branch circuits", "NEC 250 Grounding and bonding", "NEC 310 Conductors"};
        for (int p = 1; p <= 25; p++) {
            sql.append(
                            "insert into lic_item (certificate_type, code, version) values ('HOMEOWNER-ELECTRICAL', 'KIOSK-IT-")
                    .append(p)
                    .append("', 0);");
            sql.append("set @i = last_insert_id();");
            sql.append(
                            "insert into lic_item_version (item_id, number, stem, correct_option, content_area, reference, author, status, administered,"
                                    + " created_at) values (@i, 1, 'Kiosk question ")
                    .append(p)
                    .append(": which option is right?', '")
                    .append(KEYS.charAt(p - 1))
                    .append("', '")
                    .append(areas[p % 3])
                    .append("', 'NEC', 'it', 'ACTIVE', true, now());");
            sql.append("set @v = last_insert_id();");
            for (char l : "ABCD".toCharArray()) {
                sql.append("insert into lic_item_option (item_version_id, label, text) values (@v, '")
                        .append(l)
                        .append("', 'Answer ")
                        .append(l)
                        .append("');");
            }
            sql.append("insert into lic_form_item (form_id, position, item_version_id) values (@f, ")
                    .append(p)
                    .append(", @v);");
        }
        sql.append(
                        "insert into lic_candidate (full_name, email, phone, certificate_type, entered_on, version) values ('")
                .append(NAME)
                .append("', 'kim.kiosk@example.org', null, 'HOMEOWNER-ELECTRICAL', '")
                .append(today.minusDays(40))
                .append("', 0);");
        sql.append("set @c = last_insert_id();");
        sql.append(
                        "insert into lic_application (candidate_id, certificate_type, applied_on, status, decided_on, eligible_until, version)"
                                + " values (@c, 'HOMEOWNER-ELECTRICAL', '")
                .append(today.minusDays(30))
                .append("', 'ELIGIBLE', '")
                .append(today.minusDays(30))
                .append("', '")
                .append(today.plusDays(300))
                .append("', 0);");
        sql.append("set @a = last_insert_id();");
        sql.append(
                        "insert into lic_exam_session (certificate_type, session_date, starts_at, site, room, seats, proctor, delegate, status, version)"
                                + " values ('HOMEOWNER-ELECTRICAL', '")
                .append(today)
                .append("', '09:00:00', 'Hal Marshall Center', '101', 10, 'P. Proctor', null," + " 'SCHEDULED', 0);");
        sql.append("set @s = last_insert_id();");
        sql.append(
                        "insert into lic_registration (session_id, application_id, candidate_id, status, registered_on, form_id, extra_minutes,"
                                + " access_code, checked_in_at, version) values (@s, @a, @c, 'CHECKED_IN', '")
                .append(today.minusDays(20))
                .append("', @f, 0, '")
                .append(CODE)
                .append("', now(), 0);");
        system.devServer().runSql(sql.toString());
    }

    private void enterCode() {
        browser.go("public/exam-kiosk.xhtml");
        screens.type("kiosk:code", CODE.toLowerCase());
        screens.click("kiosk:enter");
    }

    private void answer(int position) {
        if (!screens.text("questionNumber").startsWith("Question " + position + " ")) {
            WebElement link = screens.wait(10)
                    .until(ExpectedConditions.elementToBeClickable(
                            By.xpath("//div[contains(@class,'kiosk-nav')]//a[normalize-space(.)='" + position + "']")));
            link.click();
            screens.wait(10)
                    .until(d ->
                            d.findElement(By.id("questionNumber")).getText().startsWith("Question " + position + " "));
        }
        int before = Integer.parseInt(screens.text("kiosk:answeredCount"));
        int index = "ABCD".indexOf(KEYS.charAt(position - 1));
        WebElement label = screens.wait(10)
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("label[for='kiosk:choice:" + index + "']")));
        label.click();
        // the Ajax save answers with the new count
        screens.wait(10)
                .until(d ->
                        d.findElement(By.id("kiosk:answeredCount")).getText().equals(String.valueOf(before + 1)));
    }

    private long remaining() {
        return Long.parseLong(screens.waitFor(By.id("countdown")).getAttribute("data-remaining"));
    }

    @Test
    @DisplayName(
            "106: the kiosk saves each answer; after a browser restart the candidate resumes with the answers and less time, submits and gets the score report")
    void takeTheExamThroughARestart() throws Exception {
        enterCode();
        assertThat(screens.text("candidateName")).isEqualTo(NAME);
        assertThat(screens.text("codeBook")).contains("code book is supplied");
        screens.click("kiosk:confirm");
        screens.waitFor(By.id("countdown"));
        long before = remaining();
        assertThat(before).isBetween(119L * 60, 120L * 60);
        answer(1);
        answer(2);
        answer(3);

        // a real restart: this Chromium is closed and a new one (a new profile, no cookies) is opened
        browser.close();
        Thread.sleep(2000);
        browser = Browser.open();
        screens = new Screens(browser);

        enterCode();
        screens.waitFor(By.id("countdown"));
        assertThat(screens.text("examCandidate")).isEqualTo(NAME);
        assertThat(screens.text("kiosk:answeredCount")).isEqualTo("3");
        assertThat(browser.driver().findElements(By.cssSelector(".kiosk-nav a.kiosk-answered")))
                .hasSize(3);
        assertThat(remaining())
                .as("the server's clock kept running through the restart")
                .isLessThan(before);

        for (int p = 4; p <= 18; p++) {
            answer(p);
        }
        screens.click("kiosk:submit");
        screens.confirm();
        String result = screens.text("result");
        assertThat(result)
                .contains("PASS")
                .contains("18 of 25")
                .contains("72.00 %")
                .contains("72.00 %");

        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].click()", screens.waitFor(By.id("scoreReport")));
        Path pdf = browser.awaitDownload(".pdf", 30);
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");

        SystemUnderTest system = SystemUnderTest.get();
        assertThat(system.devServer().runSql("select status from lic_registration where access_code = '" + CODE + "'"))
                .contains("COMPLETED");
        assertThat(system.devServer()
                        .runSql("select count(*) from lic_result r join lic_attempt a on a.id = r.attempt_id"
                                + " join lic_registration g on g.id = a.registration_id where g.access_code = '" + CODE
                                + "' and r.status = 'VALID' and r.raw_score = 18"))
                .contains("1");
        HttpResult wrong = system.get("api/v1/public/exam-kiosk/NOSUCH99");
        assertThat(wrong.status()).isEqualTo(422);

        // the exam administrator's screens: the result in the list, its page with the history of rows
        screens.signIn("examiner", "examiner-demo");
        screens.open("licensing/results.xhtml");
        screens.waitForText(NAME);
        screens.click("filter:results:0:open");
        assertThat(screens.text("outcome")).contains("PASS: 18 of 25").contains("72.00 %");
        assertThat(screens.text("result:history")).contains("Valid").contains("Scored on submission");
        screens.open("licensing/answer-sheets.xhtml");
        assertThat(screens.title()).isEqualTo("Paper answer sheets");
        screens.open("licensing/results-challenges.xhtml");
        assertThat(screens.title()).isEqualTo("Item challenges and score appeals");
    }
}
