package org.tryon.platform.audit.chain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;

/**
 * The verification of every chain (ADR 0055): the director's, on the audit screen, by {@code GET
 * /api/v1/audit/verification} and {@code deploy/verify-audit.sh}; and the daily check's. Only reads, in one
 * transaction (one snapshot of the links and the rows).
 */
@ApplicationScoped
public class AuditVerification {

    static final String DIRECTOR_ONLY = "Only the director (administrator) verifies the audit chains";

    @Inject
    AuditChains chains;

    @Inject
    @Any
    Instance<ChainSource> sources;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    /** One daily check, as recorded. */
    public record DailyCheck(LocalDate checkedOn, Instant checkedAt, Boolean intact, Integer findings, String summary)
            implements java.io.Serializable {}

    /** Verifies every chain now (director). */
    @Transactional
    public VerificationReport verify() {
        user.requireAnyRole(DIRECTOR_ONLY, Roles.ADMINISTRATOR);
        return run();
    }

    /** The daily checks, newest first (director). */
    @Transactional
    public List<DailyCheck> checks(int max) {
        user.requireAnyRole(DIRECTOR_ONLY, Roles.ADMINISTRATOR);
        List<DailyCheck> checks = new ArrayList<>();
        for (Object o : em.createNativeQuery("select checked_on, checked_at, intact, findings, summary"
                        + " from plat_audit_check order by checked_on desc")
                .setMaxResults(max)
                .getResultList()) {
            Object[] r = (Object[]) o;
            checks.add(new DailyCheck(
                    day(r[0]),
                    instant(r[1]),
                    r[2] == null ? null : (r[2] instanceof Boolean b ? b : ((Number) r[2]).intValue() != 0),
                    r[3] == null ? null : ((Number) r[3]).intValue(),
                    (String) r[4]));
        }
        return checks;
    }

    /** Verifies every chain, by name; the caller opened the transaction. */
    VerificationReport run() {
        Map<String, Map<Long, String>> anchors = anchors();
        List<ChainSource> all = new ArrayList<>();
        sources.forEach(all::add);
        all.sort(Comparator.comparing(ChainSource::chain));
        List<ChainReport> reports = new ArrayList<>();
        int findings = 0;
        for (ChainSource s : all) {
            ChainReport r = chains.verify(s, anchors.getOrDefault(s.chain(), Map.of()));
            reports.add(r);
            findings += r.findingCount();
        }
        return new VerificationReport(clock.instant(), findings == 0, findings, List.copyOf(reports));
    }

    /** The ends of the chains the daily checks recorded: chain → sequence → hash. */
    private Map<String, Map<Long, String>> anchors() {
        Map<String, Map<Long, String>> anchors = new HashMap<>();
        for (Object o : em.createNativeQuery(
                        "select anchors from plat_audit_check where anchors is not null order by checked_on desc")
                .setMaxResults(60)
                .getResultList()) {
            for (String a : ((String) o).split(";")) {
                String[] p = a.split(":");
                if (p.length == 3 && !p[2].isEmpty()) {
                    anchors.computeIfAbsent(p[0], k -> new HashMap<>()).put(Long.parseLong(p[1]), p[2]);
                }
            }
        }
        return anchors;
    }

    /** The anchors text of a report: each chain's last link. */
    static String anchorsOf(VerificationReport report) {
        StringBuilder s = new StringBuilder();
        for (ChainReport c : report.chains()) {
            if (c.lastHash() != null) {
                if (!s.isEmpty()) {
                    s.append(';');
                }
                s.append(c.chain())
                        .append(':')
                        .append(c.lastSequence())
                        .append(':')
                        .append(c.lastHash());
            }
        }
        return s.toString();
    }

    private static LocalDate day(Object o) {
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return o instanceof LocalDate l ? l : LocalDate.parse(String.valueOf(o));
    }

    private static Instant instant(Object o) {
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        return o instanceof Instant i ? i : null;
    }
}
