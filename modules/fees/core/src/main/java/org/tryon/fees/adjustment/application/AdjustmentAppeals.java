package org.tryon.fees.adjustment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tryon.fees.adjustment.domain.AdjustmentAppeal;
import org.tryon.fees.adjustment.domain.AppealDecision;
import org.tryon.fees.adjustment.domain.AppealRules;
import org.tryon.fees.adjustment.domain.PostedAdjustment;
import org.tryon.fees.adjustment.domain.ReinspectionSettings;
import org.tryon.fees.ledger.application.Ledger;
import org.tryon.fees.ledger.application.LedgerCorrections;
import org.tryon.fees.ledger.domain.Account;
import org.tryon.fees.ledger.domain.Posting;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.money.Money;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;
import org.tryon.platform.settings.Settings;

/**
 * Re-Inspection Fee Program: "the customer files an appeal; the director's decision (upheld, changed with
 * a reason) posts as a reversing or new entry, never as an edit". The rules are {@link AppealRules}.
 *
 * <p>Who: staff file the customer's appeal (permit technicians, the administrator); the director,
 * the {@code ADMINISTRATOR} role, decides it. A change reverses the original adjustment posting
 * ({@link LedgerCorrections#reverse}: a new posting with the opposite lines, naming it, at most once)
 * and posts the new amount, unless zero, as a charge or a credit with the cause
 * {@code project <projectId>:appeal-<appealId> REINSPECTION_ADJUSTMENT} (once; a charge is owed before
 * the certificate like the adjustment it replaces), all in the transaction that records the decision.
 */
@ApplicationScoped
@Transactional
public class AdjustmentAppeals {

    /** Who files an appeal on the customer's behalf. */
    public static final List<String> FILERS = List.of(Roles.PERMIT_TECHNICIAN, Roles.ADMINISTRATOR);

    /** The director: who decides an appeal. */
    public static final List<String> DIRECTORS = List.of(Roles.ADMINISTRATOR);

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    ReinspectionAdjustments adjustments;

    @Inject
    Ledger ledger;

    @Inject
    LedgerCorrections corrections;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    Validator validator;

    /** The cause id of the entry a changed decision posts (cause type {@code project}, so the certificate check sees it). */
    public static String causeIdOf(long projectId, long appealId) {
        return projectId + ":appeal-" + appealId;
    }

    /** The project's appeals with their decisions, oldest first. */
    public List<AdjustmentRecap.Appeal> list(long projectId) {
        adjustments.recap(projectId); // the project exists (404 otherwise)
        return viewsOf(em, projectId);
    }

    /** Re-Inspection Fee Program: files the customer's appeal of the project's applied adjustment (once per applied adjustment). */
    public AdjustmentRecap.Appeal file(long projectId, FileAppeal command) {
        user.requireAnyRole(
                "Re-Inspection Fee Program, appeals: a permit technician or the administrator files an appeal on the customer's behalf",
                FILERS.toArray(String[]::new));
        Inputs.valid(validator, command);
        List<PostedAdjustment> applied = adjustments.applied(projectId);
        if (applied.isEmpty()) {
            adjustments.recap(projectId); // 404 for a project that does not exist
            throw new RuleViolationException(
                    "projectId",
                    "Re-Inspection Fee Program appeal-applied-adjustment",
                    "The re-inspection fee adjustment of this project is not applied yet; an appeal is of an applied adjustment");
        }
        PostedAdjustment adjustment = appealed(applied, command.accountCode());
        boolean already = !em.createQuery("select a.id from AdjustmentAppeal a where a.adjustmentId = :id", Long.class)
                .setParameter("id", adjustment.getId())
                .getResultList()
                .isEmpty();
        AppealRules.checkFiling(already, adjustment.getComputedOn(), command.receivedOn(), LocalDate.now(clock));
        AdjustmentAppeal appeal =
                new AdjustmentAppeal(adjustment, command.grounds(), command.receivedOn(), user.name(), clock.instant());
        em.persist(appeal);
        em.flush();
        return view(appeal, null);
    }

    /**
     * Re-Inspection Fee Program: the director's decision on an appeal, once: upheld (nothing posts) or changed with a
     * reason: the original posting reversed and the new amount, unless zero, posted, each once.
     */
    public AdjustmentRecap.Appeal decide(long projectId, long appealId, DecideAppeal command) {
        user.requireAnyRole(
                "Re-Inspection Fee Program, appeals: only the director (administrator) decides an appeal of the re-inspection fee adjustment",
                DIRECTORS.toArray(String[]::new));
        Inputs.valid(validator, command);
        AdjustmentAppeal appeal = em.find(AdjustmentAppeal.class, appealId, LockModeType.PESSIMISTIC_WRITE);
        if (appeal == null || appeal.getProjectId() != projectId) {
            throw new RecordNotFoundException("appeal", appealId);
        }
        PostedAdjustment adjustment = em.find(PostedAdjustment.class, appeal.getAdjustmentId());
        boolean decided = decision(appealId).isPresent();
        AppealRules.checkDecision(
                decided,
                command.decision(),
                command.reason(),
                command.newAmount(),
                adjustment.getAmount(),
                adjustment.getPermitFee(),
                adjustment.isSmall(),
                settings.valueOn(ReinspectionSettings.MAX_INCREASE_PERCENT, adjustment.getComputedOn()));
        LocalDate today = LocalDate.now(clock);
        Long reversalId = null;
        Long newPostingId = null;
        Money standing = adjustment.getAmount();
        if (command.decision() == AppealDecision.Outcome.CHANGED) {
            String why = "Appeal #" + appealId + " of the re-inspection fee adjustment decided CHANGED: "
                    + command.reason().trim();
            if (adjustment.getPostingId() != null) {
                reversalId = corrections
                        .reverse(adjustment.getPostingId(), new LedgerCorrections.ReversePosting(cut(why, 500)))
                        .postingId();
            }
            standing = Money.of(command.newAmount().setScale(2, RoundingMode.UNNECESSARY));
            Account account = ledger.existing(adjustment.getAccountCode())
                    .orElseThrow(() -> new IllegalStateException("no account " + adjustment.getAccountCode()));
            String description = cut(
                    "Re-inspection fee adjustment as changed on appeal #" + appealId + " by the director: "
                            + command.reason().trim(),
                    480);
            String causeId = causeIdOf(projectId, appealId);
            Posting posted = null;
            if (standing.isPositive()) {
                posted = ledger.charge(
                        account,
                        standing,
                        ReinspectionAdjustments.FEE_CODE,
                        description + ", charge",
                        ReinspectionAdjustments.CAUSE_TYPE,
                        causeId,
                        today,
                        user.name());
            } else if (standing.isNegative()) {
                posted = ledger.credit(
                        account,
                        standing.negate(),
                        ReinspectionAdjustments.FEE_CODE,
                        description + ", credit",
                        ReinspectionAdjustments.CAUSE_TYPE,
                        causeId,
                        today,
                        user.name());
            }
            if (posted != null) {
                em.flush();
                newPostingId = posted.getId();
            }
        }
        AppealDecision decision = new AppealDecision(
                appealId,
                command.decision(),
                command.reason(),
                standing,
                today,
                user.name(),
                clock.instant(),
                reversalId,
                newPostingId);
        em.persist(decision);
        em.flush();
        return view(appeal, decision);
    }

    private PostedAdjustment appealed(List<PostedAdjustment> applied, String accountCode) {
        if (accountCode == null || accountCode.isBlank()) {
            if (applied.size() > 1) {
                throw new RuleViolationException(
                        "accountCode",
                        "Re-Inspection Fee Program appeal-names-account",
                        "The adjustment of this project went to "
                                + applied.size() + " accounts ("
                                + applied.stream()
                                        .map(PostedAdjustment::getAccountCode)
                                        .collect(Collectors.joining(", "))
                                + "); name the account whose adjustment is appealed");
            }
            return applied.get(0);
        }
        return applied.stream()
                .filter(a -> a.getAccountCode().equalsIgnoreCase(accountCode.trim()))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        "accountCode",
                        "Re-Inspection Fee Program appeal-names-account",
                        "No adjustment of this " + "project was applied to account " + accountCode.trim()));
    }

    private Optional<AppealDecision> decision(long appealId) {
        return em.createQuery("select d from AppealDecision d where d.appealId = :a", AppealDecision.class)
                .setParameter("a", appealId)
                .getResultStream()
                .findFirst();
    }

    /** The appeals of a project with their decisions, oldest first (for the recap). */
    static List<AdjustmentRecap.Appeal> viewsOf(EntityManager em, long projectId) {
        List<AdjustmentAppeal> appeals = em.createQuery(
                        "select a from AdjustmentAppeal a where a.projectId = :p order by a.id", AdjustmentAppeal.class)
                .setParameter("p", projectId)
                .getResultList();
        if (appeals.isEmpty()) {
            return List.of();
        }
        Map<Long, AppealDecision> decisions = em
                .createQuery("select d from AppealDecision d where d.appealId in :ids", AppealDecision.class)
                .setParameter(
                        "ids", appeals.stream().map(AdjustmentAppeal::getId).toList())
                .getResultList()
                .stream()
                .collect(Collectors.toMap(AppealDecision::getAppealId, Function.identity()));
        return appeals.stream().map(a -> view(a, decisions.get(a.getId()))).toList();
    }

    private static AdjustmentRecap.Appeal view(AdjustmentAppeal a, AppealDecision d) {
        return new AdjustmentRecap.Appeal(
                a.getId(),
                a.getAccountCode(),
                a.getAppealedAmount().amount(),
                a.getGrounds(),
                a.getReceivedOn(),
                a.getFiledBy(),
                d == null ? null : d.getOutcome().name(),
                d == null ? null : d.getReason(),
                d == null ? null : d.getDecidedAmount().amount(),
                d == null ? null : d.getDecidedOn(),
                d == null ? null : d.getDecidedBy(),
                d == null ? null : d.getReversalPostingId(),
                d == null ? null : d.getNewPostingId());
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
