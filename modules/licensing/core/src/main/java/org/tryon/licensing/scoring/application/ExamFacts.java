package org.tryon.licensing.scoring.application;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tryon.licensing.scoring.domain.ScoreChallenge;
import org.tryon.licensing.scoring.domain.ScoreSheet;

/**
 * Reads of the tables delivery and scoring do not own (registrations, sessions, candidates, forms and items belong
 * to sessions, check-in and the item bank; read by native SQL, see the licensing contract) and of the answers.
 * Never writes.
 */
public final class ExamFacts {

    private ExamFacts() {}

    /** A registration as delivery and scoring need it. */
    public record Registration(
            long id,
            long candidateId,
            String candidateName,
            long sessionId,
            String certificateType,
            String certificateName,
            LocalDate sessionDate,
            Long formId,
            String formCode,
            int extraMinutes,
            String status,
            String accessCode)
            implements java.io.Serializable {
        public boolean checkedIn() {
            return "CHECKED_IN".equals(status);
        }
    }

    /** A question of a form as the candidate sees it (no key). */
    public record Question(int position, long itemVersionId, String stem, List<Option> options)
            implements java.io.Serializable {}

    public record Option(String label, String text) implements java.io.Serializable {}

    private static final String REGISTRATION =
            "select r.id, r.candidate_id, c.full_name, r.session_id, s.certificate_type, t.name, s.session_date,"
                    + " r.form_id, f.code, r.extra_minutes, r.status, r.access_code from lic_registration r"
                    + " join lic_candidate c on c.id = r.candidate_id join lic_exam_session s on s.id = r.session_id"
                    + " join lic_certificate_type t on t.code = s.certificate_type left join lic_form f on f.id = r.form_id ";

    public static Optional<Registration> registration(EntityManager em, long id) {
        return registration(em.createNativeQuery(REGISTRATION + "where r.id = ?1")
                .setParameter(1, id)
                .getResultList());
    }

    /** The registration whose kiosk code this is (codes are unique; compared as entered, upper-cased). */
    public static Optional<Registration> byAccessCode(EntityManager em, String code) {
        if (code == null || code.isBlank() || code.trim().length() > 12) {
            return Optional.empty();
        }
        return registration(em.createNativeQuery(REGISTRATION + "where r.access_code = ?1")
                .setParameter(1, code.trim().toUpperCase())
                .getResultList());
    }

    private static Optional<Registration> registration(List<?> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Registration(
                num(r[0]),
                num(r[1]),
                (String) r[2],
                num(r[3]),
                (String) r[4],
                (String) r[5],
                day(r[6]),
                r[7] == null ? null : num(r[7]),
                (String) r[8],
                (int) num(r[9]),
                (String) r[10],
                (String) r[11]));
    }

    /** The questions of a form in their order, with their options, never the keys. */
    public static List<Question> questions(EntityManager em, long formId) {
        List<?> rows = em.createNativeQuery(
                        "select fi.position, fi.item_version_id, v.stem, o.label, o.text from lic_form_item fi"
                                + " join lic_item_version v on v.id = fi.item_version_id left join lic_item_option o on o.item_version_id = v.id"
                                + " where fi.form_id = ?1 order by fi.position, o.label")
                .setParameter(1, formId)
                .getResultList();
        Map<Integer, Question> byPosition = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            int position = (int) num(r[0]);
            Question q = byPosition.computeIfAbsent(
                    position, p -> new Question(p, num(r[1]), (String) r[2], new ArrayList<>()));
            if (r[3] != null) {
                q.options().add(new Option(text(r[3]), (String) r[4]));
            }
        }
        return List.copyOf(byPosition.values());
    }

    /**
     * The keys of a form as scored today: the administered item version's key, unless the subcommittee accepted an
     * item challenge on it (the latest accepted decision applies: every answer credited, or a corrected key).
     */
    public static List<ScoreSheet.Keyed> keys(EntityManager em, long formId) {
        List<?> rows = em.createNativeQuery(
                        "select fi.position, fi.item_version_id, v.content_area, v.correct_option,"
                                + " (select ch.resolution from lic_challenge ch where ch.item_version_id = v.id and ch.status = 'ACCEPTED'"
                                + "   order by ch.decided_on desc, ch.id desc limit 1),"
                                + " (select ch.corrected_option from lic_challenge ch where ch.item_version_id = v.id and ch.status = 'ACCEPTED'"
                                + "   order by ch.decided_on desc, ch.id desc limit 1)"
                                + " from lic_form_item fi join lic_item_version v on v.id = fi.item_version_id where fi.form_id = ?1 order by fi.position")
                .setParameter(1, formId)
                .getResultList();
        List<ScoreSheet.Keyed> keys = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            String resolution = (String) r[4];
            String key = ScoreChallenge.KEY_CHANGED.equals(resolution) ? text(r[5]) : text(r[3]);
            keys.add(new ScoreSheet.Keyed(
                    (int) num(r[0]), num(r[1]), (String) r[2], key, ScoreChallenge.CREDIT_ALL.equals(resolution)));
        }
        return keys;
    }

    /** The answers of an attempt by position (null for a blank). */
    public static Map<Integer, String> answers(EntityManager em, long attemptId) {
        Map<Integer, String> answers = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery(
                        "select position, chosen from lic_response where attempt_id = ?1 order by position")
                .setParameter(1, attemptId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            answers.put((int) num(r[0]), r[1] == null ? null : text(r[1]));
        }
        return answers;
    }

    /** The flagged positions of an attempt. */
    public static List<Integer> flagged(EntityManager em, long attemptId) {
        List<Integer> flagged = new ArrayList<>();
        for (Object p : em.createNativeQuery(
                        "select position from lic_response where attempt_id = ?1 and flagged = true order by position")
                .setParameter(1, attemptId)
                .getResultList()) {
            flagged.add((int) num(p));
        }
        return flagged;
    }

    public static long num(Object o) {
        return ((Number) o).longValue();
    }

    public static String text(Object o) {
        return o == null ? null : String.valueOf(o).trim();
    }

    public static BigDecimal decimal(Object o) {
        return o instanceof BigDecimal b ? b : new BigDecimal(String.valueOf(o));
    }

    public static LocalDate day(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(String.valueOf(o));
    }

    public static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("Not an instant: " + o.getClass());
    }
}
