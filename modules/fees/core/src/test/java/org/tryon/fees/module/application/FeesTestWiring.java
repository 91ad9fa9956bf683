package org.tryon.fees.module.application;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.tryon.fees.adjustment.application.ReinspectionAdjustments;
import org.tryon.fees.ledger.application.Ledger;
import org.tryon.fees.ledger.application.LedgerChain;
import org.tryon.fees.schedule.application.FeeSchedules;
import org.tryon.inspections.api.InspectionQueries;
import org.tryon.permitting.api.ProjectPermits;
import org.tryon.platform.audit.chain.AuditChains;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.settings.SettingKey;
import org.tryon.platform.settings.SettingTimeline;
import org.tryon.platform.settings.Settings;

/**
 * The fees use cases wired by hand for tests on a real MariaDB, without the container: every
 * setting at its default, no bean validation, and fakes of the other modules' api.
 */
public final class FeesTestWiring {

    private FeesTestWiring() {}

    /** Every setting at the ordinance's default value. */
    public static Settings defaults() {
        return new Settings() {
            @Override
            public <T> T valueOn(SettingKey<T> key, LocalDate date) {
                return timeline(key).valueOn(date);
            }

            @Override
            public <T> SettingTimeline<T> timeline(SettingKey<T> key) {
                return new SettingTimeline<>(key, Map.of());
            }
        };
    }

    /** A validator that finds nothing wrong (the rules under test are the use cases' own). */
    public static Validator noValidation() {
        return (Validator) Proxy.newProxyInstance(
                Validator.class.getClassLoader(),
                new Class<?>[] {Validator.class},
                (proxy, method, args) -> method.getName().equals("validate") ? Set.of() : null);
    }

    public static Ledger ledger(EntityManager em, Clock clock) {
        Ledger ledger = new Ledger();
        TestFields.set(ledger, "em", em);
        TestFields.set(ledger, "clock", clock);
        TestFields.set(ledger, "chains", new AuditChains(em));
        TestFields.set(ledger, "chain", new LedgerChain(em));
        return ledger;
    }

    public static FeeSchedules schedules(EntityManager em, Clock clock) {
        FeeSchedules schedules = new FeeSchedules();
        TestFields.set(schedules, "em", em);
        TestFields.set(schedules, "clock", clock);
        return schedules;
    }

    /**
     * The adjustment use cases with permitting's projects and inspections' counts faked.
     *
     * @param counts a project's {inspections, failures}, by the permits counted
     */
    public static ReinspectionAdjustments adjustments(
            EntityManager em,
            Clock clock,
            CurrentUser user,
            Ledger ledger,
            ProjectPermits projects,
            Function<List<Long>, int[]> counts) {
        ReinspectionAdjustments adjustments = new ReinspectionAdjustments();
        TestFields.set(adjustments, "em", em);
        TestFields.set(adjustments, "settings", defaults());
        TestFields.set(adjustments, "ledger", ledger);
        TestFields.set(adjustments, "clock", clock);
        TestFields.set(adjustments, "user", user);
        TestFields.set(adjustments, "validator", noValidation());
        TestFields.set(adjustments, "schedules", schedules(em, clock));
        TestFields.set(adjustments, "projects", projects);
        TestFields.set(adjustments, "inspections", new InspectionQueries() {
            @Override
            public ProjectDefectCount projectDefectCount(
                    List<PermitId> permitIds, org.tryon.inspections.api.CountedResults counted) {
                int[] c = counts.apply(permitIds.stream().map(PermitId::value).toList());
                return new ProjectDefectCount(c[0], c[1], 0, List.of(new TradeCount("BUILDING", c[0], c[1])), counted);
            }

            @Override
            public List<InspectionLine> inspections(PermitId permitId) {
                return List.of();
            }

            @Override
            public List<OpenDefect> openDefects(PermitId permitId) {
                return List.of();
            }
        });
        return adjustments;
    }
}
