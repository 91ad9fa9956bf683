package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The proctor's day (107.1.5 C; domain facts "Licensing examinations"): an exam administrator approves an extra time
 * before the session, opens the session's roster, checks a candidate in with a government photo ID (a mismatching name
 * refused first), sees the kiosk's access code, downloads the sign-in sheet and records notes in a reference book,
 * which goes to the licensing subcommittee. The session and the confirmed registration are inserted by SQL, as the
 * sessions part of the module would have made them.
 */
class ExamCheckInIT extends ScreenTest {

    private static final ZoneId COUNTY = ZoneId.of("America/New_York");

    private final SystemUnderTest system = SystemUnderTest.get();

    @AfterEach
    void resetClock() {
        system.resetClock();
    }

    /** Runs SQL that ends with a select of one value; answers that value. */
    private String sql(String statements) {
        String[] lines = system.devServer().runSql(statements).trim().split("\\R");
        return lines[lines.length - 1].trim();
    }

    @Test
    @DisplayName(
            "Licensing examinations: approve an extra time, check a candidate in (name mismatch refused), access code, sign-in sheet, notes in a reference book referred (107.1.5 C)")
    void proctorsDay() {
        String u = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        String name = "Ada Checkin " + u;
        LocalDate day = system.today().plusDays(10);
        long candidate = Long.parseLong(sql(
                "insert into lic_candidate (full_name, email, phone, certificate_type, entered_on, version) values ('"
                        + name + "', 'ada." + u.toLowerCase() + "@example.org', null, 'JOURNEYMAN-ELECTRICIAN', '"
                        + system.today() + "', 0); select last_insert_id();"));
        long application = Long.parseLong(sql(
                "insert into lic_application (candidate_id, certificate_type, applied_on, status, decided_on, eligible_until, "
                        + "version) values (" + candidate + ", 'JOURNEYMAN-ELECTRICIAN', '" + system.today()
                        + "', 'ELIGIBLE', '" + system.today() + "', '"
                        + system.today().plusDays(365) + "', 0); select last_insert_id();"));
        long session = Long.parseLong(sql(
                "insert into lic_exam_session (certificate_type, session_date, starts_at, site, room, seats, proctor, delegate, "
                        + "status, version) values ('JOURNEYMAN-ELECTRICIAN', '" + day
                        + "', '09:00:00', 'Hal Marshall Center', 'Room " + u + "', 10, "
                        + "'Pat Proctor', null, 'SCHEDULED', 0); select last_insert_id();"));
        long registration = Long.parseLong(sql(
                "insert into lic_registration (session_id, application_id, candidate_id, status, registered_on, version) "
                        + "values (" + session + ", " + application + ", " + candidate + ", 'CONFIRMED', '"
                        + system.today() + "', 0); select last_insert_id();"));
        // a locked form with a question (check-in refuses a locked form without questions)
        sql(
                "insert into lic_form (certificate_type, code, status, version) values ('JOURNEYMAN-ELECTRICIAN', 'IT-"
                        + u + "', 'LOCKED', 0); "
                        + "set @f = last_insert_id(); "
                        + "insert into lic_item (certificate_type, code, version) values ('JOURNEYMAN-ELECTRICIAN', 'IT-"
                        + u + "-Q1', 0); "
                        + "set @i = last_insert_id(); "
                        + "insert into lic_item_version (item_id, number, stem, correct_option, content_area, author, status, administered, created_at) "
                        + "values (@i, 1, 'Check-in question', 'A', 'NEC 210 Branch circuits', 'it', 'ACTIVE', false, now()); "
                        + "insert into lic_form_item (form_id, position, item_version_id) values (@f, 1, last_insert_id()); select @f;");

        // the day of the session, ten minutes before its start
        system.setClock(day.atTime(8, 50).atZone(COUNTY).toInstant().toString());

        HttpResult requested = system.postJson(
                "api/v1/licensing/accommodations",
                "{\"registrationId\":" + registration
                        + ",\"kind\":\"EXTRA_TIME\",\"extraMinutes\":30,\"description\":\"Dyslexia " + u
                        + "\",\"documentReference\":\"Letter of Dr. Smith\"}",
                "examiner",
                "examiner-demo");
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);

        screens.signIn("examiner", "examiner-demo");
        assertThat(screens.menuItems()).contains("Check-in and roster", "Accommodations", "Irregularities");
        screens.open("licensing/accommodations.xhtml");
        screens.waitForText("Dyslexia " + u);
        String approve = screens.driver()
                .findElement(By.xpath("//tr[contains(., 'Dyslexia " + u + "')]//button[contains(@id, ':approve')]"))
                .getAttribute("id");
        screens.click(approve);
        screens.waitForText("Approved: Extra time +30 min for " + name);
        assertThat(sql("select extra_minutes from lic_registration where id = " + registration))
                .isEqualTo("30");

        screens.open("licensing/check-in.xhtml?session=" + session);
        assertThat(screens.text("roster:lines:0:accommodations")).contains("Extra time +30 min");
        assertThat(screens.text("roster:lines:0:status")).isEqualTo("Confirmed");
        assertThat(screens.text("roster:late")).contains("admitted until 9:15 AM");

        screens.click("roster:lines:0:checkIn");
        screens.select("roster:idKind", "DRIVER_LICENCE");
        screens.type("roster:lastDigits", "4821");
        screens.type("roster:nameOnDocument", "Ada King");
        screens.click("roster:confirmCheckIn");
        screens.waitForText("matching the registered name exactly");
        assertThat(sql("select status from lic_registration where id = " + registration))
                .isEqualTo("CONFIRMED");

        screens.type("roster:nameOnDocument", name.toUpperCase());
        screens.click("roster:confirmCheckIn");
        screens.waitForText("checked in: access code");
        String code = screens.text("accessCode");
        assertThat(code).matches("[ACDEFGHJKMNPQRTUVWXY34679]{8}");
        assertThat(screens.text("roster:lines:0:status")).isEqualTo("Checked in");
        assertThat(screens.text("roster:lines:0:code")).isEqualTo(code);
        assertThat(sql("select access_code from lic_registration where id = " + registration))
                .isEqualTo(code);

        String href = screens.driver().findElement(By.id("roster:rosterPdf")).getAttribute("href");
        List<String> pdf = screens.download(href);
        assertThat(pdf.get(0)).isEqualTo("200");
        assertThat(pdf.get(1)).startsWith("application/pdf");
        assertThat(pdf.get(2)).startsWith("%PDF-");

        screens.select("roster:irregularityCandidate", String.valueOf(registration));
        screens.select("roster:irregularityKind", "NOTES_IN_REFERENCE_BOOK");
        screens.type("roster:irregularityDescription", "Handwritten notes in the NEC margins " + u);
        screens.click("roster:recordIrregularity");
        screens.waitForText("referred to the licensing subcommittee");

        screens.open("licensing/irregularities.xhtml");
        screens.waitForText("Handwritten notes in the NEC margins " + u);
        assertThat(screens.driver()
                        .findElement(By.xpath("//tr[contains(., 'NEC margins " + u + "')]"))
                        .getText())
                .contains("Notes written into a reference book", "Invalidated", "awaiting decision");

        HttpResult checkIn =
                system.get("api/v1/licensing/check-in/registrations/" + registration, "examiner", "examiner-demo");
        assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(200);
        assertThat(checkIn.json().getString("accessCode")).isEqualTo(code);
        assertThat(checkIn.json().getString("idLastDigits")).isEqualTo("4821");
        HttpResult asDelegate =
                system.get("api/v1/licensing/check-in/sessions/" + session + "/roster", "delegate", "delegate-demo");
        assertThat(asDelegate.status()).as(asDelegate.toString()).isEqualTo(403);
        screens.signOut();
    }
}
