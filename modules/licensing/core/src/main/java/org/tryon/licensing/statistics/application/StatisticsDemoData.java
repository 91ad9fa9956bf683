package org.tryon.licensing.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tryon.licensing.itembank.application.ItemBankDemoLoaded;
import org.tryon.licensing.module.application.ExamRuleBook;
import org.tryon.licensing.scoring.application.ExamResultChain;
import org.tryon.platform.audit.chain.AuditChains;

/**
 * The demo's past administrations (only with {@code tryon.demo=true}): when the item bank's demo loader has loaded its
 * forms (JE-A, JE-B, HO-A, HO-B, locked), about 200 simulated candidates sit them in held sessions of the past weeks, so
 * the statistics screen shows real numbers on the first start: each journeyman-electrician form in two sessions of 35
 * (one result of each session invalidated for an irregularity), each homeowner form in one session of 30. Idempotent: a
 * form that already has a submitted attempt is left alone.
 */
@ApplicationScoped
public class StatisticsDemoData {

    private static final Logger LOG = Logger.getLogger(StatisticsDemoData.class.getName());

    /** Form code, days before today of its sessions, candidates per session. */
    record Plan(String form, List<Integer> daysAgo, int candidates) {}

    static final List<Plan> PLANS = List.of(
            new Plan("JE-A", List.of(84, 42), 35),
            new Plan("JE-B", List.of(70, 28), 35),
            new Plan("HO-A", List.of(56), 30),
            new Plan("HO-B", List.of(21), 30));

    @Inject
    @ConfigProperty(name = "tryon.demo", defaultValue = "false")
    boolean demo;

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    ExamRuleBook rules;

    @Inject
    Clock clock;

    @Inject
    AuditChains chains;

    @Inject
    ExamResultChain resultChain;

    public StatisticsDemoData() {}

    /** For tests outside a container. */
    public StatisticsDemoData(EntityManager em, ExamRuleBook rules, Clock clock, boolean demo) {
        this.em = em;
        this.rules = rules;
        this.clock = clock;
        this.demo = demo;
        this.chains = new AuditChains(em);
        this.resultChain = new ExamResultChain(em);
    }

    @Transactional
    public void load(@Observes ItemBankDemoLoaded loaded) {
        if (!demo) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int candidates = 0;
        for (Plan plan : PLANS) {
            List<?> form = em.createNativeQuery("select id from lic_form where code = ?1 and status = 'LOCKED'")
                    .setParameter(1, plan.form())
                    .getResultList();
            if (form.isEmpty()) {
                continue;
            }
            long formId = ((Number) form.get(0)).longValue();
            Number taken = (Number)
                    em.createNativeQuery("select count(*) from lic_attempt where form_id = ?1 and status = 'SUBMITTED'")
                            .setParameter(1, formId)
                            .getSingleResult();
            if (taken.longValue() > 0) {
                continue;
            }
            SimulatedAdministrations sim = new SimulatedAdministrations(em, rules);
            chains.start(resultChain);
            for (int i = 0; i < plan.daysAgo().size(); i++) {
                long session = sim.administer(
                        plan.form(),
                        today.minusDays(plan.daysAgo().get(i)),
                        plan.candidates(),
                        20261206L + 1000L * i + plan.form().hashCode(),
                        plan.form().startsWith("JE"));
                linkResults(session);
                candidates += plan.candidates();
            }
        }
        if (candidates > 0) {
            LOG.info("Demo: simulated past exam administrations with " + candidates
                    + " candidates for the item statistics");
        }
    }

    /**
     * The simulated results are written by SQL, not by scoring: they are linked into the exam results' audit chain here,
     * in the same transaction, as scoring links its own (ADR 0055).
     */
    private void linkResults(long session) {
        for (Object id : em.createNativeQuery("select r.id from lic_result r join lic_attempt a on a.id = r.attempt_id"
                        + " join lic_registration g on g.id = a.registration_id where g.session_id = ?1 order by r.id")
                .setParameter(1, session)
                .getResultList()) {
            chains.append(resultChain, ((Number) id).longValue());
        }
    }
}
