package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Certificates (109) and the homeowner electrical test an owner's electrical permit needs (108.8 C), against a running
 * Tryon with its demo certificates: the public verification page and API without signing in, the certificates
 * screens, an owner's electrical permit refused without a certificate and issued with one, and a revocation by the
 * licensing subcommittee (107.1.5 C.2) that permitting then honours.
 */
class ExamCertificatesIT extends ScreenTest {

    private final SystemUnderTest system = SystemUnderTest.get();

    /** The number of {@code holder}'s demo homeowner electrical certificate (the demo data issues one to Jordan Reed and one to Linh Nguyen). */
    static String homeownerCertificateOf(SystemUnderTest system, String holder) {
        HttpResult found = system.get(
                "api/v1/licensing/certificates?type=HOMEOWNER-ELECTRICAL&name="
                        + URLEncoder.encode(holder, StandardCharsets.UTF_8),
                "examiner",
                "examiner-demo");
        if (found.status() != 200 || found.jsonArray().isEmpty()) {
            throw new AssertionError("no demo homeowner certificate of " + holder + ": " + found);
        }
        return found.jsonArray().getJsonObject(0).getString("number");
    }

    private static List<String> rules(HttpResult refusal) {
        return refusal.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("rule"))
                .toList();
    }

    @Test
    @DisplayName(
            "109: anyone verifies a certificate by its number without signing in, on the public page and by REST; nothing private is shown")
    void publicVerification() {
        HttpResult list =
                system.get("api/v1/licensing/certificates?type=JOURNEYMAN-ELECTRICIAN", "examiner", "examiner-demo");
        assertThat(list.status()).isEqualTo(200);
        JsonObject journeyman = list.jsonArray().getJsonObject(0);
        String number = journeyman.getString("number");
        assertThat(number).matches("JE-\\d{4}-\\d{4}");

        HttpResult verified = system.get("api/v1/public/certificates/" + number);
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().getString("status")).isEqualTo("VALID");
        assertThat(verified.json().getString("holderName")).isEqualTo(journeyman.getString("holderName"));
        assertThat(verified.json().containsKey("verificationCode"))
                .as("the code is not shown to the public")
                .isFalse();
        assertThat(system.get("api/v1/public/certificates/" + number + "?code="
                                + journeyman.getString("verificationCode"))
                        .json()
                        .getBoolean("codeMatches"))
                .isTrue();
        assertThat(system.get("api/v1/public/certificates/XX-1999-0001").status())
                .isEqualTo(404);
        assertThat(system.get("api/v1/licensing/certificates").status())
                .as("the staff list needs signing in")
                .isEqualTo(401);

        screens.open("public/certificate.xhtml?number=" + number);
        assertThat(screens.text("holder")).isEqualTo(journeyman.getString("holderName"));
        assertThat(screens.text("status")).isEqualTo("Valid");
        assertThat(browser.driver().getPageSource()).doesNotContain(journeyman.getString("verificationCode"));

        HttpResult pdf = system.get(
                "api/v1/licensing/certificates/" + journeyman.getJsonNumber("id") + "/certificate.pdf",
                "examiner",
                "examiner-demo");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");

        // the exam administrator's screens
        screens.signIn("examiner", "examiner-demo");
        screens.open("licensing/certificates.xhtml");
        screens.waitForText(number);
        screens.open("licensing/certificate.xhtml?id=" + journeyman.getJsonNumber("id"));
        assertThat(screens.text("certificate:status")).isEqualTo("Valid");
        screens.open("licensing/certificates-actions.xhtml");
        screens.waitForText(number);
        screens.open("licensing/delegations.xhtml");
        screens.waitForText("delegate");
    }

    @Test
    @DisplayName(
            "108.8 C: a homeowner's electrical permit is refused without a passed homeowner electrical test and issued with the owner's certificate")
    void homeownerElectricalPermit() {
        long house = Applications.approvedHouse(system, Applications.unique() + " Sharon Ln");
        String without = "{\"projectId\":" + house
                + ",\"trade\":\"ELECTRICAL\",\"homeownerName\":\"Jordan Reed\",\"homeownerPrimaryResidence\":true,"
                + "\"description\":\"Kitchen circuits\",\"constructionValue\":8500,\"complianceStatement\":true,\"statementBy\":\"Jordan Reed\"}";
        HttpResult applied = system.postJson("api/v1/permits", without, "tech", "tech-demo");
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        long refusedId = applied.json().getJsonNumber("id").longValue();
        HttpResult refused = system.postJson("api/v1/permits/" + refusedId + "/issue", "", "tech", "tech-demo");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(rules(refused)).containsExactly("108.8 C homeowner test");
        assertThat(refused.body()).contains("108.8 C");

        String certificate = homeownerCertificateOf(system, "Jordan Reed");
        HttpResult withCertificate = system.postJson(
                "api/v1/permits",
                without.replace("}", ",\"homeownerCertificateNumber\":\"" + certificate + "\"}"),
                "tech",
                "tech-demo");
        assertThat(withCertificate.status()).as(withCertificate.toString()).isEqualTo(201);
        HttpResult issued = system.postJson(
                "api/v1/permits/" + withCertificate.json().getJsonNumber("id") + "/issue", "", "tech", "tech-demo");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
    }

    @Test
    @DisplayName(
            "107.1.5 C.2, 108.8 C: the subcommittee revokes a homeowner certificate; the register shows it; permitting then refuses the owner's electrical permit")
    void revocationReachesPermitting() {
        String number = homeownerCertificateOf(system, "Linh Nguyen");
        long id = system.get("api/v1/licensing/certificates?number=" + number, "examiner", "examiner-demo")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        HttpResult project = system.postJson(
                "api/v1/projects",
                "{\"name\":\"Nguyen porch\",\"street\":\"" + Applications.unique()
                        + " Sharon Ln\",\"city\":\"Charlotte\",\"state\":\"NC\",\"zip\":\"28211\",\"pin\":\"181-102-33\",\"ownerName\":\"Linh Nguyen\","
                        + "\"ownerMailingAddress\":\"2210 Sharon Ln, Charlotte, NC 28211\",\"description\":\"Porch lights\",\"constructionValue\":1200,"
                        + "\"grossSquareFeet\":100,\"heightFeet\":10,\"occupancyGroup\":\"R_3\",\"dwelling\":\"SINGLE_FAMILY_DETACHED\",\"workType\":\"ALTERATION\"}",
                "tech",
                "tech-demo");
        assertThat(project.status()).as(project.toString()).isEqualTo(201);
        HttpResult applied = system.postJson(
                "api/v1/permits",
                "{\"projectId\":" + project.json().getJsonNumber("id") + ",\"trade\":\"ELECTRICAL\","
                        + "\"homeownerName\":\"Linh Nguyen\",\"homeownerPrimaryResidence\":true,\"description\":\"Porch lights\",\"constructionValue\":1200,"
                        + "\"complianceStatement\":true,\"statementBy\":\"Linh Nguyen\",\"homeownerCertificateNumber\":\""
                        + number + "\"}",
                "tech",
                "tech-demo");
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        long permitId = applied.json().getJsonNumber("id").longValue();
        assertThat(system.get("api/v1/permits/" + permitId + "/issue-check", "tech", "tech-demo")
                        .jsonArray()
                        .toString())
                .doesNotContain("108.8 C");

        String today = system.today().toString();
        HttpResult revoked = system.postJson(
                "api/v1/licensing/certificates/" + id + "/revocation",
                "{\"decidedOn\":\"" + today + "\",\"reference\":\"Electrical licensing subcommittee minutes " + today
                        + "\",\"reason\":\"Wiring for a neighbour under the homeowner test\"}",
                "examiner",
                "examiner-demo");
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().getString("status")).isEqualTo("REVOKED");
        assertThat(system.get("api/v1/public/certificates/" + number).json().getString("status"))
                .isEqualTo("REVOKED");
        JsonArray register = system.get("api/v1/licensing/official-actions?kind=REVOKED", "examiner", "examiner-demo")
                .jsonArray();
        assertThat(register.getValuesAs(JsonObject.class))
                .anySatisfy(a -> assertThat(a.getString("certificateNumber")).isEqualTo(number));

        // CertificateRevoked crosses to permitting through the outbox, after commit
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        String check = "";
        while (Instant.now().isBefore(until)) {
            check = system.get("api/v1/permits/" + permitId + "/issue-check", "tech", "tech-demo")
                    .jsonArray()
                    .toString();
            if (check.contains("108.8 C homeowner test")) {
                break;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertThat(check).contains("108.8 C homeowner test").contains("revoked");
        HttpResult refused = system.postJson("api/v1/permits/" + permitId + "/issue", "", "tech", "tech-demo");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(rules(refused)).contains("108.8 C homeowner test");
    }
}
