package org.tryon.licensing.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.Session;
import org.tryon.licensing.statistics.application.StatisticsViews.FormOption;
import org.tryon.licensing.statistics.application.StatisticsViews.ItemRow;
import org.tryon.licensing.statistics.application.StatisticsViews.Report;
import org.tryon.licensing.statistics.application.StatisticsViews.SessionOption;
import org.tryon.licensing.statistics.domain.FormStatistics;
import org.tryon.licensing.statistics.domain.ItemAnalysis;
import org.tryon.licensing.statistics.domain.ItemStatistics;
import org.tryon.licensing.statistics.domain.ResponseMatrix;
import org.tryon.licensing.statistics.domain.StatisticsSettings;
import org.tryon.licensing.statistics.domain.StatisticsThresholds;
import org.tryon.platform.errors.InvalidInputException;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.settings.Settings;

/**
 * Item statistics of a form over an administration or a period (107.1.5 C: the subcommittees keep the records of
 * examinations and review the items). Reads the exam tables with native SQL only (the attempts, responses and results
 * belong to delivery and scoring): the form's items (item versions: statistics belong to a version, never to an item
 * across its edits), then every response of the scope's submitted attempts in ONE streaming query into a packed
 * {@link ResponseMatrix}, analysed in one pass ({@link ItemAnalysis}). An attempt whose current result is INVALIDATED
 * (an irregularity) is left out; a submitted attempt not yet scored counts. A read: nothing is written.
 */
@ApplicationScoped
public class ExamStatistics {

    /** Basis named by refusals. */
    static final String BASIS = "107.1.5 C";

    /** Rows fetched per round trip while streaming the responses. */
    static final int FETCH_SIZE = 10_000;

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    public ExamStatistics() {}

    /** For tests outside a container: the default thresholds, the given clock. */
    public ExamStatistics(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    private record FormItem(int position, long versionId, String key, String contentArea, String code, int number) {}

    /** The statistics of the scope's form over its administrations. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Report report(StatisticsScope scope) {
        long started = System.nanoTime();
        if (scope.form() == null || scope.form().isBlank()) {
            throw new InvalidInputException(
                    "form", BASIS, "Choose the form: statistics (and the reliability) belong to one form");
        }
        if (scope.sessionId() != null && (scope.from() != null || scope.to() != null)) {
            throw new InvalidInputException(
                    "session", BASIS, "Choose either one administration (a session) or a period, not both");
        }
        if (scope.from() != null && scope.to() != null && scope.from().isAfter(scope.to())) {
            throw new InvalidInputException(
                    "to", BASIS, "The period ends (" + scope.to() + ") before it begins (" + scope.from() + ")");
        }
        Object[] form = first(em.createNativeQuery("select id, certificate_type, code from lic_form where code = ?1")
                .setParameter(1, scope.form().trim())
                .getResultList());
        if (form == null) {
            throw new RecordNotFoundException("form", scope.form());
        }
        long formId = ((Number) form[0]).longValue();
        String type = (String) form[1];
        if (scope.certificateType() != null
                && !scope.certificateType().isBlank()
                && !scope.certificateType().equals(type)) {
            throw new RuleViolationException(
                    "certificateType",
                    BASIS,
                    "Form " + form[2] + " is a form of " + type + ", not of " + scope.certificateType());
        }
        LocalDate sessionDate = null;
        if (scope.sessionId() != null) {
            Object[] session = first(em.createNativeQuery(
                            "select id, session_date, certificate_type from lic_exam_session where id = ?1")
                    .setParameter(1, scope.sessionId())
                    .getResultList());
            if (session == null) {
                throw new RecordNotFoundException("exam session", scope.sessionId());
            }
            sessionDate = toDate(session[1]);
        }
        LocalDate thresholdsOn =
                sessionDate != null ? sessionDate : scope.to() != null ? scope.to() : LocalDate.now(clock);
        StatisticsThresholds thresholds = thresholds(thresholdsOn);

        List<FormItem> items = formItems(formId);
        StringBuilder keys = new StringBuilder();
        int maxPosition = 0;
        for (FormItem i : items) {
            keys.append(i.key());
            maxPosition = Math.max(maxPosition, i.position());
        }
        int[] column = new int[maxPosition + 1];
        java.util.Arrays.fill(column, -1);
        for (int j = 0; j < items.size(); j++) {
            column[items.get(j).position()] = j;
        }
        int optionCount = optionCount(formId);
        ResponseMatrix matrix = new ResponseMatrix(keys.toString(), 256);
        if (!items.isEmpty()) {
            load(matrix, column, formId, scope);
        }
        FormStatistics stats = ItemAnalysis.analyse(matrix, optionCount, thresholds);

        int options = stats.itemStatistics().stream()
                .mapToInt(s -> s.optionShares().size())
                .max()
                .orElse(optionCount);
        List<String> labels = new ArrayList<>();
        for (int o = 0; o < options; o++) {
            labels.add(String.valueOf((char) ('A' + o)));
        }
        List<ItemRow> rows = new ArrayList<>(items.size());
        for (int j = 0; j < items.size(); j++) {
            FormItem fi = items.get(j);
            ItemStatistics s = stats.itemStatistics().get(j);
            List<BigDecimal> shares = new ArrayList<>(options);
            for (int o = 0; o < options; o++) {
                shares.add(StatisticsViews.four(
                        o < s.optionShares().size() ? s.optionShares().get(o) : 0.0));
            }
            rows.add(new ItemRow(
                    fi.position(),
                    fi.versionId(),
                    fi.code(),
                    fi.number(),
                    fi.contentArea(),
                    fi.key(),
                    s.right(),
                    StatisticsViews.four(s.difficulty()),
                    StatisticsViews.four(s.discrimination()),
                    List.copyOf(shares),
                    StatisticsViews.four(s.blankShare()),
                    s.flags().stream().map(f -> f.describe(thresholds)).toList()));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Report(
                type,
                formId,
                (String) form[2],
                scope.sessionId(),
                sessionDate,
                scope.from(),
                scope.to(),
                thresholdsOn,
                thresholds.minDifficulty(),
                thresholds.maxDifficulty(),
                thresholds.minDiscrimination(),
                stats.candidates(),
                stats.items(),
                StatisticsViews.four(stats.mean()),
                StatisticsViews.four(stats.sd()),
                StatisticsViews.four(stats.kr20()),
                StatisticsViews.four(stats.sem()),
                stats.scoreCounts(),
                List.copyOf(labels),
                List.copyOf(rows),
                millis);
    }

    /** The thresholds in force on {@code day} (effective-dated settings; the defaults outside a container). */
    StatisticsThresholds thresholds(LocalDate day) {
        if (settings == null) {
            return StatisticsThresholds.DEFAULT;
        }
        return new StatisticsThresholds(
                settings.valueOn(StatisticsSettings.MIN_DIFFICULTY, day),
                settings.valueOn(StatisticsSettings.MAX_DIFFICULTY, day),
                settings.valueOn(StatisticsSettings.MIN_DISCRIMINATION, day));
    }

    private List<FormItem> formItems(long formId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select fi.position, fi.item_version_id, iv.correct_option, iv.content_area, i.code, iv.number"
                                + " from lic_form_item fi join lic_item_version iv on iv.id = fi.item_version_id join lic_item i on i.id = iv.item_id"
                                + " where fi.form_id = ?1 order by fi.position")
                .setParameter(1, formId)
                .getResultList();
        List<FormItem> items = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            items.add(new FormItem(
                    ((Number) r[0]).intValue(),
                    ((Number) r[1]).longValue(),
                    String.valueOf(r[2]).trim(),
                    (String) r[3],
                    (String) r[4],
                    ((Number) r[5]).intValue()));
        }
        return items;
    }

    /** How many options (A..) the form's items offer: the highest label on record, 4 (A-D) when none is. */
    private int optionCount(long formId) {
        Object max = em.createNativeQuery(
                        "select max(o.label) from lic_item_option o join lic_form_item fi on fi.item_version_id = o.item_version_id"
                                + " where fi.form_id = ?1")
                .setParameter(1, formId)
                .getSingleResult();
        if (max == null || String.valueOf(max).isBlank()) {
            return 4;
        }
        return Math.max(1, Character.toUpperCase(String.valueOf(max).charAt(0)) - 'A' + 1);
    }

    /**
     * The one streaming query: every response of the scope's submitted attempts (an attempt without any response row is
     * a candidate who left every item blank), attempts with an INVALIDATED current result left out. Rows of one attempt
     * arrive together (the join walks the response's primary key), so the candidate's row is found without a map.
     */
    private void load(ResponseMatrix matrix, int[] column, long formId, StatisticsScope scope) {
        StringBuilder sql = new StringBuilder(
                "select a.id, r.position, r.chosen from lic_attempt a"
                        + " join lic_registration g on g.id = a.registration_id"
                        + " join lic_exam_session s on s.id = g.session_id"
                        + " left join lic_response r on r.attempt_id = a.id"
                        + " where a.form_id = ? and a.status = 'SUBMITTED'"
                        + " and not exists (select 1 from lic_result x where x.attempt_id = a.id and x.status = 'INVALIDATED')");
        List<Object> params = new ArrayList<>(List.of(formId));
        if (scope.sessionId() != null) {
            sql.append(" and s.id = ?");
            params.add(scope.sessionId());
        }
        if (scope.from() != null) {
            sql.append(" and s.session_date >= ?");
            params.add(java.sql.Date.valueOf(scope.from()));
        }
        if (scope.to() != null) {
            sql.append(" and s.session_date <= ?");
            params.add(java.sql.Date.valueOf(scope.to()));
        }
        String query = sql.toString();
        em.unwrap(Session.class).doWork(connection -> stream(connection, query, params, matrix, column));
    }

    private static void stream(
            Connection connection, String sql, List<Object> params, ResponseMatrix matrix, int[] column)
            throws SQLException {
        try (PreparedStatement ps =
                connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            java.util.HashMap<Long, Integer> rowOf = new java.util.HashMap<>();
            long lastAttempt = Long.MIN_VALUE;
            int row = -1;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long attempt = rs.getLong(1);
                    if (attempt != lastAttempt) {
                        Integer known = rowOf.get(attempt);
                        if (known == null) {
                            row = matrix.addCandidate();
                            rowOf.put(attempt, row);
                        } else {
                            row = known;
                        }
                        lastAttempt = attempt;
                    }
                    int position = rs.getInt(2);
                    if (rs.wasNull() || position < 0 || position >= column.length || column[position] < 0) {
                        continue;
                    }
                    String chosen = rs.getString(3);
                    matrix.set(
                            row,
                            column[position],
                            chosen == null || chosen.isEmpty() ? 0 : ResponseMatrix.code(chosen.charAt(0)));
                }
            }
        }
    }

    /** The forms of a certificate type (all types when null), with their submitted attempts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FormOption> forms(String certificateType) {
        boolean all = certificateType == null || certificateType.isBlank();
        jakarta.persistence.Query q = em.createNativeQuery("select f.id, f.code, f.certificate_type, f.status,"
                + " (select count(*) from lic_form_item fi where fi.form_id = f.id),"
                + " (select count(*) from lic_attempt a where a.form_id = f.id and a.status = 'SUBMITTED')"
                + " from lic_form f where f.status <> 'DRAFT'" + (all ? "" : " and f.certificate_type = ?1")
                + " order by f.certificate_type, f.code");
        if (!all) {
            q.setParameter(1, certificateType);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream()
                .map(r -> new FormOption(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        ((Number) r[4]).intValue(),
                        ((Number) r[5]).longValue()))
                .toList();
    }

    /** The administrations (sessions) in which a form was taken, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionOption> sessions(String form) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select s.id, s.session_date, s.site, s.room, count(a.id) from lic_exam_session s"
                                + " join lic_registration g on g.session_id = s.id join lic_attempt a on a.registration_id = g.id"
                                + " join lic_form f on f.id = a.form_id where f.code = ?1 and a.status = 'SUBMITTED'"
                                + " group by s.id, s.session_date, s.site, s.room order by s.session_date desc, s.id desc")
                .setParameter(1, form)
                .getResultList();
        return rows.stream()
                .map(r -> new SessionOption(
                        ((Number) r[0]).longValue(),
                        toDate(r[1]),
                        (String) r[2],
                        (String) r[3],
                        ((Number) r[4]).longValue()))
                .toList();
    }

    /** The CSV columns before the option shares. */
    public static final List<String> CSV_LEAD = List.of(
            "position",
            "item",
            "version",
            "item_version_id",
            "content_area",
            "key",
            "n",
            "right",
            "p",
            "discrimination");

    /** The item table as CSV (Commons CSV, RFC 4180): one line per item, "n/a" for an undefined value. */
    public static void writeCsv(Report report, Writer out) {
        List<String> header = new ArrayList<>(CSV_LEAD);
        report.options().forEach(o -> header.add("share_" + o));
        header.add("share_blank");
        header.add("flags");
        try {
            CSVPrinter csv = new CSVPrinter(
                    out,
                    CSVFormat.RFC4180
                            .builder()
                            .setHeader(header.toArray(String[]::new))
                            .get());
            for (ItemRow r : report.itemRows()) {
                List<Object> line = new ArrayList<>(List.of(
                        r.position(),
                        r.item(),
                        r.version(),
                        r.itemVersionId(),
                        r.contentArea(),
                        r.key(),
                        report.candidates(),
                        r.right(),
                        StatisticsViews.text(r.difficulty()),
                        StatisticsViews.text(r.discrimination())));
                r.optionShares().forEach(s -> line.add(StatisticsViews.text(s)));
                line.add(StatisticsViews.text(r.blankShare()));
                line.add(r.flagsText());
                csv.printRecord(line);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object[] first(List<?> rows) {
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    private static LocalDate toDate(Object o) {
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return o == null ? null : LocalDate.parse(o.toString().substring(0, 10));
    }
}
