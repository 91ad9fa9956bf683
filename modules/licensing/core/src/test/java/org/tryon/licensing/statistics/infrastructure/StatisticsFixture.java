package org.tryon.licensing.statistics.infrastructure;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;

/** Inserts item-bank forms and administrations by native SQL, as the other parts of the module would have (tests only). */
final class StatisticsFixture {

    private StatisticsFixture() {}

    /** A LOCKED form of {@code keys.length()} items keyed by the letters of {@code keys}, options A-D, content areas cycling. */
    static long form(EntityManager em, String code, String type, String keys) {
        em.createNativeQuery(
                        "insert into lic_form (certificate_type, code, status, version) values (?1, ?2, 'LOCKED', 0)")
                .setParameter(1, type)
                .setParameter(2, code)
                .executeUpdate();
        long form = id(em, "select id from lic_form where code = '" + code + "'");
        String[] areas = {
            "NEC 210 Branch circuits",
            "NEC 250 Grounding and bonding",
            "NEC 310 Conductors",
            "NEC 110 General requirements"
        };
        for (int j = 0; j < keys.length(); j++) {
            String itemCode = code + "-Q" + (j + 1);
            em.createNativeQuery("insert into lic_item (certificate_type, code, version) values (?1, ?2, 0)")
                    .setParameter(1, type)
                    .setParameter(2, itemCode)
                    .executeUpdate();
            long item = id(em, "select id from lic_item where code = '" + itemCode + "'");
            em.createNativeQuery(
                            "insert into lic_item_version (item_id, number, stem, correct_option, content_area, author, status, administered,"
                                    + " created_at) values (?1, 2, 'Confidential stem', ?2, ?3, 'test', 'ACTIVE', true, '2026-01-01 00:00:00')")
                    .setParameter(1, item)
                    .setParameter(2, String.valueOf(keys.charAt(j)))
                    .setParameter(3, areas[j % areas.length])
                    .executeUpdate();
            long version = id(em, "select id from lic_item_version where item_id = " + item);
            for (char o = 'A'; o <= 'D'; o++) {
                em.createNativeQuery("insert into lic_item_option (item_version_id, label, text) values (?1, ?2, ?3)")
                        .setParameter(1, version)
                        .setParameter(2, String.valueOf(o))
                        .setParameter(3, "Option " + o)
                        .executeUpdate();
            }
            em.createNativeQuery("insert into lic_form_item (form_id, position, item_version_id) values (?1, ?2, ?3)")
                    .setParameter(1, form)
                    .setParameter(2, j + 1)
                    .setParameter(3, version)
                    .executeUpdate();
        }
        return form;
    }

    static long session(EntityManager em, String type, LocalDate day) {
        em.createNativeQuery(
                        "insert into lic_exam_session (certificate_type, session_date, starts_at, site, room, seats, proctor, status, version)"
                                + " values (?1, ?2, '09:00:00', 'Hal Marshall Center', 'Room 1', 20, 'Proctor', 'HELD', 0)")
                .setParameter(1, type)
                .setParameter(2, day)
                .executeUpdate();
        return id(em, "select max(id) from lic_exam_session");
    }

    /**
     * A candidate who sat the form in the session and answered {@code letters} ('-' = no response row, '.' = a row with
     * nothing chosen); {@code results} are the statuses of the attempt's result rows in order ("VALID", or "SUPERSEDED",
     * "INVALIDATED" for an invalidation replacing a first score; none when not scored yet).
     */
    static long attempt(
            EntityManager em,
            long session,
            long form,
            String type,
            String letters,
            String attemptStatus,
            String... results) {
        em.createNativeQuery("insert into lic_candidate (full_name, email, certificate_type, entered_on, version)"
                        + " values ('Test Candidate', 'c@example.org', ?1, '2026-10-01', 0)")
                .setParameter(1, type)
                .executeUpdate();
        long candidate = id(em, "select max(id) from lic_candidate");
        em.createNativeQuery("insert into lic_application (candidate_id, certificate_type, applied_on, status, version)"
                        + " values (?1, ?2, '2026-10-01', 'ELIGIBLE', 0)")
                .setParameter(1, candidate)
                .setParameter(2, type)
                .executeUpdate();
        long application = id(em, "select max(id) from lic_application");
        em.createNativeQuery(
                        "insert into lic_registration (session_id, application_id, candidate_id, status, registered_on, form_id, version)"
                                + " values (?1, ?2, ?3, 'COMPLETED', '2026-10-02', ?4, 0)")
                .setParameter(1, session)
                .setParameter(2, application)
                .setParameter(3, candidate)
                .setParameter(4, form)
                .executeUpdate();
        long registration = id(em, "select max(id) from lic_registration");
        em.createNativeQuery(
                        "insert into lic_attempt (registration_id, form_id, mode, allowed_seconds, status, version)"
                                + " values (?1, ?2, 'SCREEN', 7200, ?3, 0)")
                .setParameter(1, registration)
                .setParameter(2, form)
                .setParameter(3, attemptStatus)
                .executeUpdate();
        long attempt = id(em, "select max(id) from lic_attempt");
        for (int j = 0; j < letters.length(); j++) {
            char l = letters.charAt(j);
            if (l == '-') {
                continue;
            }
            long version = id(
                    em,
                    "select item_version_id from lic_form_item where form_id = " + form + " and position = " + (j + 1));
            em.createNativeQuery(
                            "insert into lic_response (attempt_id, position, item_version_id, chosen) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, attempt)
                    .setParameter(2, j + 1)
                    .setParameter(3, version)
                    .setParameter(4, l == '.' ? null : String.valueOf(l))
                    .executeUpdate();
        }
        Long previous = null;
        for (String status : results) {
            em.createNativeQuery(
                            "insert into lic_result (attempt_id, candidate_id, certificate_type, form_id, taken_on, raw_score, item_count,"
                                    + " percent, cut_score_percent, passed, status, supersedes_result_id, reason, recorded_by, recorded_at)"
                                    + " values (?1, ?2, ?3, ?4, '2026-11-02', 0, ?5, 0, 72, false, ?6, ?7, 'test', 'test', '2026-11-02 12:00:00')")
                    .setParameter(1, attempt)
                    .setParameter(2, candidate)
                    .setParameter(3, type)
                    .setParameter(4, form)
                    .setParameter(5, letters.length())
                    .setParameter(6, status)
                    .setParameter(7, previous)
                    .executeUpdate();
            previous = id(em, "select max(id) from lic_result");
        }
        return attempt;
    }

    static long id(EntityManager em, String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
