package org.tryon.platform.audit.chain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.tryon.platform.jobs.DailyJob;

/**
 * Verifies every chain once a county day, whichever instance gets there first (the day's row of {@code
 * plat_audit_check} is its unique key), and records the outcome with the end of each chain (its anchors: a later
 * rewrite of the links up to there is a finding). A break is logged as a warning and shown on the audit screen.
 */
@ApplicationScoped
public class AuditChainCheck implements DailyJob {

    private static final Logger LOG = Logger.getLogger(AuditChainCheck.class.getName());

    @Inject
    AuditVerification verification;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Override
    public String name() {
        return "Audit chains verified";
    }

    @Override
    @Transactional
    public String runIfDue() {
        LocalDate today = LocalDate.now(clock);
        int claimed = em.createNativeQuery("insert ignore into plat_audit_check (checked_on, checked_at)"
                        + " values (?1, utc_timestamp(6))")
                .setParameter(1, today)
                .executeUpdate();
        if (claimed == 0) {
            return null;
        }
        VerificationReport report = verification.run();
        String summary = report.intact()
                ? "Every chain intact: "
                        + report.chains().stream()
                                .map(c -> c.title() + " " + c.links() + " links")
                                .reduce((a, b) -> a + ", " + b)
                                .orElse("no chain")
                : report.findingCount() + " break(s): "
                        + report.chains().stream()
                                .flatMap(c -> c.findings().stream())
                                .limit(5)
                                .map(Finding::message)
                                .reduce((a, b) -> a + " | " + b)
                                .orElse("");
        if (summary.length() > 60_000) {
            summary = summary.substring(0, 60_000);
        }
        em.createNativeQuery("update plat_audit_check set intact = ?1, findings = ?2, summary = ?3, anchors = ?4"
                        + " where checked_on = ?5")
                .setParameter(1, report.intact())
                .setParameter(2, report.findingCount())
                .setParameter(3, summary)
                .setParameter(4, AuditVerification.anchorsOf(report))
                .setParameter(5, today)
                .executeUpdate();
        if (!report.intact()) {
            String warning = summary;
            LOG.warning(() -> "The audit chains are broken (ADR 0055): " + warning);
        }
        return summary;
    }
}
