package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Exam sessions and registration (107.1.5 C): the exam administrator schedules a session, registers an eligible candidate,
 * records the fee's payment (charged to the candidate's account in fees by an event) and the seat is confirmed; 20
 * concurrent registrations over HTTP for 10 seats give 10 seats.
 */
class ExamRegistrationIT extends ScreenTest {

    private final SystemUnderTest system = SystemUnderTest.get();

    /** An eligible application (eligibility's rows, inserted as a decision would leave them): its id and the candidate's. */
    private long[] eligible(String name, String type, LocalDate until) throws Exception {
        var server = system.devServer();
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.dbUser(), server.dbPassword())) {
            long candidate;
            try (PreparedStatement p = c.prepareStatement(
                    "insert into lic_candidate (full_name, email, phone, certificate_type, entered_on, version) "
                            + "values (?, ?, null, ?, ?, 0)",
                    Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, name);
                p.setString(2, name.toLowerCase().replace(' ', '.') + "@example.org");
                p.setString(3, type);
                p.setObject(4, system.today().minusMonths(2));
                p.executeUpdate();
                try (ResultSet k = p.getGeneratedKeys()) {
                    k.next();
                    candidate = k.getLong(1);
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "insert into lic_application (candidate_id, certificate_type, applied_on, status, decided_on, "
                            + "eligible_until, version) values (?, ?, ?, 'ELIGIBLE', ?, ?, 0)",
                    Statement.RETURN_GENERATED_KEYS)) {
                p.setLong(1, candidate);
                p.setString(2, type);
                p.setObject(3, system.today().minusMonths(2));
                p.setObject(4, system.today().minusMonths(1));
                p.setObject(5, until);
                p.executeUpdate();
                try (ResultSet k = p.getGeneratedKeys()) {
                    k.next();
                    return new long[] {k.getLong(1), candidate};
                }
            }
        }
    }

    private long sessionAt(String site) {
        for (var v : system.get("api/v1/licensing/sessions", "examiner", "examiner-demo")
                .jsonArray()) {
            if (site.equals(v.asJsonObject().getString("site"))) {
                return v.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no session at " + site);
    }

    @Test
    @DisplayName(
            "107.1.5 C: the exam administrator schedules a session, registers an eligible candidate, records the fee's payment: seat confirmed")
    void scheduleRegisterPay() throws Exception {
        LocalDate day = system.today().plusDays(20);
        long[] app = eligible("Ada Volt", "JOURNEYMAN-ELECTRICIAN", day.plusDays(200));
        String site = "Suttle Avenue IT " + System.nanoTime();

        screens.signIn("examiner", "examiner-demo");
        screens.open("licensing/sessions.xhtml");
        screens.select("schedule:type", "JOURNEYMAN-ELECTRICIAN");
        screens.type("schedule:day", day.toString());
        screens.type("schedule:startsAt", "09:00");
        screens.type("schedule:site", site);
        screens.type("schedule:room", "Room 101");
        screens.type("schedule:seats", "5");
        screens.type("schedule:proctor", "Pat Proctor");
        screens.click("schedule:submit");
        screens.waitForText("scheduled: Journeyman Electrician on " + Screens.us(day) + " at 9:00 AM");
        long session = sessionAt(site);

        screens.open("licensing/registrations.xhtml?session=" + session);
        screens.select("register:application", String.valueOf(app[0]));
        screens.wait(10)
                .until(d -> !d.findElements(org.openqa.selenium.By.cssSelector(
                                "select[id='register:session'] option[value='" + session + "']"))
                        .isEmpty());
        screens.select("register:session", String.valueOf(session));
        screens.click("register:submit");
        screens.waitForText("Ada Volt, awaiting payment");
        long registration = system.get(
                        "api/v1/licensing/registrations?candidateId=" + app[1], "examiner", "examiner-demo")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        // the fee reaches the candidate's account in fees through the event; a permit technician sees the account as
        // any other
        JsonObject account = system.awaitAccount(
                a -> ("CANDIDATE-" + app[1]).equals(a.getString("code"))
                        && a.getJsonNumber("balance").bigDecimalValue().compareTo(new java.math.BigDecimal("100.00"))
                                == 0,
                Duration.ofSeconds(30));
        assertThat(account.getString("kind")).isEqualTo("CUSTOMER");

        screens.open("licensing/registration.xhtml?id=" + registration);
        assertThat(screens.text("registration:status")).isEqualTo("Awaiting payment");
        assertThat(screens.text("registration:balance")).isEqualTo("$100.00");
        screens.type("registration:amount", "100.00");
        screens.type("registration:reference", "5001");
        screens.click("registration:pay");
        screens.waitForText("Payment recorded");
        assertThat(screens.text("registration:status")).isEqualTo("Confirmed");
        assertThat(screens.text("registration:settled")).isEqualTo("yes");
        screens.signOut();

        JsonObject detail = system.get("api/v1/licensing/registrations/" + registration, "examiner", "examiner-demo")
                .json();
        assertThat(detail.getJsonObject("registration").getString("status")).isEqualTo("CONFIRMED");
        assertThat(detail.getJsonNumber("accountBalance").bigDecimalValue()).isEqualByComparingTo("0");
        assertThat(detail.getJsonArray("history").size()).isEqualTo(2);

        // a second registration for the same type is refused, naming the field and the rule
        long other = system.postJson(
                        "api/v1/licensing/sessions",
                        "{\"certificateType\":\"JOURNEYMAN-ELECTRICIAN\",\"day\":\"" + day.plusDays(7)
                                + "\",\"startsAt\":\"09:00\",\"site\":\"" + site
                                + " B\",\"room\":\"2\",\"seats\":3,\"proctor\":\"Pat\"}",
                        "examiner",
                        "examiner-demo")
                .json()
                .getJsonNumber("id")
                .longValue();
        HttpResult again = system.postJson(
                "api/v1/licensing/registrations",
                "{\"applicationId\":" + app[0] + ",\"sessionId\":" + other + "}",
                "examiner",
                "examiner-demo");
        assertThat(again.status()).as(again.toString()).isBetween(400, 499);
        assertThat(again.body()).contains("one-open-registration").contains("applicationId");
        // a delegate does not see a session not delegated to them (107.1.5 C)
        assertThat(system.get("api/v1/licensing/sessions/" + session, "delegate", "delegate-demo")
                        .status())
                .isEqualTo(403);
        // nor records payments
        assertThat(system.postJson(
                                "api/v1/licensing/registrations/" + registration + "/payment",
                                "{\"amount\":1,\"method\":\"CASH\",\"reference\":\"X\"}",
                                "delegate",
                                "delegate-demo")
                        .status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName("107.1.5 C: 20 concurrent registrations over HTTP for a session of 10 seats give exactly 10 seats")
    void concurrentRegistrations() throws Exception {
        LocalDate day = system.today().plusDays(30);
        String site = "Concurrency IT " + System.nanoTime();
        HttpResult created = system.postJson(
                "api/v1/licensing/sessions",
                "{\"certificateType\":\"JOURNEYMAN-ELECTRICIAN\",\"day\":\"" + day
                        + "\",\"startsAt\":\"09:00\",\"site\":\"" + site
                        + "\",\"room\":\"Room 9\",\"seats\":10,\"proctor\":\"Pat Proctor\"}",
                "examiner",
                "examiner-demo");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long session = created.json().getJsonNumber("id").longValue();
        List<Long> applications = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            applications.add(eligible("Rush Candidate " + i, "JOURNEYMAN-ELECTRICIAN", day.plusDays(100))[0]);
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResult>> answers = new ArrayList<>();
        for (long application : applications) {
            answers.add(pool.submit(() -> {
                go.await();
                return system.postJson(
                        "api/v1/licensing/registrations",
                        "{\"applicationId\":" + application + ",\"sessionId\":" + session + "}",
                        "examiner",
                        "examiner-demo");
            }));
        }
        go.countDown();
        int seated = 0;
        int full = 0;
        for (Future<HttpResult> f : answers) {
            HttpResult r = f.get(180, TimeUnit.SECONDS);
            if (r.status() == 201) {
                seated++;
            } else if (r.status() >= 400 && r.status() < 500 && r.body().contains("\"seats\"")) {
                full++;
            } else {
                throw new AssertionError("unexpected answer: " + r);
            }
        }
        pool.shutdown();
        assertThat(seated).isEqualTo(10);
        assertThat(full).isEqualTo(10);
        JsonObject detail = system.get("api/v1/licensing/sessions/" + session, "examiner", "examiner-demo")
                .json();
        assertThat(detail.getJsonObject("session").getInt("seatsLeft")).isZero();
        assertThat(detail.getJsonArray("registrations").size()).isEqualTo(10);
    }
}
