package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The tamper check of issue 18 (ADR 0055) against a running Tryon: a ledger posting (a payment) and an exam result (a
 * kiosk exam, its candidate's earlier steps inserted by SQL as ExamKioskIT does) are written through the REST API and
 * verify intact; an UPDATE made directly in MariaDB on the posting's amount (past the ledger's append-only trigger,
 * lifted and put back as a DBA could) and one on the result's score and pass flag are each named by {@code GET
 * /api/v1/audit/verification}, by {@code deploy/verify-audit.sh} (exit 1) and on the director's audit screen; both
 * rows are put back as they were at the end, and the check is clean for them again.
 */
class AuditChainIT extends ScreenTest {

    private static final SystemUnderTest system = SystemUnderTest.get();
    private static final String CODE = "AUDITIT7";
    private static final String KEYS = "BCDAB";

    @BeforeAll
    static void checkedInCandidate() {
        LocalDate today = system.today();
        StringBuilder sql = new StringBuilder();
        sql.append("insert into lic_form (certificate_type, code, status, version) values ('HOMEOWNER-ELECTRICAL',"
                + " 'AUDIT-IT', 'LOCKED', 0);");
        sql.append("set @f = last_insert_id();");
        for (int p = 1; p <= KEYS.length(); p++) {
            sql.append("insert into lic_item (certificate_type, code, version) values ('HOMEOWNER-ELECTRICAL',"
                    + " 'AUDIT-IT-" + p + "', 0);");
            sql.append("insert into lic_item_version (item_id, number, stem, correct_option, content_area, reference,"
                    + " author, status, administered, created_at) values (last_insert_id(), 1, 'Audit question " + p
                    + "', '" + KEYS.charAt(p - 1)
                    + "', 'NEC 210 Branch circuits', 'NEC', 'it', 'ACTIVE', true, now());");
            sql.append("set @v = last_insert_id();");
            for (char l : "ABCD".toCharArray()) {
                sql.append("insert into lic_item_option (item_version_id, label, text) values (@v, '" + l
                        + "', 'Answer " + l + "');");
            }
            sql.append("insert into lic_form_item (form_id, position, item_version_id) values (@f, " + p + ", @v);");
        }
        sql.append("insert into lic_candidate (full_name, email, phone, certificate_type, entered_on, version) values"
                + " ('Avery Audit', 'avery.audit@example.org', null, 'HOMEOWNER-ELECTRICAL', '" + today.minusDays(40)
                + "', 0);");
        sql.append("set @c = last_insert_id();");
        sql.append("insert into lic_application (candidate_id, certificate_type, applied_on, status, decided_on,"
                + " eligible_until, version) values (@c, 'HOMEOWNER-ELECTRICAL', '" + today.minusDays(30)
                + "', 'ELIGIBLE', '" + today.minusDays(30) + "', '" + today.plusDays(300) + "', 0);");
        sql.append("set @a = last_insert_id();");
        sql.append("insert into lic_exam_session (certificate_type, session_date, starts_at, site, room, seats,"
                + " proctor, delegate, status, version) values ('HOMEOWNER-ELECTRICAL', '" + today
                + "', '09:00:00', 'Hal Marshall Center', 'Audit', 10, 'P. Proctor', null, 'SCHEDULED', 0);");
        sql.append("set @s = last_insert_id();");
        sql.append("insert into lic_registration (session_id, application_id, candidate_id, status, registered_on,"
                + " form_id, extra_minutes, access_code, checked_in_at, version) values (@s, @a, @c, 'CHECKED_IN', '"
                + today.minusDays(20) + "', @f, 0, '" + CODE + "', now(), 0);");
        system.devServer().runSql(sql.toString());
    }

    private static String sql(String statements) {
        String[] lines = system.devServer().runSql(statements).trim().split("\\R");
        return lines[lines.length - 1].trim();
    }

    /** A change made in MariaDB by someone who lifts the ledger's append-only trigger first, and puts it back. */
    private static void behindTryonsBack(String statement) {
        system.devServer()
                .runSql("drop trigger fees_posting_line_no_update;\n" + statement + ";\n"
                        + "create trigger fees_posting_line_no_update before update on fees_posting_line for each row"
                        + " signal sqlstate '45000' set message_text = 'fees_posting_line is append-only';\n");
    }

    private static JsonObject verification() {
        HttpResult r = system.get("api/v1/audit/verification", "director", "director-demo");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    /** The findings of a chain, by the id of the record they name. */
    private static Map<Long, List<JsonObject>> findings(JsonObject report, String chain) {
        return report.getJsonArray("chains").getValuesAs(JsonObject.class).stream()
                .filter(c -> chain.equals(c.getString("chain")))
                .flatMap(c -> c.getJsonArray("findings").getValuesAs(JsonObject.class).stream())
                .filter(f -> f.containsKey("recordId") && !f.isNull("recordId"))
                .collect(Collectors.groupingBy(f -> f.getJsonNumber("recordId").longValue()));
    }

    @Test
    @DisplayName("issue 18 audit, 107.1.5 C.2: a direct UPDATE in MariaDB of a ledger amount and of an exam score is"
            + " named by the tamper check (REST and the director's screen); Tryon's own writes verify intact")
    void directUpdatesAreNamed() throws Exception {
        // a ledger posting through the REST API: a payment on a demo contractor's account
        JsonObject account =
                system.awaitAccount(a -> a.getString("code").startsWith("CONTRACTOR-"), Duration.ofSeconds(60));
        long accountId = account.getJsonNumber("id").longValue();
        String reference = "AUDIT-" + Applications.unique();
        HttpResult paid = system.postJson(
                "api/v1/accounts/" + accountId + "/payments",
                "{\"amount\":125.00,\"method\":\"CHECK\",\"reference\":\"" + reference + "\"}",
                "tech",
                "tech-demo");
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        long posting = Long.parseLong(sql(
                "select id from fees_posting where cause_type = 'payment' and cause_id = 'CHECK:" + reference + "'"));
        long cashLine = Long.parseLong(
                sql("select id from fees_posting_line where posting_id = " + posting + " and amount > 0"));

        // an exam result through the REST API: the candidate's kiosk exam, four of five right
        assertThat(system.postJson("api/v1/public/exam-kiosk/" + CODE + "/start", "", null, null)
                        .status())
                .isEqualTo(200);
        for (int p = 1; p <= KEYS.length(); p++) {
            char choice = p == 5 ? 'A' : KEYS.charAt(p - 1);
            HttpResult answered = system.postJson(
                    "api/v1/public/exam-kiosk/" + CODE + "/answers/" + p + "?choice=" + choice, "", null, null);
            assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        }
        HttpResult submitted = system.postJson("api/v1/public/exam-kiosk/" + CODE + "/submission", "", null, null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        JsonObject result = submitted.json().getJsonObject("result");
        long resultId = result.getJsonNumber("id").longValue();
        assertThat(result.getInt("rawScore")).isEqualTo(4);
        assertThat(result.getBoolean("passed")).isTrue();

        // both verify intact; whatever else is found was added by other tests' SQL fixtures, never changed
        JsonObject clean = verification();
        assertThat(findings(clean, "ledger")).doesNotContainKey(posting);
        assertThat(findings(clean, "exam-results")).doesNotContainKey(resultId);
        assertThat(clean.getJsonArray("chains").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("chain"))
                .containsExactly("exam-results", "ledger");
        assertThat(clean.getJsonArray("chains").getValuesAs(JsonObject.class).stream()
                        .flatMap(c -> c.getJsonArray("findings").getValuesAs(JsonObject.class).stream())
                        .map(f -> f.getString("kind")))
                .as("before the UPDATEs nothing was changed or removed")
                .allMatch("ADDED"::equals);
        assertThat(system.get("api/v1/audit/verification", "tech", "tech-demo").status())
                .isEqualTo(403);

        // the UPDATEs made directly in MariaDB
        behindTryonsBack("update fees_posting_line set amount = 12.50 where id = " + cashLine);
        sql("update lic_result set raw_score = 2, percent = 40.00, passed = false where id = " + resultId);
        try {
            JsonObject broken = verification();
            assertThat(broken.getBoolean("intact")).isFalse();
            assertThat(findings(broken, "ledger").get(posting)).singleElement().satisfies(f -> {
                assertThat(f.getString("kind")).isEqualTo("EDITED");
                assertThat(f.getString("label")).startsWith("Ledger posting " + posting + ": PAYMENT $12.50");
                JsonObject change = f.getJsonArray("changes").getJsonObject(0);
                assertThat(change.getString("field")).isEqualTo("line " + cashLine);
                assertThat(change.getString("chained")).endsWith("amount 125.00");
                assertThat(change.getString("now")).endsWith("amount 12.50");
            });
            assertThat(findings(broken, "exam-results").get(resultId))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.getString("kind")).isEqualTo("EDITED");
                        assertThat(f.getString("label")).startsWith("Exam result " + resultId + " of Avery Audit");
                        assertThat(f.getString("message"))
                                .contains("raw score was 4, is now 2")
                                .contains("passed was yes, is now no");
                    });

            // the command of deploy/ says the same and exits non-zero
            Process command = new ProcessBuilder(
                            "bash", "../../deploy/verify-audit.sh", "--url", system.baseUrl(), "--user", "director")
                    .redirectErrorStream(true)
                    .start();
            String printed = new String(command.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(command.waitFor()).as(printed).isEqualTo(1);
            assertThat(printed)
                    .contains("break(s) found")
                    .contains("Ledger posting " + posting + ": PAYMENT $12.50")
                    .contains("raw score: chained 4, now 2");

            // the director's screen shows both
            screens.signIn("director", "director-demo");
            screens.open("admin/audit.xhtml");
            screens.waitForText("break(s) found");
            String page = screens.driver().getPageSource();
            assertThat(page)
                    .contains("Ledger posting " + posting + ": PAYMENT $12.50")
                    .contains("chained <strong>account ")
                    .contains("Exam result " + resultId + " of Avery Audit")
                    .contains("raw score: chained <strong>4</strong>, now <strong>2</strong>");
            assertThat(screens.menuItems()).contains("Audit verification");
            screens.signOut();
        } finally {
            // put the rows back as they were, so the chains read clean for them again
            behindTryonsBack("update fees_posting_line set amount = 125.00 where id = " + cashLine);
            sql("update lic_result set raw_score = 4, percent = 80.00, passed = true where id = " + resultId);
        }
        JsonObject restored = verification();
        assertThat(findings(restored, "ledger")).doesNotContainKey(posting);
        assertThat(findings(restored, "exam-results")).doesNotContainKey(resultId);
    }
}
