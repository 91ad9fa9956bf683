package org.tryon.licensing.statistics.application;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hibernate.Session;
import org.tryon.licensing.module.application.ExamRuleBook;
import org.tryon.licensing.module.domain.ExamRule;

/**
 * Past administrations of a form with simulated candidates, for the demo only (the licensing contract lets the
 * statistics demo insert sessions, registrations, attempts, responses and results directly, by native SQL). A seeded
 * item-response model makes the items differ as real ones do: a candidate of ability theta answers an item of difficulty
 * b and discrimination a right with probability c + (1 - c) / (1 + exp(-a (theta - b))) (a 3PL model with c = 0.2 for
 * guessing among four options). Three positions are bad on purpose so the flags show: position 3 is far too hard (no
 * guessing), position 7 far too easy, position 11 discriminates negatively (as a miskeyed item would). Each simulated
 * candidate is entered, applies (ELIGIBLE), registers (COMPLETED), sits the form (SUBMITTED) and is scored by the rule in
 * force on the session's day (VALID; pass = percent >= cut score). Nothing here is reachable outside the demo loader.
 */
public final class SimulatedAdministrations {

    /** Positions of the items bad on purpose. */
    public static final int TOO_HARD_POSITION = 3;

    public static final int TOO_EASY_POSITION = 7;
    public static final int NEGATIVE_POSITION = 11;

    private static final String[] FIRST = {
        "Alex", "Blake", "Carmen", "Dana", "Eli", "Fran", "Gabe", "Hana", "Ivan", "Jules", "Kai", "Lena", "Milo", "Nia",
        "Omar", "Pia", "Quinn", "Rosa", "Sami", "Tess"
    };
    private static final String[] LAST = {
        "Adams", "Baker", "Cruz", "Diaz", "Evans", "Ford", "Grant", "Hayes", "Ito", "Jones", "Khan", "Lopez", "Moss",
        "Nolan", "Ortiz", "Price", "Reed", "Shaw", "Tran", "Vega"
    };

    private final EntityManager em;
    private final ExamRuleBook rules;

    public SimulatedAdministrations(EntityManager em, ExamRuleBook rules) {
        this.em = em;
        this.rules = rules;
    }

    private record Item(int position, long versionId, char key, int options) {}

    /**
     * Simulates one held session of {@code formCode} on {@code day} with {@code candidates} candidates. The first
     * candidate's result is INVALIDATED when {@code oneInvalidated} (an irregularity), so the exclusion shows.
     *
     * @return the session's id
     */
    public long administer(String formCode, LocalDate day, int candidates, long seed, boolean oneInvalidated) {
        Object[] form = (Object[]) em.createNativeQuery("select id, certificate_type from lic_form where code = ?1")
                .setParameter(1, formCode)
                .getSingleResult();
        long formId = ((Number) form[0]).longValue();
        String type = (String) form[1];
        ExamRule rule = rules.inForce(type, day);
        List<Item> items = items(formId);
        Random random = new Random(seed);
        double[] a = new double[items.size()];
        double[] b = new double[items.size()];
        double[] c = new double[items.size()];
        Random itemRandom = new Random(formCode.hashCode() * 31L + 7);
        for (int j = 0; j < items.size(); j++) {
            a[j] = 0.5 + 1.5 * itemRandom.nextDouble();
            b[j] = -2.0 + 3.0 * itemRandom.nextDouble();
            c[j] = 0.2;
            int position = items.get(j).position();
            if (position == TOO_HARD_POSITION) {
                a[j] = 1.5;
                b[j] = 3.5;
                c[j] = 0.0;
            } else if (position == TOO_EASY_POSITION) {
                a[j] = 1.5;
                b[j] = -5.0;
                c[j] = 0.0;
            } else if (position == NEGATIVE_POSITION) {
                a[j] = -1.3;
                b[j] = 0.0;
            }
        }
        Long[] sessionId = new Long[1];
        em.unwrap(Session.class)
                .doWork(connection -> sessionId[0] = insert(
                        connection,
                        formId,
                        type,
                        rule,
                        items,
                        day,
                        candidates,
                        random,
                        a,
                        b,
                        c,
                        oneInvalidated,
                        formCode));
        return sessionId[0];
    }

    private List<Item> items(long formId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select fi.position, fi.item_version_id, iv.correct_option,"
                                + " (select count(*) from lic_item_option o where o.item_version_id = iv.id)"
                                + " from lic_form_item fi join lic_item_version iv on iv.id = fi.item_version_id where fi.form_id = ?1 order by fi.position")
                .setParameter(1, formId)
                .getResultList();
        List<Item> items = new ArrayList<>();
        for (Object[] r : rows) {
            int options = ((Number) r[3]).intValue();
            items.add(new Item(
                    ((Number) r[0]).intValue(),
                    ((Number) r[1]).longValue(),
                    String.valueOf(r[2]).trim().charAt(0),
                    options < 2 ? 4 : options));
        }
        return items;
    }

    private static long insert(
            Connection con,
            long formId,
            String type,
            ExamRule rule,
            List<Item> items,
            LocalDate day,
            int candidates,
            Random random,
            double[] a,
            double[] b,
            double[] c,
            boolean oneInvalidated,
            String formCode)
            throws SQLException {
        LocalDateTime start = day.atTime(LocalTime.of(9, 0));
        long session = insertReturningId(
                con,
                "insert into lic_exam_session (certificate_type, session_date, starts_at, site, room, seats, proctor,"
                        + " status, version) values (?, ?, ?, 'Hal Marshall Center', 'Testing room 2', ?, 'Demo proctor', 'HELD', 0)",
                type,
                java.sql.Date.valueOf(day),
                java.sql.Time.valueOf(LocalTime.of(9, 0)),
                Math.max(candidates, 10));
        try (PreparedStatement responses =
                con.prepareStatement("insert into lic_response (attempt_id, position, item_version_id, chosen,"
                        + " answered_at) values (?, ?, ?, ?, ?)")) {
            for (int n = 0; n < candidates; n++) {
                String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
                String email = "sim-" + formCode.toLowerCase() + "-" + day + "-" + n + "@example.org";
                long candidate = insertReturningId(
                        con,
                        "insert into lic_candidate (full_name, email, phone, certificate_type, entered_on, version)"
                                + " values (?, ?, null, ?, ?, 0)",
                        name,
                        email,
                        type,
                        java.sql.Date.valueOf(day.minusDays(75)));
                long application = insertReturningId(
                        con,
                        "insert into lic_application (candidate_id, certificate_type, applied_on, status,"
                                + " decided_on, eligible_until, version) values (?, ?, ?, 'ELIGIBLE', ?, ?, 0)",
                        candidate,
                        type,
                        java.sql.Date.valueOf(day.minusDays(70)),
                        java.sql.Date.valueOf(day.minusDays(60)),
                        java.sql.Date.valueOf(day.minusDays(60).plusDays(rule.getEligibilityValidDays())));
                long registration = insertReturningId(
                        con,
                        "insert into lic_registration (session_id, application_id, candidate_id, status,"
                                + " registered_on, form_id, extra_minutes, checked_in_at, version) values (?, ?, ?, 'COMPLETED', ?, ?, 0, ?, 0)",
                        session,
                        application,
                        candidate,
                        java.sql.Date.valueOf(day.minusDays(30)),
                        formId,
                        Timestamp.valueOf(start.minusMinutes(20)));
                int used = rule.getMinutes() * 60 / 2 + random.nextInt(rule.getMinutes() * 30);
                long attempt = insertReturningId(
                        con,
                        "insert into lic_attempt (registration_id, form_id, mode, started_at, allowed_seconds,"
                                + " used_seconds, submitted_at, status, version) values (?, ?, 'SCREEN', ?, ?, ?, ?, 'SUBMITTED', 0)",
                        registration,
                        formId,
                        Timestamp.valueOf(start),
                        rule.getMinutes() * 60,
                        used,
                        Timestamp.valueOf(start.plusSeconds(used)));
                double theta = 0.4 + random.nextGaussian();
                int right = 0;
                for (int j = 0; j < items.size(); j++) {
                    Item item = items.get(j);
                    double p = c[j] + (1 - c[j]) / (1 + Math.exp(-a[j] * (theta - b[j])));
                    String chosen;
                    double u = random.nextDouble();
                    if (u < p) {
                        chosen = String.valueOf(item.key());
                        right++;
                    } else if (random.nextDouble() < 0.03) {
                        chosen = null;
                    } else {
                        // a wrong option; the first distractor after the key draws half of the wrong answers
                        int k = item.key() - 'A';
                        int offset =
                                random.nextDouble() < 0.5 ? 1 : 1 + random.nextInt(Math.max(1, item.options() - 1));
                        chosen = String.valueOf((char) ('A' + (k + offset) % item.options()));
                    }
                    responses.setLong(1, attempt);
                    responses.setInt(2, item.position());
                    responses.setLong(3, item.versionId());
                    responses.setString(4, chosen);
                    responses.setTimestamp(
                            5, Timestamp.valueOf(start.plusSeconds((long) used * (j + 1) / items.size())));
                    responses.addBatch();
                }
                BigDecimal percent = items.isEmpty()
                        ? BigDecimal.ZERO
                        : BigDecimal.valueOf(right * 100L)
                                .divide(BigDecimal.valueOf(items.size()), 2, RoundingMode.HALF_UP);
                boolean invalidated = oneInvalidated && n == 0;
                boolean passed = !invalidated && percent.compareTo(rule.getCutScorePercent()) >= 0;
                insertReturningId(
                        con,
                        "insert into lic_result (attempt_id, candidate_id, certificate_type, form_id, taken_on, raw_score, item_count,"
                                + " percent, cut_score_percent, passed, status, reason, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo', ?)",
                        attempt,
                        candidate,
                        type,
                        formId,
                        java.sql.Date.valueOf(day),
                        right,
                        items.size(),
                        percent,
                        rule.getCutScorePercent(),
                        passed,
                        invalidated ? "INVALIDATED" : "VALID",
                        invalidated
                                ? "Irregularity: notes written into the reference book (simulated demo administration)"
                                : "Scored (simulated demo administration)",
                        Timestamp.valueOf(start.plusHours(5)));
                if ((n + 1) % 50 == 0) {
                    responses.executeBatch();
                }
            }
            responses.executeBatch();
        }
        return session;
    }

    private static long insertReturningId(Connection con, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }
}
