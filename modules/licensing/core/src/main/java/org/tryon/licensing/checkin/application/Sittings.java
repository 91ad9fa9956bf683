package org.tryon.licensing.checkin.application;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tryon.licensing.checkin.application.CheckInViews.SessionView;
import org.tryon.platform.errors.RecordNotFoundException;

/**
 * Reads sessions, registrations and forms (tables of the sessions and item-bank parts of the module) by native SQL,
 * and writes the registration's columns check-in owns.
 */
final class Sittings {

    private static final String SESSION_COLUMNS =
            "s.id, s.certificate_type, t.name, s.session_date, s.starts_at, s.site, s.room, s.seats, "
                    + "s.proctor, s.delegate, s.status, (select count(*) from lic_registration x where x.session_id = s.id "
                    + "and x.status not in ('CANCELLED', 'RESCHEDULED'))";

    private final EntityManager em;

    Sittings(EntityManager em) {
        this.em = em;
    }

    /** A registration with its candidate and session. */
    record Registration(
            long id,
            long sessionId,
            long candidateId,
            String candidateName,
            String status,
            String certificateType,
            LocalDate sessionDate,
            LocalTime startsAt,
            int extraMinutes,
            String accessCode,
            LocalDateTime checkedInAt,
            Long formId) {

        LocalDateTime sessionStart() {
            return sessionDate.atTime(startsAt);
        }
    }

    Registration registration(long id) {
        List<?> rows = em.createNativeQuery(
                        "select r.id, r.session_id, r.candidate_id, c.full_name, r.status, s.certificate_type, s.session_date, "
                                + "s.starts_at, r.extra_minutes, r.access_code, r.checked_in_at, r.form_id from lic_registration r "
                                + "join lic_exam_session s on s.id = r.session_id join lic_candidate c on c.id = r.candidate_id where r.id = ?1")
                .setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw new RecordNotFoundException("registration", id);
        }
        return toRegistration((Object[]) rows.get(0));
    }

    /** The registrations of a session, ordered by the candidate's name. */
    List<Registration> registrationsOf(long sessionId) {
        List<?> rows = em.createNativeQuery(
                        "select r.id, r.session_id, r.candidate_id, c.full_name, r.status, s.certificate_type, s.session_date, "
                                + "s.starts_at, r.extra_minutes, r.access_code, r.checked_in_at, r.form_id from lic_registration r "
                                + "join lic_exam_session s on s.id = r.session_id join lic_candidate c on c.id = r.candidate_id where r.session_id = ?1 "
                                + "order by c.full_name, r.id")
                .setParameter(1, sessionId)
                .getResultList();
        return rows.stream().map(r -> toRegistration((Object[]) r)).toList();
    }

    private static Registration toRegistration(Object[] r) {
        return new Registration(
                num(r[0]),
                num(r[1]),
                num(r[2]),
                (String) r[3],
                (String) r[4],
                (String) r[5],
                day(r[6]),
                time(r[7]),
                (int) num(r[8]),
                (String) r[9],
                dateTime(r[10]),
                r[11] == null ? null : num(r[11]));
    }

    SessionView session(long id) {
        List<?> rows = em.createNativeQuery("select " + SESSION_COLUMNS
                        + " from lic_exam_session s join lic_certificate_type t on t.code = s.certificate_type "
                        + "where s.id = ?1")
                .setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw new RecordNotFoundException("session", id);
        }
        return toSession((Object[]) rows.get(0));
    }

    /** Sessions from {@code from} on (all when null), latest first, those delegated to {@code delegate} only when given. */
    List<SessionView> sessions(LocalDate from, Optional<String> delegate) {
        String sql = "select " + SESSION_COLUMNS
                + " from lic_exam_session s join lic_certificate_type t on t.code = s.certificate_type "
                + "where s.session_date >= ?1" + (delegate.isPresent() ? " and s.delegate = ?2" : "")
                + " order by s.session_date desc, s.starts_at desc, s.id desc";
        var q = em.createNativeQuery(sql).setParameter(1, from == null ? LocalDate.of(1900, 1, 1) : from);
        delegate.ifPresent(d -> q.setParameter(2, d));
        List<?> rows = q.setMaxResults(300).getResultList();
        return rows.stream().map(r -> toSession((Object[]) r)).toList();
    }

    private static SessionView toSession(Object[] r) {
        return new SessionView(
                num(r[0]),
                (String) r[1],
                (String) r[2],
                day(r[3]),
                time(r[4]),
                (String) r[5],
                (String) r[6],
                (int) num(r[7]),
                (String) r[8],
                (String) r[9],
                (String) r[10],
                (int) num(r[11]));
    }

    /** The locked forms of a certificate type, by code: id to code. */
    Map<Long, String> lockedForms(String certificateType) {
        List<?> rows = em.createNativeQuery(
                        "select id, code from lic_form where certificate_type = ?1 and status = 'LOCKED' order by code")
                .setParameter(1, certificateType)
                .getResultList();
        Map<Long, String> forms = new java.util.LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            forms.put(num(r[0]), (String) r[1]);
        }
        return forms;
    }

    /** How many questions the form holds (its rows in lic_form_item). */
    int itemCount(long formId) {
        return ((Number) em.createNativeQuery("select count(*) from lic_form_item where form_id = ?1")
                        .setParameter(1, formId)
                        .getSingleResult())
                .intValue();
    }

    Optional<String> formCode(Long formId) {
        if (formId == null) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("select code from lic_form where id = ?1")
                .setParameter(1, formId)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((String) rows.get(0));
    }

    /**
     * How often the candidate took each form before: the forms of their earlier attempts, and the forms given at earlier
     * check-ins that have no attempt yet (other registrations than {@code exceptRegistration}).
     */
    Map<Long, Integer> formsTaken(long candidateId, long exceptRegistration) {
        List<?> rows = em.createNativeQuery(
                        "select coalesce(a.form_id, r.form_id) from lic_registration r left join lic_attempt a on a.registration_id = r.id "
                                + "where r.candidate_id = ?1 and r.id <> ?2 and coalesce(a.form_id, r.form_id) is not null")
                .setParameter(1, candidateId)
                .setParameter(2, exceptRegistration)
                .getResultList();
        Map<Long, Integer> taken = new HashMap<>();
        for (Object form : rows) {
            taken.merge(num(form), 1, Integer::sum);
        }
        return taken;
    }

    boolean accessCodeInUse(String code) {
        return ((Number) em.createNativeQuery("select count(*) from lic_registration where access_code = ?1")
                                .setParameter(1, code)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    /** Check-in's cross-write (the licensing contract): the registration is checked in with its form and access code. */
    void markCheckedIn(long registrationId, long formId, String accessCode, LocalDateTime at) {
        int updated = em.createNativeQuery(
                        "update lic_registration set status = 'CHECKED_IN', form_id = ?1, access_code = ?2, checked_in_at = ?3, "
                                + "version = version + 1 where id = ?4 and status = 'CONFIRMED'")
                .setParameter(1, formId)
                .setParameter(2, accessCode)
                .setParameter(3, at)
                .setParameter(4, registrationId)
                .executeUpdate();
        if (updated != 1) {
            throw new org.tryon.platform.errors.RuleViolationException(
                    "registrationId",
                    "check-in.confirmed",
                    "Registration " + registrationId + " is no longer confirmed (checked in by someone else?)");
        }
    }

    /** Accommodations' cross-write: the registration's extra minutes. */
    void setExtraMinutes(long registrationId, int minutes) {
        em.createNativeQuery("update lic_registration set extra_minutes = ?1, version = version + 1 where id = ?2")
                .setParameter(1, minutes)
                .setParameter(2, registrationId)
                .executeUpdate();
    }

    static long num(Object o) {
        return o instanceof BigDecimal b ? b.longValueExact() : ((Number) o).longValue();
    }

    static LocalDate day(Object o) {
        return o == null ? null : o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }

    static LocalTime time(Object o) {
        return o == null ? null : o instanceof LocalTime t ? t : ((Time) o).toLocalTime();
    }

    static LocalDateTime dateTime(Object o) {
        return o == null ? null : o instanceof LocalDateTime t ? t : ((Timestamp) o).toLocalDateTime();
    }
}
