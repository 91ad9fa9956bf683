package org.tryon.licensing.scoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tryon.platform.audit.chain.ChainSource;
import org.tryon.platform.audit.chain.ChainedRecord;

/**
 * The records of examinations (107.1.5 C.2) as the audit chain sees them (ADR 0055): each result row with the
 * attempt, candidate, certificate type, form, day taken, raw score, items, percent, cut score, pass or fail, status,
 * the row it supersedes, the reason, who recorded it and when, and the answers it was scored from (the attempt's
 * {@code lic_response} rows, frozen once the attempt is submitted). A result is linked when it is recorded; when a
 * rescore or an invalidation supersedes it, the row's new status is linked again, so Tryon's own changes never read as
 * tampering. Read from the database as text, so the content chained and the content verified are the same bytes.
 */
@ApplicationScoped
public class ExamResultChain implements ChainSource {

    public static final String CHAIN = "exam-results";
    public static final String TYPE = "exam-result";

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    public ExamResultChain() {}

    /** For tests outside a container. */
    public ExamResultChain(EntityManager em) {
        this.em = em;
    }

    @Override
    public String chain() {
        return CHAIN;
    }

    @Override
    public String title() {
        return "Exam results";
    }

    @Override
    public Optional<ChainedRecord> record(long id) {
        return read("r.id = ?1", id, 1).stream().findFirst();
    }

    @Override
    public List<ChainedRecord> records(long afterId, int max) {
        return read("r.id > ?1", afterId, max);
    }

    private List<ChainedRecord> read(String where, long id, int max) {
        List<?> rows = em.createNativeQuery(
                        "select r.id, r.attempt_id, r.candidate_id, c.full_name, r.certificate_type,"
                                + " r.form_id, cast(r.taken_on as char), r.raw_score, r.item_count, r.percent,"
                                + " r.cut_score_percent, r.passed, r.status, r.supersedes_result_id, r.reason, r.recorded_by,"
                                + " cast(r.recorded_at as char) from lic_result r left join lic_candidate c on c.id ="
                                + " r.candidate_id where " + where + " order by r.id")
                .setParameter(1, id)
                .setMaxResults(max)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> attempts =
                rows.stream().map(o -> num(((Object[]) o)[1])).distinct().toList();
        Map<Long, StringBuilder> answers = new LinkedHashMap<>();
        for (Object o : em.createNativeQuery("select attempt_id, position, chosen from lic_response"
                        + " where attempt_id in (:attempts) order by attempt_id, position")
                .setParameter("attempts", attempts)
                .getResultList()) {
            Object[] a = (Object[]) o;
            StringBuilder s = answers.computeIfAbsent(num(a[0]), k -> new StringBuilder());
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(num(a[1])).append(':').append(a[2] == null ? "-" : String.valueOf(a[2]));
        }
        List<ChainedRecord> records = new ArrayList<>(rows.size());
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            long resultId = num(r[0]);
            boolean passed = Scoring.bool(r[11]);
            StringBuilder given = answers.get(num(r[1]));
            records.add(ChainedRecord.of(TYPE, resultId, label(resultId, r, passed))
                    .field("attempt", num(r[1]))
                    .field("candidate", num(r[2]))
                    .field("certificate type", r[4])
                    .field("form", num(r[5]))
                    .field("taken on", r[6])
                    .field("raw score", num(r[7]))
                    .field("items", num(r[8]))
                    .field("percent", plain(r[9]))
                    .field("cut score percent", plain(r[10]))
                    .field("passed", passed ? "yes" : "no")
                    .field("status", r[12])
                    .field("supersedes result", r[13] == null ? null : num(r[13]))
                    .field("reason", r[14])
                    .field("recorded by", r[15])
                    .field("recorded at (UTC)", r[16])
                    .field("answers", given == null ? "" : given.toString())
                    .build());
        }
        return records;
    }

    /** "Exam result 45 of Jane Doe (candidate 12), JOURNEYMAN-ELECTRICIAN taken 12/01/2026: 41 of 50, pass". */
    private static String label(long id, Object[] r, boolean passed) {
        String taken = r[6] == null
                ? ""
                : " taken " + org.tryon.platform.text.UsFormat.date(LocalDate.parse(String.valueOf(r[6])));
        return "Exam result " + id + " of "
                + (r[3] == null ? "candidate " + num(r[2]) : r[3] + " (candidate " + num(r[2]) + ")") + ", " + r[4]
                + taken + ": " + num(r[7]) + " of " + num(r[8]) + ", " + (passed ? "pass" : "fail");
    }

    private static String plain(Object decimal) {
        return decimal instanceof BigDecimal b ? b.toPlainString() : String.valueOf(decimal);
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }
}
