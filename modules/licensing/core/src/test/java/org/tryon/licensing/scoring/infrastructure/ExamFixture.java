package org.tryon.licensing.scoring.infrastructure;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.tryon.platform.testing.TestPersistence;

/**
 * The rows other parts of licensing write (a candidate, an application, a session, a checked-in registration, an
 * item bank form with keys), inserted by native SQL because their entities are not in this part of the module.
 */
final class ExamFixture {

    static final ZoneId COUNTY = ZoneId.of("America/New_York");
    static final String[] AREAS = {"NEC 210 Branch circuits", "NEC 250 Grounding and bonding", "NEC 310 Conductors"};
    private static final AtomicLong SEQ = new AtomicLong();

    /** A clock tests move. */
    static final class TestClock extends Clock {
        Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return COUNTY;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advanceSeconds(long s) {
            now = now.plusSeconds(s);
        }
    }

    record Form(long id, String code, List<Long> itemVersions, String keys) {}

    /** A locked form of {@code questions} items with options A-D; the key of position p is {@code keys.charAt(p - 1)}. */
    static Form form(TestPersistence db, String type, int questions) {
        long n = SEQ.incrementAndGet();
        String code = "T" + n + "-" + System.nanoTime() % 100000;
        StringBuilder keys = new StringBuilder();
        List<Long> versions = new ArrayList<>();
        long formId = db.inTransaction(em -> {
            em.createNativeQuery(
                            "insert into lic_form (certificate_type, code, status, version) values (?1, ?2, 'LOCKED', 0)")
                    .setParameter(1, type)
                    .setParameter(2, code)
                    .executeUpdate();
            long form = lastId(em);
            for (int p = 1; p <= questions; p++) {
                String key = String.valueOf("ABCD".charAt(p % 4));
                keys.append(key);
                em.createNativeQuery("insert into lic_item (certificate_type, code, version) values (?1, ?2, 0)")
                        .setParameter(1, type)
                        .setParameter(2, code + "-I" + p)
                        .executeUpdate();
                long item = lastId(em);
                em.createNativeQuery(
                                "insert into lic_item_version (item_id, number, stem, correct_option, content_area, reference, author, status,"
                                        + " administered, created_at) values (?1, 1, ?2, ?3, ?4, 'NEC', 'test', 'ACTIVE', true, ?5)")
                        .setParameter(1, item)
                        .setParameter(2, "Question " + p + " of " + code)
                        .setParameter(3, key)
                        .setParameter(4, AREAS[p % AREAS.length])
                        .setParameter(5, Instant.parse("2026-01-01T00:00:00Z"))
                        .executeUpdate();
                long version = lastId(em);
                versions.add(version);
                for (char l : "ABCD".toCharArray()) {
                    em.createNativeQuery(
                                    "insert into lic_item_option (item_version_id, label, text) values (?1, ?2, ?3)")
                            .setParameter(1, version)
                            .setParameter(2, String.valueOf(l))
                            .setParameter(3, "Option " + l)
                            .executeUpdate();
                }
                em.createNativeQuery(
                                "insert into lic_form_item (form_id, position, item_version_id) values (?1, ?2, ?3)")
                        .setParameter(1, form)
                        .setParameter(2, p)
                        .setParameter(3, version)
                        .executeUpdate();
            }
            return form;
        });
        return new Form(formId, code, versions, keys.toString());
    }

    /** A candidate checked in to a session of {@code type} on {@code day}, seated with {@code form}; returns the registration id. */
    static long checkedIn(
            TestPersistence db, String type, LocalDate day, Form form, String accessCode, int extraMinutes) {
        return db.inTransaction(em -> {
            em.createNativeQuery(
                            "insert into lic_candidate (full_name, email, phone, certificate_type, entered_on, version)"
                                    + " values (?1, ?2, null, ?3, ?4, 0)")
                    .setParameter(1, "Candidate " + accessCode)
                    .setParameter(2, accessCode.toLowerCase() + "@example.org")
                    .setParameter(3, type)
                    .setParameter(4, day.minusDays(60))
                    .executeUpdate();
            long candidate = lastId(em);
            em.createNativeQuery(
                            "insert into lic_application (candidate_id, certificate_type, applied_on, status, decided_on, eligible_until, version)"
                                    + " values (?1, ?2, ?3, 'ELIGIBLE', ?3, ?4, 0)")
                    .setParameter(1, candidate)
                    .setParameter(2, type)
                    .setParameter(3, day.minusDays(50))
                    .setParameter(4, day.plusDays(300))
                    .executeUpdate();
            long application = lastId(em);
            em.createNativeQuery(
                            "insert into lic_exam_session (certificate_type, session_date, starts_at, site, room, seats, proctor, delegate, status,"
                                    + " version) values (?1, ?2, '09:00:00', 'Hal Marshall Center', '101', 20, 'P. Proctor', null, 'SCHEDULED', 0)")
                    .setParameter(1, type)
                    .setParameter(2, day)
                    .executeUpdate();
            long session = lastId(em);
            em.createNativeQuery(
                            "insert into lic_registration (session_id, application_id, candidate_id, status, registered_on, form_id, extra_minutes,"
                                    + " access_code, checked_in_at, version) values (?1, ?2, ?3, 'CHECKED_IN', ?4, ?5, ?6, ?7, ?8, 0)")
                    .setParameter(1, session)
                    .setParameter(2, application)
                    .setParameter(3, candidate)
                    .setParameter(4, day.minusDays(30))
                    .setParameter(5, form.id())
                    .setParameter(6, extraMinutes)
                    .setParameter(7, accessCode)
                    .setParameter(8, day.atTime(8, 45).atZone(COUNTY).toInstant())
                    .executeUpdate();
            return lastId(em);
        });
    }

    /** Answers with {@code correct} right answers first, the rest wrong, as letters in the form's order. */
    static String sheet(Form form, int correct) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < form.keys().length(); i++) {
            char key = form.keys().charAt(i);
            s.append(i < correct ? key : (key == 'A' ? 'B' : 'A'));
        }
        return s.toString();
    }

    static String status(TestPersistence db, long registrationId) {
        return db.inTransaction(em -> (String) em.createNativeQuery("select status from lic_registration where id = ?1")
                .setParameter(1, registrationId)
                .getSingleResult());
    }

    private static long lastId(EntityManager em) {
        return ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
    }

    private static final AtomicLong CODES = new AtomicLong(1000);

    /** A fresh kiosk code. */
    static String code() {
        return "K" + CODES.incrementAndGet() + "X";
    }
}
