package org.tryon.licensing.sessions.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.licensing.api.ExamFeeCharged;
import org.tryon.licensing.api.ExamFeeCredited;
import org.tryon.licensing.sessions.application.SessionCommands.Cancel;
import org.tryon.licensing.sessions.application.SessionCommands.Payment;
import org.tryon.licensing.sessions.application.SessionCommands.Register;
import org.tryon.licensing.sessions.application.SessionCommands.Reschedule;
import org.tryon.licensing.sessions.application.SessionCommands.ScheduleSession;
import org.tryon.licensing.sessions.application.SessionViews.RegistrationView;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** Exam sessions and registrations on a real MariaDB: seats under concurrent registration, the retake rules, the fee's path. */
class SessionsPersistenceTest {

    static TestPersistence db;

    /** 2027-01-04 09:00 in Charlotte. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-04T14:00:00Z"), ZoneId.of("America/New_York"));

    static final LocalDate DAY = LocalDate.of(2027, 1, 15);

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("licensing"), "META-INF/orm-licensing.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static ExamSessions sessions(jakarta.persistence.EntityManager em) {
        return SessionsTestWiring.sessions(em, CLOCK);
    }

    private static long session(String type, LocalDate day, int seats) {
        return db.inTransaction(em -> sessions(em)
                .schedule(new ScheduleSession(
                        type, day.toString(), "09:00", "Suttle Avenue", "Room 101", seats, "Pat Proctor", null))
                .id());
    }

    /** A candidate with an application decided eligible until {@code until}. */
    private static long eligible(String name, String type, LocalDate until) {
        return db.inTransaction(em -> {
            em.createNativeQuery(
                            "insert into lic_candidate (full_name, email, phone, certificate_type, entered_on, version) "
                                    + "values (?1, ?2, null, ?3, '2026-06-01', 0)")
                    .setParameter(1, name)
                    .setParameter(2, name.replace(' ', '.') + "@example.org")
                    .setParameter(3, type)
                    .executeUpdate();
            long candidate =
                    ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
            em.createNativeQuery(
                            "insert into lic_application (candidate_id, certificate_type, applied_on, status, decided_on, eligible_until, version) "
                                    + "values (?1, ?2, '2026-06-01', 'ELIGIBLE', '2026-06-15', ?3, 0)")
                    .setParameter(1, candidate)
                    .setParameter(2, type)
                    .setParameter(3, until)
                    .executeUpdate();
            return ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
        });
    }

    private static RegistrationView register(long application, long session) {
        return db.inTransaction(em -> sessions(em).register(new Register(application, session)));
    }

    private static long candidateOf(long application) {
        return db.inTransaction(
                em -> ((Number) em.createNativeQuery("select candidate_id from lic_application where id = ?1")
                                .setParameter(1, application)
                                .getSingleResult())
                        .longValue());
    }

    /** A current result of an attempt the candidate made on {@code takenOn} (scoring's rows, inserted as scoring would). */
    private static void result(long application, String type, LocalDate takenOn) {
        long candidate = candidateOf(application);
        db.run(em -> {
            em.createNativeQuery(
                            "insert into lic_exam_session (certificate_type, session_date, starts_at, site, room, seats, proctor, status, version) "
                                    + "values (?1, ?2, '09:00', 'Suttle Avenue', 'Room 9', 5, 'P', 'HELD', 0)")
                    .setParameter(1, type)
                    .setParameter(2, takenOn)
                    .executeUpdate();
            long s = ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
            em.createNativeQuery(
                            "insert into lic_registration (session_id, application_id, candidate_id, status, registered_on, version) "
                                    + "values (?1, ?2, ?3, 'COMPLETED', ?4, 0)")
                    .setParameter(1, s)
                    .setParameter(2, application)
                    .setParameter(3, candidate)
                    .setParameter(4, takenOn)
                    .executeUpdate();
            long r = ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
            em.createNativeQuery(
                            "insert into lic_form (certificate_type, code, status, version) values (?1, ?2, 'LOCKED', 0)")
                    .setParameter(1, type)
                    .setParameter(2, "F-" + r)
                    .executeUpdate();
            long f = ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
            em.createNativeQuery(
                            "insert into lic_attempt (registration_id, form_id, mode, allowed_seconds, status, version) "
                                    + "values (?1, ?2, 'SCREEN', 7200, 'SUBMITTED', 0)")
                    .setParameter(1, r)
                    .setParameter(2, f)
                    .executeUpdate();
            long a = ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
            em.createNativeQuery(
                            "insert into lic_result (attempt_id, candidate_id, certificate_type, form_id, taken_on, raw_score, item_count, percent, "
                                    + "cut_score_percent, passed, status, reason, recorded_by, recorded_at) values (?1, ?2, ?3, ?4, ?5, 17, 25, 68.00, 72.00, false, "
                                    + "'VALID', 'scored', 'system', '2026-12-01 00:00:00')")
                    .setParameter(1, a)
                    .setParameter(2, candidate)
                    .setParameter(3, type)
                    .setParameter(4, f)
                    .setParameter(5, takenOn)
                    .executeUpdate();
        });
    }

    private static String rule(Throwable e) {
        return ((RuleViolationException) e).violations().get(0).rule();
    }

    @Test
    @DisplayName(
            "107.1.5 C: 20 concurrent registrations for 10 seats give exactly 10 seats; the other 10 are refused naming the seats")
    void concurrentRegistrations() throws Exception {
        long session = session("JOURNEYMAN-ELECTRICIAN", DAY, 10);
        List<Long> applications = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            applications.add(eligible("Concurrent Candidate " + i, "JOURNEYMAN-ELECTRICIAN", DAY.plusDays(30)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (long application : applications) {
            outcomes.add(pool.submit(() -> {
                go.await();
                try {
                    return register(application, session).status();
                } catch (RuleViolationException e) {
                    return rule(e);
                }
            }));
        }
        go.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
            results.add(f.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(results.stream().filter("AWAITING_PAYMENT"::equals).count()).isEqualTo(10);
        assertThat(results.stream().filter("seats"::equals).count()).isEqualTo(10);
        long stored = db.inTransaction(
                em -> ((Number) em.createNativeQuery("select count(*) from lic_registration where session_id = ?1")
                                .setParameter(1, session)
                                .getSingleResult())
                        .longValue());
        assertThat(stored).isEqualTo(10);
        assertThat(db.inTransaction(em -> sessions(em).session(session))
                        .session()
                        .seatsLeft())
                .isZero();
    }

    @Test
    @DisplayName(
            "Licensing examinations: a retake one day before the 90-day waiting period ends is refused; on the day it ends accepted")
    void retakeWait() {
        long application = eligible("Retake Candidate", "JOURNEYMAN-ELECTRICIAN", LocalDate.of(2027, 12, 31));
        result(application, "JOURNEYMAN-ELECTRICIAN", DAY.minusDays(90).plusDays(1));
        long early = session("JOURNEYMAN-ELECTRICIAN", DAY, 5);
        assertThatThrownBy(() -> register(application, early))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("retake-wait"))
                .hasMessageContaining("waiting period of 90 days");
        long onTime = session("JOURNEYMAN-ELECTRICIAN", DAY.plusDays(1), 5);
        assertThat(register(application, onTime).status()).isEqualTo("AWAITING_PAYMENT");
    }

    @Test
    @DisplayName(
            "Licensing examinations: the homeowner test is free (confirmed at once, nothing charged) and may be taken once: a second attempt is refused")
    void homeowner() {
        long first = eligible("Homeowner Once", "HOMEOWNER-ELECTRICAL", LocalDate.of(2027, 12, 31));
        int before = SessionsTestWiring.PUBLISHED.size();
        RegistrationView free = register(first, session("HOMEOWNER-ELECTRICAL", DAY, 5));
        assertThat(free.status()).isEqualTo("CONFIRMED");
        assertThat(free.fee()).isEqualByComparingTo("0");
        assertThat(SessionsTestWiring.PUBLISHED.subList(before, SessionsTestWiring.PUBLISHED.size()))
                .noneMatch(e ->
                        e instanceof ExamFeeCharged ef && ef.registrationId().value() == free.id());

        long again = eligible("Homeowner Twice", "HOMEOWNER-ELECTRICAL", LocalDate.of(2027, 12, 31));
        result(again, "HOMEOWNER-ELECTRICAL", LocalDate.of(2026, 10, 1));
        assertThatThrownBy(() -> register(again, session("HOMEOWNER-ELECTRICAL", DAY, 5)))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("attempt-limit"));
    }

    @Test
    @DisplayName(
            "Licensing examinations: the fee is charged by an event, the seat is confirmed only when paid; no second open registration; "
                    + "eligibility must stand on the session day")
    void feeAndPayment() {
        long application = eligible("Paying Candidate", "JOURNEYMAN-ELECTRICIAN", DAY);
        long session = session("JOURNEYMAN-ELECTRICIAN", DAY, 5);
        RegistrationView r = register(application, session);
        assertThat(r.status()).isEqualTo("AWAITING_PAYMENT");
        assertThat(SessionsTestWiring.PUBLISHED).anySatisfy(e -> {
            assertThat(e).isInstanceOf(ExamFeeCharged.class);
            ExamFeeCharged c = (ExamFeeCharged) e;
            assertThat(c.registrationId().value()).isEqualTo(r.id());
            assertThat(c.amount().amount()).isEqualByComparingTo("100.00");
        });
        assertThatThrownBy(() -> register(application, session("JOURNEYMAN-ELECTRICIAN", DAY, 5)))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("one-open-registration"));
        // reading changes nothing
        assertThat(db.inTransaction(em -> sessions(em).registration(r.id()))
                        .registration()
                        .status())
                .isEqualTo("AWAITING_PAYMENT");
        var part =
                db.inTransaction(em -> sessions(em).pay(r.id(), new Payment(new BigDecimal("40.00"), "CHECK", "1001")));
        assertThat(part.registration().status()).isEqualTo("AWAITING_PAYMENT");
        var paid =
                db.inTransaction(em -> sessions(em).pay(r.id(), new Payment(new BigDecimal("60.00"), "CHECK", "1002")));
        assertThat(paid.registration().status()).isEqualTo("CONFIRMED");
        assertThat(paid.history())
                .extracting(SessionViews.ChangeView::to)
                .containsExactly("AWAITING_PAYMENT", "AWAITING_PAYMENT", "CONFIRMED");

        long late = eligible("Lapsing Candidate", "JOURNEYMAN-ELECTRICIAN", DAY.minusDays(1));
        assertThatThrownBy(() -> register(late, session))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("106 eligibility-lapsed"));
    }

    @Test
    @DisplayName(
            "107.1.5 C: rescheduling keeps the paid seat; cancelling before the deadline credits the fee; closing a held session marks no-shows")
    void rescheduleCancelNoShow() {
        long a = eligible("Moving Candidate", "JOURNEYMAN-ELECTRICIAN", LocalDate.of(2027, 12, 31));
        long first = session("JOURNEYMAN-ELECTRICIAN", DAY, 5);
        long second = session("JOURNEYMAN-ELECTRICIAN", DAY.plusDays(7), 5);
        RegistrationView r = register(a, first);
        db.run(em -> sessions(em).pay(r.id(), new Payment(new BigDecimal("100.00"), "CASH", "R-77")));
        RegistrationView moved =
                db.inTransaction(em -> sessions(em).reschedule(r.id(), new Reschedule(second, "Work trip")));
        assertThat(moved.status()).isEqualTo("CONFIRMED");
        assertThat(moved.rescheduledFromId()).isEqualTo(r.id());
        assertThat(db.inTransaction(em -> sessions(em).registration(r.id()))
                        .registration()
                        .status())
                .isEqualTo("RESCHEDULED");

        RegistrationView cancelled =
                db.inTransaction(em -> sessions(em).cancel(moved.id(), new Cancel("Changed plans")));
        assertThat(cancelled.status()).isEqualTo("CANCELLED");
        assertThat(SessionsTestWiring.PUBLISHED).anySatisfy(e -> {
            assertThat(e).isInstanceOf(ExamFeeCredited.class);
            assertThat(((ExamFeeCredited) e).registrationId().value()).isEqualTo(r.id());
        });

        // a session of today, held: the confirmed candidate who never checked in is a no-show
        LocalDate today = LocalDate.now(CLOCK);
        long todays = db.inTransaction(em -> sessions(em)
                .schedule(new ScheduleSession(
                        "HOMEOWNER-ELECTRICAL",
                        today.toString(),
                        "18:00",
                        "Suttle Avenue",
                        "Room 2",
                        3,
                        "Pat Proctor",
                        null))
                .id());
        long h = eligible("Absent Homeowner", "HOMEOWNER-ELECTRICAL", LocalDate.of(2027, 12, 31));
        RegistrationView absent = register(h, todays);
        var closed = db.inTransaction(em -> sessions(em).close(todays, null));
        assertThat(closed.session().status()).isEqualTo("HELD");
        assertThat(closed.registrations()).extracting(RegistrationView::status).containsExactly("NO_SHOW");
        assertThat(db.inTransaction(em -> sessions(em).attempts(candidateOf(h), "HOMEOWNER-ELECTRICAL"))
                        .attempts())
                .isZero();
        assertThat(absent.id()).isPositive();
    }

    @Test
    @DisplayName(
            "107.1.5 C: an unpaid hold of 72 hours keeps its seat at 71 h 59 min; at 72 h the job releases it (cancelled, history, fee credited) once;"
                    + " a paid seat stays")
    void lapsedHoldReleased() {
        long session = session("JOURNEYMAN-ELECTRICIAN", DAY, 5);
        RegistrationView unpaid =
                register(eligible("Unpaid Candidate", "JOURNEYMAN-ELECTRICIAN", LocalDate.of(2027, 12, 31)), session);
        RegistrationView paid =
                register(eligible("Paid Candidate", "JOURNEYMAN-ELECTRICIAN", LocalDate.of(2027, 12, 31)), session);
        db.run(em -> sessions(em).pay(paid.id(), new Payment(new BigDecimal("100.00"), "CASH", "R-72")));
        Clock almost = Clock.offset(CLOCK, java.time.Duration.ofHours(72).minusMinutes(1));
        Clock lapsed = Clock.offset(CLOCK, java.time.Duration.ofHours(72));

        assertThat(released(almost)).doesNotContain(unpaid.id());
        assertThat(status(unpaid.id())).isEqualTo("AWAITING_PAYMENT");

        int before = SessionsTestWiring.PUBLISHED.size();
        assertThat(released(lapsed)).contains(unpaid.id()).doesNotContain(paid.id());
        assertThat(status(unpaid.id())).isEqualTo("CANCELLED");
        assertThat(status(paid.id())).isEqualTo("CONFIRMED");
        var history =
                db.inTransaction(em -> sessions(em).registration(unpaid.id())).history();
        assertThat(history).last().satisfies(c -> {
            assertThat(c.from()).isEqualTo("AWAITING_PAYMENT");
            assertThat(c.to()).isEqualTo("CANCELLED");
            assertThat(c.by()).isEqualTo("system");
            assertThat(c.reason()).contains("payment hold lapsed unpaid at 01/07/2027 9:00 AM EST");
        });
        assertThat(SessionsTestWiring.PUBLISHED.subList(before, SessionsTestWiring.PUBLISHED.size()))
                .filteredOn(e ->
                        e instanceof ExamFeeCredited c && c.registrationId().value() == unpaid.id())
                .hasSize(1);

        // the next tick finds nothing more to do for it
        int after = SessionsTestWiring.PUBLISHED.size();
        assertThat(released(lapsed)).doesNotContain(unpaid.id());
        assertThat(SessionsTestWiring.PUBLISHED.subList(after, SessionsTestWiring.PUBLISHED.size()))
                .noneMatch(e ->
                        e instanceof ExamFeeCredited c && c.registrationId().value() == unpaid.id());
    }

    private static List<Long> released(Clock clock) {
        return db.inTransaction(em -> SessionsTestWiring.sessions(em, clock).releaseLapsedHolds());
    }

    private static String status(long registration) {
        return db.inTransaction(em -> (String) em.createNativeQuery("select status from lic_registration where id = ?1")
                .setParameter(1, registration)
                .getSingleResult());
    }

    @Test
    @DisplayName(
            "106: only a certificate type examined on the day gets a session: journeyman plumber (no examinations since 2013-01-01) is refused")
    void examinedDates() {
        assertThatThrownBy(() -> session("JOURNEYMAN-PLUMBER", DAY, 5))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("examined-dates"));
    }
}
