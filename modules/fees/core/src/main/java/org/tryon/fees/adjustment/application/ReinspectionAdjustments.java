package org.tryon.fees.adjustment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tryon.fees.adjustment.domain.AdjustmentLimits;
import org.tryon.fees.adjustment.domain.AdjustmentResponsibility;
import org.tryon.fees.adjustment.domain.AdjustmentResponsibility.Responsible;
import org.tryon.fees.adjustment.domain.AdjustmentSchedule;
import org.tryon.fees.adjustment.domain.LeadContractorRank;
import org.tryon.fees.adjustment.domain.PostedAdjustment;
import org.tryon.fees.adjustment.domain.ProjectArrangement;
import org.tryon.fees.adjustment.domain.ProjectCompletion;
import org.tryon.fees.adjustment.domain.ReinspectionAdjustment;
import org.tryon.fees.adjustment.domain.ReinspectionAdjustment.PermitFee;
import org.tryon.fees.adjustment.domain.ReinspectionSettings;
import org.tryon.fees.adjustment.domain.ScheduleLine;
import org.tryon.fees.ledger.application.Ledger;
import org.tryon.fees.ledger.domain.Account;
import org.tryon.fees.ledger.domain.Posting;
import org.tryon.fees.ledger.domain.PostingLine;
import org.tryon.fees.schedule.application.FeeSchedules;
import org.tryon.fees.schedule.application.PermitFeePosting;
import org.tryon.inspections.api.CountedResults;
import org.tryon.inspections.api.InspectionQueries;
import org.tryon.inspections.api.InspectionQueries.ProjectDefectCount;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.api.ProjectPermits;
import org.tryon.permitting.api.ProjectPermits.PermitOnProject;
import org.tryon.permitting.api.ProjectPermits.ProjectWithPermits;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.ProjectId;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.settings.Settings;
import org.tryon.platform.text.UsFormat;

/**
 * The re-inspection fee adjustment of a project (Re-Inspection Fee Program): its recap sheet, computed as of a day,
 * and its application to the responsible accounts, once per project, before the certificate of
 * occupancy or compliance (108.11.4).
 *
 * <p><b>Which date decides.</b> The adjustment schedule ({@code fees_reinspection_band}), the Small
 * Project Lead Contractor Schedule and the limits ({@link ReinspectionSettings}) in force on the day
 * the adjustment is applied: the day of the permit's move that completes the project (the last permit
 * on the structure finaled, or the last open one cancelled; Re-Inspection Fee Program: "at project completion"), by
 * fees' own reaction to permitting's event ({@link ProjectCompletionAdjustment}), retried by the
 * outbox with the same day until it succeeds. The certificate check only reads (ADR 0040). The recap
 * shown before that is computed as of today and posts nothing.
 *
 * <p><b>When it is applied.</b> Only when every permit on the structure that counts (all but the
 * cancelled ones) is finaled: the inspections are then complete; a revoked, expired or void permit
 * replaced by a new permit is complete through its replacement (108.8.1, {@link ProjectCompletion}),
 * while its inspections stay in the rate and its fee among the original permit fees. It is applied once per project
 * (one {@link PostedAdjustment} per responsible account; the ledger's cause-once key
 * {@code project <id> REINSPECTION_ADJUSTMENT}); a charge posts with {@link Ledger#charge}, a credit
 * with {@link Ledger#credit}, none for a zero adjustment.
 */
@ApplicationScoped
@Transactional
public class ReinspectionAdjustments {

    public static final String FEE_CODE = "REINSPECTION_ADJUSTMENT";
    public static final String CAUSE_TYPE = "project";

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Ledger ledger;

    @Inject
    FeeSchedules schedules;

    @Inject
    InspectionQueries inspections;

    @Inject
    ProjectPermits projects;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    Validator validator;

    /** One responsible party's computation: the domain result, or why there is none. */
    record Computed(
            Responsible responsible,
            ProjectDefectCount count,
            Map<Long, Money> fees,
            Money constructionValue,
            ReinspectionAdjustment.Result result,
            String note) {}

    record Computation(
            ProjectWithPermits project,
            LocalDate on,
            boolean ready,
            String readiness,
            String note,
            List<Computed> parts) {}

    /**
     * Whether an entry of this fee code and cause is the adjustment of {@code projectId}, as applied or
     * as changed on appeal (for the check of what is unpaid before the certificate).
     */
    public static boolean isAdjustmentOf(String feeCode, String causeType, String causeId, long projectId) {
        return FEE_CODE.equals(feeCode)
                && CAUSE_TYPE.equals(causeType)
                && (causeId.equals(String.valueOf(projectId)) || causeId.startsWith(projectId + ":"));
    }

    /** The recap sheet as of today: computed, not posted; with what was applied, if it was. */
    public AdjustmentRecap recap(long projectId) {
        return recap(projectId, LocalDate.now(clock));
    }

    public AdjustmentRecap recap(long projectId, LocalDate on) {
        Computation c = compute(projectId, on);
        List<AdjustmentRecap.Part> parts =
                c.parts().stream().map(p -> part(c.project(), p)).toList();
        List<AdjustmentRecap.Applied> applied = applied(projectId).stream()
                .map(a -> new AdjustmentRecap.Applied(
                        a.getAccountCode(),
                        a.getComputedOn(),
                        a.getRawRate(),
                        a.getRoundedRate(),
                        a.getScheduleLine(),
                        a.getPercent(),
                        a.getAmount().amount(),
                        a.getPostingId(),
                        a.getResponsibility(),
                        a.getRecordedBy()))
                .toList();
        // a zero adjustment has no ledger entry: it is "nothing to post", never listed as posted
        return new AdjustmentRecap(
                projectId,
                c.project().name(),
                c.project().address(),
                on,
                c.ready(),
                c.readiness(),
                c.note(),
                parts,
                applied.stream().filter(a -> a.postingId() != null).toList(),
                applied.stream().filter(a -> a.postingId() == null).toList(),
                AdjustmentAppeals.viewsOf(em, projectId));
    }

    /** The holders of the project's permits that count (all but the cancelled ones): who may agree on the adjustment (Re-Inspection Fee Program). */
    public List<PermitHolder> holders(long projectId) {
        return project(projectId).permits().stream()
                .filter(p -> p.status() != PermitStatus.CANCELLED)
                .map(PermitOnProject::holder)
                .distinct()
                .toList();
    }

    /** What was applied to the accounts for the project, oldest first (empty until applied). */
    public List<PostedAdjustment> applied(long projectId) {
        return em.createQuery(
                        "select a from PostedAdjustment a where a.projectId = :p order by a.id", PostedAdjustment.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    /** A charge of the adjustment due to an account and not yet posted: what the certificate check must refuse over. */
    public record DueCharge(String projectName, String accountCode, Money amount) {}

    /**
     * Reads only (ADR 0040): the charges the project's adjustment would post as of {@code on}, when every permit on the
     * structure is finaled and nothing is applied yet; empty once it is applied (its postings are then on the ledger)
     * or while the project is not complete. Normally empty: fees applies the adjustment when it learns of the last
     * final ({@link ProjectCompletionAdjustment}); this covers the moment before that reaction has run or while the
     * outbox retries it.
     */
    public List<DueCharge> chargesDueNotApplied(long projectId, LocalDate on) {
        if (!applied(projectId).isEmpty()) {
            return List.of();
        }
        Computation c = compute(projectId, on);
        if (!c.ready()) {
            return List.of();
        }
        return c.parts().stream()
                .filter(p -> p.result() != null && p.result().amount().isPositive())
                .map(p -> new DueCharge(
                        c.project().name(),
                        Account.codeOf(p.responsible().holder()),
                        p.result().amount()))
                .toList();
    }

    /**
     * Re-Inspection Fee Program, "prior to issuance of the CO, either a charge or credit is calculated based on the
     * original permit fee, and applied to the general contractor's account": applies the project's
     * adjustment as of {@code on} when every permit on the structure is finaled and it was not
     * applied before; otherwise changes nothing. Returns what is applied for the project.
     */
    public List<PostedAdjustment> applyWhenComplete(long projectId, LocalDate on) {
        return applyWhenComplete(projectId, on, user.name());
    }

    /** As {@link #applyWhenComplete(long, LocalDate)}, recorded as done by {@code by} (the system, on project completion). */
    public List<PostedAdjustment> applyWhenComplete(long projectId, LocalDate on, String by) {
        List<PostedAdjustment> earlier = applied(projectId);
        if (!earlier.isEmpty()) {
            return earlier;
        }
        Computation c = compute(projectId, on);
        if (!c.ready()) {
            return List.of();
        }
        List<PostedAdjustment> posted = new ArrayList<>();
        for (Computed part : c.parts()) {
            if (part.result() == null) {
                continue;
            }
            Account account = ledger.customerAccount(part.responsible().holder());
            String causeId = c.parts().size() == 1 ? String.valueOf(projectId) : projectId + ":" + account.getCode();
            ReinspectionAdjustment.Result r = part.result();
            String description = "Re-inspection fee adjustment, " + c.project().name() + ": code defect rate "
                    + r.rate().raw().toPlainString() + " % (" + r.rate().rounded() + " %), schedule "
                    + signed(r.percent()) + " %";
            Posting posting = null;
            if (r.amount().isPositive()) {
                posting = ledger.charge(
                        account, r.amount(), FEE_CODE, description + ", charge", CAUSE_TYPE, causeId, on, by);
            } else if (r.amount().isNegative()) {
                posting = ledger.credit(
                        account, r.amount().negate(), FEE_CODE, description + ", credit", CAUSE_TYPE, causeId, on, by);
            }
            PostedAdjustment record = new PostedAdjustment(
                    projectId,
                    account.getCode(),
                    causeId,
                    on,
                    r,
                    part.responsible().why(),
                    posting == null ? null : posting.getId(),
                    by,
                    clock.instant());
            em.persist(record);
            posted.add(record);
        }
        em.flush();
        return posted;
    }

    /**
     * Re-Inspection Fee Program (multi-primes): records how the adjustment of a commercial project with several
     * prime contractors is shared: each prime for its own work, or one contractor the others
     * agreed on. Not once the adjustment is applied.
     */
    public AdjustmentRecap recordArrangement(long projectId, RecordArrangement command) {
        user.requireAnyRole(
                "Re-Inspection Fee Program: a permit technician or the administrator records who answers for the re-inspection fee adjustment",
                org.tryon.platform.security.Roles.PERMIT_TECHNICIAN,
                org.tryon.platform.security.Roles.ADMINISTRATOR);
        Inputs.valid(validator, command);
        ProjectWithPermits project = project(projectId);
        if (!applied(projectId).isEmpty()) {
            throw new RuleViolationException(
                    "arrangement",
                    "Re-Inspection Fee Program applied-once",
                    "The re-inspection fee adjustment of this project is already applied; its responsibility can no longer change");
        }
        List<PermitHolder> holders = project.permits().stream()
                .filter(p -> p.status() != PermitStatus.CANCELLED)
                .map(PermitOnProject::holder)
                .distinct()
                .toList();
        if (holders.size() < 2) {
            throw new RuleViolationException(
                    "arrangement",
                    "Re-Inspection Fee Program multi-primes",
                    "The project has " + holders.size()
                            + " permit holder(s): an arrangement needs at least two contractors");
        }
        PermitHolder agreed = null;
        if (command.arrangement() == AdjustmentResponsibility.Arrangement.PRIMES_INDIVIDUALLY
                && project.residential()) {
            throw new RuleViolationException(
                    "arrangement",
                    "Re-Inspection Fee Program multi-primes",
                    "Each prime answers for its own work on commercial projects only; this is a residential project");
        }
        if (command.arrangement() == AdjustmentResponsibility.Arrangement.AGREED) {
            agreed = holders.stream()
                    .filter(h -> h.kind() == command.holderKind() && h.id() == command.holderId())
                    .findFirst()
                    .orElseThrow(() -> new RuleViolationException(
                            "holderId",
                            "Re-Inspection Fee Program agreement",
                            "The agreed contractor must hold one of the project's permits"));
        }
        Optional<ProjectArrangement> existing = arrangement(projectId);
        if (existing.isPresent()) {
            existing.get().change(command.arrangement(), agreed, command.statement(), user.name(), clock.instant());
        } else {
            em.persist(new ProjectArrangement(
                    projectId, command.arrangement(), agreed, command.statement(), user.name(), clock.instant()));
        }
        em.flush();
        return recap(projectId);
    }

    Computation compute(long projectId, LocalDate on) {
        ProjectWithPermits project = project(projectId);
        List<PermitOnProject> counted = project.permits().stream()
                .filter(p -> p.status() != PermitStatus.CANCELLED)
                .toList();
        List<String> open = ProjectCompletion.open(
                        counted,
                        replacements(projectId),
                        project.permits().stream()
                                .collect(Collectors.toMap(p -> p.permitId().value(), PermitOnProject::status)))
                .stream()
                .map(p -> p.number() + " (" + p.status().label() + ")")
                .toList();
        boolean ready = !counted.isEmpty() && open.isEmpty();
        String readiness = counted.isEmpty()
                ? "No permit on the structure counts: nothing to adjust"
                : ready
                        ? "Every permit on the structure is finaled: the adjustment is applied before the certificate"
                        : "Computed as of " + UsFormat.date(on)
                                + "; applied when every permit on the structure is finaled (not yet: "
                                + String.join(", ", open) + ")";
        Optional<AdjustmentSchedule> schedule = scheduleOn(on);
        AdjustmentLimits limits = limitsOn(on);
        Optional<ProjectArrangement> arrangement = arrangement(projectId);
        List<Responsible> responsible = AdjustmentResponsibility.of(
                counted,
                project.residential(),
                leadScheduleOn(on),
                arrangement.map(ProjectArrangement::getArrangement),
                arrangement.flatMap(ProjectArrangement::agreedHolder));
        String note = schedule.isEmpty()
                ? "No Reinspection Fee Adjustment Schedule is in force on " + UsFormat.date(on)
                : null;
        // Re-Inspection Fee Program "failed inspections divided by total inspections": what counts as a failure is a
        // setting in force on the day
        CountedResults reading = new CountedResults(
                settings.valueOn(ReinspectionSettings.PARTIAL_FAILS, on),
                settings.valueOn(ReinspectionSettings.NOT_READY_FAILS, on));
        List<Computed> parts = new ArrayList<>();
        for (Responsible r : responsible) {
            ProjectDefectCount count = inspections.projectDefectCount(
                    r.permits().stream().map(PermitOnProject::permitId).toList(), reading);
            Map<Long, Money> fees = r.permits().stream()
                    .collect(Collectors.toMap(
                            p -> p.permitId().value(),
                            p -> originalFee(p, on),
                            (a, b) -> a,
                            java.util.LinkedHashMap::new));
            // one responsible: the project's construction value; each prime for its own work: the value of its own
            // permits
            Money value = responsible.size() == 1
                    ? project.constructionValue()
                    : r.permits().stream()
                            .map(PermitOnProject::constructionValue)
                            .reduce(Money.ZERO, Money::plus);
            if (schedule.isEmpty()) {
                parts.add(new Computed(r, count, fees, value, null, note));
            } else if (count.inspections() == 0) {
                parts.add(new Computed(
                        r, count, fees, value, null, "No inspection is counted yet: there is no code defect rate"));
            } else {
                List<PermitFee> permitFees = r.permits().stream()
                        .map(p -> new PermitFee(
                                p.permitId().value(),
                                p.number(),
                                fees.get(p.permitId().value())))
                        .toList();
                parts.add(new Computed(
                        r,
                        count,
                        fees,
                        value,
                        ReinspectionAdjustment.compute(
                                count.inspections(), count.failures(), permitFees, value, schedule.get(), limits),
                        null));
            }
        }
        return new Computation(project, on, ready, readiness, note, parts);
    }

    /** 108.8.1: the permits fees billed in place of an ended one on the project: replacement id to the ended permit's id. */
    private Map<Long, Long> replacements(long projectId) {
        return em.createQuery(
                        "select b from BilledPermit b where b.projectId = :p and b.replacesPermitId is not null",
                        org.tryon.fees.schedule.domain.BilledPermit.class)
                .setParameter("p", projectId)
                .getResultStream()
                .collect(Collectors.toMap(
                        org.tryon.fees.schedule.domain.BilledPermit::getPermitId,
                        org.tryon.fees.schedule.domain.BilledPermit::getReplacesPermitId));
    }

    /** The original permit fee (108.9): as charged when the permit was issued, or the schedule's quote of a permit not yet charged. */
    private Money originalFee(PermitOnProject permit, LocalDate on) {
        return ledger.posted("permit", String.valueOf(permit.permitId().value()), PermitFeePosting.FEE_CODE)
                .flatMap(p -> p.getLines().stream()
                        .map(PostingLine::getAmount)
                        .filter(Money::isPositive)
                        .findFirst())
                .orElseGet(() -> schedules
                        .price(
                                org.tryon.fees.schedule.domain.ScheduledFee.PERMIT_FEE,
                                permit.trade(),
                                permit.constructionValue(),
                                null,
                                on)
                        .amount());
    }

    /** The adjustment schedule in force on {@code on} (Re-Inspection Fee Program, effective-dated data). */
    public Optional<AdjustmentSchedule> scheduleOn(LocalDate on) {
        List<ScheduleLine> lines = em.createQuery(
                        "select l from ScheduleLine l order by l.effectiveFrom, l.id", ScheduleLine.class)
                .getResultList();
        return AdjustmentSchedule.inForce(lines, ScheduleLine::getEffectiveFrom, ScheduleLine::band, on);
    }

    /** The Small Project Lead Contractor Schedule in force on {@code on}: trades, highest rank first. */
    public List<Trade> leadScheduleOn(LocalDate on) {
        List<LeadContractorRank> ranks = em.createQuery(
                        "select r from LeadContractorRank r where r.effectiveFrom <= :d", LeadContractorRank.class)
                .setParameter("d", on)
                .getResultList();
        Optional<LocalDate> latest =
                ranks.stream().map(LeadContractorRank::getEffectiveFrom).max(Comparator.naturalOrder());
        return ranks.stream()
                .filter(r -> r.getEffectiveFrom().equals(latest.orElse(null)))
                .sorted(Comparator.comparingInt(LeadContractorRank::getRank))
                .map(LeadContractorRank::getTrade)
                .toList();
    }

    /** The Re-Inspection Fee Program's limits in force on {@code on}. */
    public AdjustmentLimits limitsOn(LocalDate on) {
        Function<org.tryon.platform.settings.SettingKey<Money>, Money> money = k -> settings.valueOn(k, on);
        return new AdjustmentLimits(
                settings.valueOn(ReinspectionSettings.RATE_ROUND_UP_FROM, on),
                money.apply(ReinspectionSettings.SMALL_MAX_PERMIT_FEE),
                money.apply(ReinspectionSettings.SMALL_MAX_CONSTRUCTION_VALUE),
                money.apply(ReinspectionSettings.SMALL_MIN_CHARGE_PER_PERMIT),
                money.apply(ReinspectionSettings.LARGE_MAX_CHARGE_PER_FAILURE),
                settings.valueOn(ReinspectionSettings.CREDIT_CAP_SHARE_OF_INSPECTIONS, on),
                money.apply(ReinspectionSettings.CREDIT_CAP_PER_SAVED_INSPECTION),
                settings.valueOn(ReinspectionSettings.MAX_INCREASE_PERCENT, on));
    }

    Optional<ProjectArrangement> arrangement(long projectId) {
        return em.createQuery("select a from ProjectArrangement a where a.projectId = :p", ProjectArrangement.class)
                .setParameter("p", projectId)
                .getResultStream()
                .findFirst();
    }

    private ProjectWithPermits project(long projectId) {
        return projects.project(new ProjectId(projectId))
                .orElseThrow(() -> new RecordNotFoundException("project", projectId));
    }

    private AdjustmentRecap.Part part(ProjectWithPermits project, Computed c) {
        Map<Long, PermitOnProject> permits = project.permits().stream()
                .collect(Collectors.toMap(p -> p.permitId().value(), p -> p));
        ReinspectionAdjustment.Result r = c.result();
        Map<Long, ReinspectionAdjustment.PermitShare> shares = r == null
                ? Map.of()
                : r.permits().stream().collect(Collectors.toMap(ReinspectionAdjustment.PermitShare::permitId, s -> s));
        List<AdjustmentRecap.PermitLine> lines = c.responsible().permits().stream()
                .map(p -> {
                    var share = shares.get(p.permitId().value());
                    return new AdjustmentRecap.PermitLine(
                            p.permitId().value(),
                            p.number(),
                            p.trade().label(),
                            p.holder().name(),
                            p.status().label(),
                            c.fees().get(p.permitId().value()).amount(),
                            share == null ? null : share.byPercent().amount(),
                            share == null ? null : share.amount().amount());
                })
                .toList();
        List<AdjustmentRecap.TradeLine> trades = c.count().byTrade().stream()
                .map(t -> new AdjustmentRecap.TradeLine(t.trade(), t.inspections(), t.failures()))
                .toList();
        String accountCode =
                org.tryon.fees.ledger.domain.Account.codeOf(c.responsible().holder());
        Money fee = c.fees().values().stream().reduce(Money.ZERO, Money::plus);
        if (r == null) {
            return new AdjustmentRecap.Part(
                    c.responsible().holder().name(),
                    accountCode,
                    c.responsible().why(),
                    c.count().inspections(),
                    c.count().failures(),
                    c.count().excluded(),
                    trades,
                    null,
                    0,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    fee.amount(),
                    c.constructionValue().amount(),
                    null,
                    lines,
                    List.of(),
                    ReinspectionAdjustment.Kind.NONE.name(),
                    BigDecimal.ZERO.setScale(2),
                    c.note(),
                    c.count().counted().describe());
        }
        return new AdjustmentRecap.Part(
                c.responsible().holder().name(),
                accountCode,
                c.responsible().why(),
                r.rate().inspections(),
                r.rate().failures(),
                c.count().excluded(),
                trades,
                r.rate().raw(),
                r.rate().rounded(),
                r.rate().rule(),
                r.schedule().effectiveFrom(),
                r.line().printed(),
                r.schedulePercent(),
                r.percent(),
                r.small() ? "SMALL" : "LARGE",
                r.sizeWhy(),
                r.permitFee().amount(),
                r.constructionValue().amount(),
                r.byPercent().amount(),
                lines,
                r.limits(),
                r.kind().name(),
                r.amount().amount(),
                null,
                c.count().counted().describe());
    }

    private static String signed(BigDecimal percent) {
        return (percent.signum() > 0 ? "+" : "") + percent.stripTrailingZeros().toPlainString();
    }
}
