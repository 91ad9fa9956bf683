package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The exam administrator reads the item statistics of an administration on the statistics screen (107.1.5 C). The
 * administration is inserted by SQL, as delivery and scoring would have recorded it: the 6-candidate, 4-item matrix
 * whose p-values, corrected point-biserials and KR-20 were computed by hand (ItemAnalysisTest), plus a seventh candidate
 * whose result was invalidated (left out).
 */
class ExamStatisticsIT extends ScreenTest {

    private static final SystemUnderTest system = SystemUnderTest.get();
    private static final String FORM = "IT-STATS";
    private static long session;

    @BeforeAll
    static void administration() {
        String day = system.today().minusDays(10).toString();
        StringBuilder sql = new StringBuilder();
        sql.append("insert into lic_form (certificate_type, code, status, version) values ('HOMEOWNER-ELECTRICAL', '"
                + FORM + "', 'LOCKED', 0);\n");
        sql.append("set @form = last_insert_id();\n");
        String keys = "ABCD";
        for (int j = 1; j <= 4; j++) {
            sql.append("insert into lic_item (certificate_type, code, version) values ('HOMEOWNER-ELECTRICAL', '" + FORM
                    + "-Q" + j + "', 0);\n");
            sql.append(
                    "insert into lic_item_version (item_id, number, stem, correct_option, content_area, author, status, administered, created_at)"
                            + " values (last_insert_id(), 1, 'Confidential stem " + j + "', '" + keys.charAt(j - 1)
                            + "', 'NEC 210 Branch circuits', 'it', 'ACTIVE', true, now());\n");
            sql.append("set @v" + j + " = last_insert_id();\n");
            for (char o = 'A'; o <= 'D'; o++) {
                sql.append("insert into lic_item_option (item_version_id, label, text) values (@v" + j + ", '" + o
                        + "', 'Option " + o + "');\n");
            }
            sql.append("insert into lic_form_item (form_id, position, item_version_id) values (@form, " + j + ", @v" + j
                    + ");\n");
        }
        sql.append(
                "insert into lic_exam_session (certificate_type, session_date, starts_at, site, room, seats, proctor, status, version)"
                        + " values ('HOMEOWNER-ELECTRICAL', '" + day
                        + "', '09:00:00', 'Hal Marshall Center', 'Room IT', 10, 'Proctor', 'HELD', 0);\n");
        sql.append("set @session = last_insert_id();\n");
        String[] rows = {"ABCA", "ABCA", "ABCB", "ABAD", "ACAD", "B-D-", "ABCD"};
        for (int c = 0; c < rows.length; c++) {
            sql.append(
                    "insert into lic_candidate (full_name, email, certificate_type, entered_on, version) values ('IT candidate "
                            + c + "', 'it" + c + "@example.org', 'HOMEOWNER-ELECTRICAL', '" + day + "', 0);\n");
            sql.append("set @cand = last_insert_id();\n");
            sql.append(
                    "insert into lic_application (candidate_id, certificate_type, applied_on, status, version) values (@cand,"
                            + " 'HOMEOWNER-ELECTRICAL', '" + day + "', 'ELIGIBLE', 0);\n");
            sql.append(
                    "insert into lic_registration (session_id, application_id, candidate_id, status, registered_on, form_id, version)"
                            + " values (@session, last_insert_id(), @cand, 'COMPLETED', '" + day + "', @form, 0);\n");
            sql.append(
                    "insert into lic_attempt (registration_id, form_id, mode, allowed_seconds, status, version) values (last_insert_id(), @form,"
                            + " 'SCREEN', 7200, 'SUBMITTED', 0);\n");
            sql.append("set @att = last_insert_id();\n");
            for (int j = 1; j <= 4; j++) {
                char l = rows[c].charAt(j - 1);
                if (l != '-') {
                    sql.append("insert into lic_response (attempt_id, position, item_version_id, chosen) values (@att, "
                            + j + ", @v" + j + ", '" + l + "');\n");
                }
            }
            sql.append(
                    "insert into lic_result (attempt_id, candidate_id, certificate_type, form_id, taken_on, raw_score, item_count, percent,"
                            + " cut_score_percent, passed, status, reason, recorded_by, recorded_at) values (@att, @cand, 'HOMEOWNER-ELECTRICAL', @form, '"
                            + day
                            + "', 0, 4, 0, 72, false, '" + (c == 6 ? "INVALIDATED" : "VALID")
                            + "', 'it', 'it', now());\n");
        }
        sql.append("select @session;\n");
        String out = system.devServer().runSql(sql.toString());
        List<String> lines = out.lines().toList();
        session = Long.parseLong(lines.get(lines.size() - 1).trim());
    }

    @Test
    @DisplayName(
            "107.1.5 C: the examiner sees the administration's p-values, corrected point-biserials, KR-20 0.4242 and a flag, and downloads the item table as CSV")
    void examinerReadsTheStatistics() {
        screens.signIn("examiner", "examiner-demo");
        screens.open("licensing/statistics.xhtml");
        screens.select("stats:type", "HOMEOWNER-ELECTRICAL");
        screens.waitForText(FORM + " (4 items");
        screens.select("stats:form", FORM);
        screens.waitForText("Room IT");
        screens.select("stats:session", String.valueOf(session));
        screens.click("stats:show");
        screens.waitForText("session of " + Screens.us(system.today().minusDays(10)));
        assertThat(screens.text("stats:candidates")).isEqualTo("6");
        assertThat(screens.text("stats:kr20")).isEqualTo("0.4242");
        assertThat(screens.text("stats:sem")).isEqualTo("0.8389");
        assertThat(screens.text("stats:mean")).isEqualTo("2.3333");
        assertThat(screens.text("stats:table:0:p")).isEqualTo("0.8333");
        assertThat(screens.text("stats:table:1:p")).isEqualTo("0.6667");
        assertThat(screens.text("stats:table:0:r")).isEqualTo("0.8783");
        assertThat(screens.text("stats:table:3:r")).isEqualTo("-0.3062");
        assertThat(screens.text("stats:table:3:flags")).isEqualTo("discrimination below 0.00");
        assertThat(screens.driver().getPageSource()).doesNotContain("Confidential stem");

        String href = screens.driver()
                .findElement(org.openqa.selenium.By.id("stats:csv"))
                .getAttribute("href");
        List<String> csv = screens.download(href);
        assertThat(csv.get(0)).isEqualTo("200");
        assertThat(csv.get(1)).startsWith("text/csv");
        List<String> lines = csv.get(2).lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0))
                .startsWith("position,item,version,item_version_id,content_area,key,n,right,p,discrimination,share_A");
        assertThat(lines.get(1)).startsWith("1," + FORM + "-Q1,1,").contains(",A,6,5,0.8333,0.8783,");
        screens.signOut();
    }

    @Test
    @DisplayName(
            "107.1.5 C: the REST API gives the same numbers to the examiner, refuses a permit technician, and names the field of bad input")
    void restApi() {
        HttpResult ok = system.get(
                "api/v1/licensing/statistics?form=" + FORM + "&session=" + session, "examiner", "examiner-demo");
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().getJsonNumber("kr20").doubleValue()).isEqualTo(0.4242);
        assertThat(ok.json().getInt("candidates")).isEqualTo(6);
        assertThat(system.get("api/v1/licensing/statistics?form=" + FORM, "tech", "tech-demo")
                        .status())
                .isEqualTo(403);
        HttpResult bad =
                system.get("api/v1/licensing/statistics?form=" + FORM + "&from=yesterday", "examiner", "examiner-demo");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.toString()).contains("from");
    }
}
