package org.tryon.licensing.certificates.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.licensing.api.CertificateIssued;
import org.tryon.licensing.api.CertificateRevoked;
import org.tryon.licensing.certificates.application.CertificateCommands.OfficialActionCommand;
import org.tryon.licensing.certificates.application.CertificateCommands.RecordEducation;
import org.tryon.licensing.certificates.application.CertificateCommands.ReviewDecision;
import org.tryon.licensing.certificates.application.CertificateViews.CertificateView;
import org.tryon.licensing.certificates.application.CertificateViews.ReviewView;
import org.tryon.licensing.module.application.ExamRuleBook;
import org.tryon.licensing.scoring.application.ResultRecorded;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.events.EventPublisher;
import org.tryon.platform.events.IntegrationEvent;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/**
 * Certificates on a real MariaDB (109, 107.1.5 C): results are inserted by native SQL into the spine's tables, as
 * scoring would, and {@link ResultRecorded} is fired by hand (delivered to the observer in the same transaction).
 */
class CertificatesPersistenceTest {

    static TestPersistence db;
    static final ZoneId COUNTY = ZoneId.of("America/New_York");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    final List<IntegrationEvent> published = new ArrayList<>();

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("licensing"), "META-INF/orm-licensing.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @BeforeEach
    void clear() {
        published.clear();
    }

    private Certificates certificates(EntityManager em, LocalDate today) {
        Certificates c = new Certificates();
        c.em = em;
        c.clock = Clock.fixed(today.atTime(12, 0).atZone(COUNTY).toInstant(), COUNTY);
        c.rules = new ExamRuleBook(em);
        c.user = new CurrentUser();
        c.validator = (Validator) Proxy.newProxyInstance(
                Validator.class.getClassLoader(),
                new Class<?>[] {Validator.class},
                (proxy, method, args) -> method.getName().equals("validate") ? Set.of() : null);
        c.events = new EventPublisher() {
            @Override
            public void publishDurably(IntegrationEvent event) {
                published.add(event);
            }
        };
        return c;
    }

    /** A candidate with an application (status, decided, eligible until), a sitting on {@code taken} and its result; returns the result's id. */
    static long result(
            EntityManager em,
            String name,
            String type,
            String applicationStatus,
            LocalDate decidedOn,
            LocalDate eligibleUntil,
            LocalDate taken,
            boolean passed,
            String delegate) {
        long candidate = insert(
                em,
                "insert into lic_candidate (full_name, email, certificate_type, entered_on, version) values (?1, ?2, ?3, ?4, 0)",
                name,
                name.toLowerCase().replace(' ', '.') + "@example.org",
                type,
                taken.minusMonths(3));
        long application = insert(
                em,
                "insert into lic_application (candidate_id, certificate_type, applied_on, status, decided_on, eligible_until,"
                        + " version) values (?1, ?2, ?3, ?4, ?5, ?6, 0)",
                candidate,
                type,
                taken.minusMonths(3),
                applicationStatus,
                decidedOn,
                eligibleUntil);
        long session = insert(
                em,
                "insert into lic_exam_session (certificate_type, session_date, starts_at, site, room, seats, proctor, delegate,"
                        + " status, version) values (?1, ?2, '09:00:00', 'Hal Marshall Center', '101', 20, 'P. Proctor', ?3, 'HELD', 0)",
                type,
                taken,
                delegate);
        long registration = insert(
                em,
                "insert into lic_registration (session_id, application_id, candidate_id, status, registered_on, version)"
                        + " values (?1, ?2, ?3, 'COMPLETED', ?4, 0)",
                session,
                application,
                candidate,
                taken.minusDays(20));
        long form = insert(
                em,
                "insert into lic_form (certificate_type, code, status, version) values (?1, ?2, 'LOCKED', 0)",
                type,
                "F-" + System.nanoTime());
        long attempt = insert(
                em,
                "insert into lic_attempt (registration_id, form_id, mode, allowed_seconds, status, version)"
                        + " values (?1, ?2, 'SCREEN', 7200, 'SUBMITTED', 0)",
                registration,
                form);
        return insert(
                em,
                "insert into lic_result (attempt_id, candidate_id, certificate_type, form_id, taken_on, raw_score, item_count, percent,"
                        + " cut_score_percent, passed, status, reason, recorded_by, recorded_at) values (?1, ?2, ?3, ?4, ?5, ?6, 25, ?7, 72.00, ?8, 'VALID',"
                        + " 'Scored', 'scoring', now(6))",
                attempt,
                candidate,
                type,
                form,
                taken,
                passed ? 18 : 17,
                passed ? 72.00 : 68.00,
                passed);
    }

    private static long insert(EntityManager em, String sql, Object... values) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < values.length; i++) {
            q.setParameter(i + 1, values[i]);
        }
        q.executeUpdate();
        return ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
    }

    private static long candidateOf(EntityManager em, long resultId) {
        return ((Number) em.createNativeQuery("select candidate_id from lic_result where id = ?1")
                        .setParameter(1, resultId)
                        .getSingleResult())
                .longValue();
    }

    private static ResultRecorded recorded(
            EntityManager em, long resultId, String type, boolean passed, boolean delegated) {
        return new ResultRecorded(resultId, candidateOf(em, resultId), type, passed, delegated);
    }

    private List<CertificateView> byName(String name) {
        return db.inTransaction(em -> certificates(em, TODAY).search(null, name, null, null));
    }

    @Test
    @DisplayName(
            "109: a pass (18 of 25) with an application eligible on the day taken issues a numbered certificate with a code; expiry by the rule's renewal years; CertificateIssued is published")
    void passWithEligibilityIssues() {
        db.run(em -> {
            long r = result(
                    em,
                    "Ada Volt",
                    "JOURNEYMAN-ELECTRICIAN",
                    "ELIGIBLE",
                    TODAY.minusMonths(2),
                    TODAY.plusMonths(10),
                    TODAY,
                    true,
                    null);
            certificates(em, TODAY).onResultRecorded(recorded(em, r, "JOURNEYMAN-ELECTRICIAN", true, false));
        });
        List<CertificateView> found = byName("Ada Volt");
        assertThat(found).hasSize(1);
        CertificateView c = found.get(0);
        assertThat(c.number()).matches("JE-2026-\\d{4}");
        assertThat(c.verificationCode()).hasSize(19);
        assertThat(c.issuedOn()).isEqualTo(TODAY);
        assertThat(c.expiresOn()).isEqualTo(TODAY.plusYears(1));
        assertThat(c.status()).isEqualTo("VALID");
        assertThat(published).singleElement().isInstanceOfSatisfying(CertificateIssued.class, e -> {
            assertThat(e.number()).isEqualTo(c.number());
            assertThat(e.holderName()).isEqualTo("Ada Volt");
        });
        assertThat(db.<List<CertificateViews.ActionView>>inTransaction(
                        em -> certificates(em, TODAY).register(TODAY, TODAY, "ISSUED")))
                .extracting(a -> a.certificateNumber())
                .contains(c.number());
        // the candidate's page lists it, and another candidate's does not
        assertThat(db.<List<CertificateView>>inTransaction(
                        em -> certificates(em, TODAY).ofCandidate(c.candidateId())))
                .extracting(CertificateView::number)
                .containsExactly(c.number());
        assertThat(db.<List<CertificateView>>inTransaction(
                        em -> certificates(em, TODAY).ofCandidate(c.candidateId() + 100_000)))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "109: a fail (17 of 25), a pass without eligibility (lapsed the day before, or decided after the exam) issue nothing")
    void failOrNotEligibleIssuesNothing() {
        db.run(em -> {
            Certificates certificates = certificates(em, TODAY);
            long fail = result(
                    em,
                    "Fay Lure",
                    "JOURNEYMAN-ELECTRICIAN",
                    "ELIGIBLE",
                    TODAY.minusMonths(2),
                    null,
                    TODAY,
                    false,
                    null);
            certificates.onResultRecorded(recorded(em, fail, "JOURNEYMAN-ELECTRICIAN", false, false));
            long lapsed = result(
                    em,
                    "Lapse Dover",
                    "JOURNEYMAN-ELECTRICIAN",
                    "ELIGIBLE",
                    TODAY.minusYears(1),
                    TODAY.minusDays(1),
                    TODAY,
                    true,
                    null);
            certificates.onResultRecorded(recorded(em, lapsed, "JOURNEYMAN-ELECTRICIAN", true, false));
            long later = result(
                    em, "Early Bird", "JOURNEYMAN-ELECTRICIAN", "ELIGIBLE", TODAY.plusDays(1), null, TODAY, true, null);
            certificates.onResultRecorded(recorded(em, later, "JOURNEYMAN-ELECTRICIAN", true, false));
            long submitted =
                    result(em, "Sub Mitted", "JOURNEYMAN-ELECTRICIAN", "SUBMITTED", null, null, TODAY, true, null);
            certificates.onResultRecorded(recorded(em, submitted, "JOURNEYMAN-ELECTRICIAN", true, false));
        });
        assertThat(byName("Fay Lure")).isEmpty();
        assertThat(byName("Lapse Dover")).isEmpty();
        assertThat(byName("Early Bird")).isEmpty();
        assertThat(byName("Sub Mitted")).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    @DisplayName(
            "107.1.5 C: a pass in a delegated session waits for the county's review; approval issues the certificate, referral issues none; each is decided once")
    void delegatedWaitsForReview() {
        long[] results = db.inTransaction(em -> {
            Certificates certificates = certificates(em, TODAY);
            long a = result(
                    em,
                    "Dee Legate",
                    "HOMEOWNER-ELECTRICAL",
                    "ELIGIBLE",
                    TODAY.minusDays(30),
                    TODAY.plusDays(300),
                    TODAY,
                    true,
                    "delegate");
            certificates.onResultRecorded(recorded(em, a, "HOMEOWNER-ELECTRICAL", true, true));
            long b = result(
                    em,
                    "Ray Ferred",
                    "HOMEOWNER-ELECTRICAL",
                    "ELIGIBLE",
                    TODAY.minusDays(30),
                    TODAY.plusDays(300),
                    TODAY,
                    true,
                    "delegate");
            certificates.onResultRecorded(recorded(em, b, "HOMEOWNER-ELECTRICAL", true, true));
            return new long[] {a, b};
        });
        assertThat(byName("Dee Legate")).isEmpty();
        assertThat(published).isEmpty();
        List<ReviewView> pending =
                db.inTransaction(em -> certificates(em, TODAY).reviews(true));
        ReviewView dee = pending.stream()
                .filter(r -> r.resultId() == results[0])
                .findFirst()
                .orElseThrow();
        ReviewView ray = pending.stream()
                .filter(r -> r.resultId() == results[1])
                .findFirst()
                .orElseThrow();

        ReviewView approved = db.inTransaction(em -> certificates(em, TODAY)
                .approve(dee.id(), new ReviewDecision("Review 2026-12", "Roster and answer sheets checked")));
        assertThat(approved.status()).isEqualTo("APPROVED");
        assertThat(approved.certificateNumber()).matches("HE-2026-\\d{4}");
        assertThat(byName("Dee Legate"))
                .singleElement()
                .satisfies(c -> assertThat(c.expiresOn())
                        .as("the homeowner rule has no renewal period")
                        .isNull());
        assertThat(published).singleElement().isInstanceOf(CertificateIssued.class);

        ReviewView referred = db.inTransaction(em ->
                certificates(em, TODAY).referBack(ray.id(), new ReviewDecision("Review 2026-12", "Seat plan missing")));
        assertThat(referred.status()).isEqualTo("REFERRED_BACK");
        assertThat(byName("Ray Ferred")).isEmpty();
        assertThatThrownBy(() ->
                        db.run(em -> certificates(em, TODAY).approve(ray.id(), new ReviewDecision("R", "again"))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("107.1.5 C")
                .hasMessageContaining("referred back");
        assertThat(db.<List<CertificateViews.ActionView>>inTransaction(
                        em -> certificates(em, TODAY).register(null, null, "DELEGATED_RESULT_REFERRED_BACK")))
                .anySatisfy(a -> assertThat(a.resultId()).isEqualTo(results[1]));
    }

    @Test
    @DisplayName(
            "109: numbers are unique and run per type and year: HE-2031-0001, HE-2031-0002, JE-2031-0001; the same attempt is not certified twice")
    void numbering() {
        LocalDate day = LocalDate.of(2031, 3, 3);
        List<String> numbers = db.inTransaction(em -> {
            Certificates certificates = certificates(em, day);
            List<String> n = new ArrayList<>();
            for (String[] p : new String[][] {
                {"Hana One", "HOMEOWNER-ELECTRICAL"},
                {"Hank Two", "HOMEOWNER-ELECTRICAL"},
                {"Jay Three", "JOURNEYMAN-ELECTRICIAN"}
            }) {
                long r = result(em, p[0], p[1], "ELIGIBLE", day.minusDays(60), null, day, true, null);
                certificates.onResultRecorded(recorded(em, r, p[1], true, false));
                certificates.onResultRecorded(recorded(em, r, p[1], true, false));
                n.add(certificates.search(null, p[0], null, null).stream()
                        .map(CertificateView::number)
                        .reduce((a, b) -> a + "," + b)
                        .orElse(""));
            }
            return n;
        });
        assertThat(numbers).containsExactly("HE-2031-0001", "HE-2031-0002", "JE-2031-0001");
    }

    @Test
    @DisplayName(
            "109 continuing education: a renewal short of the rule's 8 hours is refused naming the rule; with 8 hours recorded it renews")
    void renewalNeedsContinuingEducation() {
        long id = db.inTransaction(em -> {
            long r = result(
                    em,
                    "Cee Hours",
                    "JOURNEYMAN-ELECTRICIAN",
                    "ELIGIBLE",
                    TODAY.minusMonths(2),
                    null,
                    TODAY,
                    true,
                    null);
            certificates(em, TODAY).onResultRecorded(recorded(em, r, "JOURNEYMAN-ELECTRICIAN", true, false));
            return certificates(em, TODAY)
                    .search(null, "Cee Hours", null, null)
                    .get(0)
                    .id();
        });
        LocalDate renewalDay = TODAY.plusMonths(11);
        db.run(em -> certificates(em, renewalDay)
                .recordEducation(
                        id,
                        new RecordEducation(
                                new BigDecimal("5"), renewalDay.minusMonths(2).toString(), "NEC 2023 changes")));
        OfficialActionCommand renewal =
                new OfficialActionCommand(renewalDay.toString(), "Subcommittee minutes 2027-10", "Renewal applied for");
        assertThatThrownBy(() -> db.run(em -> certificates(em, renewalDay).renew(id, renewal)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("109 continuing education")
                .hasMessageContaining("requires 8 hours")
                .hasMessageContaining("5 recorded");
        db.run(em -> certificates(em, renewalDay)
                .recordEducation(
                        id,
                        new RecordEducation(
                                new BigDecimal("3"), renewalDay.minusMonths(1).toString(), "Grounding and bonding")));
        CertificateView renewed =
                db.inTransaction(em -> certificates(em, renewalDay).renew(id, renewal));
        assertThat(renewed.expiresOn()).isEqualTo(TODAY.plusYears(2));
        assertThat(renewed.ceHoursInPeriod()).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName(
            "107.1.5 C.2: revocation publishes CertificateRevoked; the public page shows it revoked; the register refuses an update or a delete (append-only)")
    void revocationAndAppendOnlyRegister() {
        long id = db.inTransaction(em -> {
            long r = result(
                    em, "Rev Oked", "HOMEOWNER-ELECTRICAL", "ELIGIBLE", TODAY.minusDays(10), null, TODAY, true, null);
            certificates(em, TODAY).onResultRecorded(recorded(em, r, "HOMEOWNER-ELECTRICAL", true, false));
            return certificates(em, TODAY)
                    .search(null, "Rev Oked", null, null)
                    .get(0)
                    .id();
        });
        String number = db.inTransaction(em -> certificates(em, TODAY).get(id).number());
        assertThat(db.<String>inTransaction(
                        em -> certificates(em, TODAY).verify(number, null).status()))
                .isEqualTo("VALID");
        published.clear();
        db.run(em -> certificates(em, TODAY)
                .revoke(
                        id,
                        new OfficialActionCommand(
                                TODAY.toString(),
                                "Subcommittee minutes 2026-12-04",
                                "Work done outside the owner's own residence")));
        assertThat(published)
                .singleElement()
                .isInstanceOfSatisfying(
                        CertificateRevoked.class, e -> assertThat(e.number()).isEqualTo(number));
        assertThat(db.<String>inTransaction(
                        em -> certificates(em, TODAY).verify(number, null).status()))
                .isEqualTo("REVOKED");
        assertThatThrownBy(() -> db.run(em ->
                        certificates(em, TODAY).reinstate(id, new OfficialActionCommand(TODAY.toString(), "x", "y"))))
                .isInstanceOf(RuleViolationException.class);

        assertThatThrownBy(() -> db.run(em -> em.createNativeQuery(
                                "update lic_official_action set reason = 'edited' where certificate_id = ?1")
                        .setParameter(1, id)
                        .executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() ->
                        db.run(em -> em.createNativeQuery("delete from lic_official_action where certificate_id = ?1")
                                .setParameter(1, id)
                                .executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThat(db.<List<CertificateViews.ActionView>>inTransaction(
                        em -> certificates(em, TODAY).detail(id).actions()))
                .extracting(a -> a.kind())
                .containsExactly("REVOKED", "ISSUED");
    }

    @Test
    @DisplayName(
            "109: verification by number shows the status on today's date, expired the day after the expiry day (a read never writes); the code is checked")
    void verification() {
        long id = db.inTransaction(em -> {
            long r = result(
                    em, "Vera Fy", "JOURNEYMAN-ELECTRICIAN", "ELIGIBLE", TODAY.minusMonths(1), null, TODAY, true, null);
            certificates(em, TODAY).onResultRecorded(recorded(em, r, "JOURNEYMAN-ELECTRICIAN", true, false));
            return certificates(em, TODAY)
                    .search(null, "Vera Fy", null, null)
                    .get(0)
                    .id();
        });
        CertificateView c = db.inTransaction(em -> certificates(em, TODAY).get(id));
        assertThat(db.<String>inTransaction(em -> certificates(em, c.expiresOn())
                        .verify(c.number().toLowerCase(), null)
                        .status()))
                .isEqualTo("VALID");
        assertThat(db.<CertificateViews.PublicCertificateView>inTransaction(
                        em -> certificates(em, c.expiresOn().plusDays(1)).verify(c.number(), c.verificationCode())))
                .satisfies(v -> {
                    assertThat(v.status()).isEqualTo("EXPIRED");
                    assertThat(v.codeMatches()).isTrue();
                    assertThat(v.holderName()).isEqualTo("Vera Fy");
                });
        assertThat(db.<Boolean>inTransaction(em -> certificates(em, TODAY)
                        .verify(c.number(), "AAAA-AAAA-AAAA-AAAA")
                        .codeMatches()))
                .isFalse();
        assertThat(db.<List<CertificateView>>inTransaction(
                        em -> certificates(em, c.expiresOn().plusDays(1)).search(null, "Vera Fy", null, "EXPIRED")))
                .hasSize(1);
        assertThat(db.<String>inTransaction(
                        em -> certificates(em, TODAY).get(id).status()))
                .isEqualTo("VALID");
        assertThatThrownBy(() -> db.run(em -> certificates(em, TODAY).verify("XX-1999-0001", null)))
                .isInstanceOf(org.tryon.platform.errors.RecordNotFoundException.class);
    }
}
