package org.tryon.fees.module.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tryon.fees.adjustment.application.ProjectCompletionAdjustment;
import org.tryon.fees.adjustment.application.ReinspectionAdjustments;
import org.tryon.fees.api.AccountId;
import org.tryon.fees.api.FeeLine;
import org.tryon.fees.api.FeeQueries;
import org.tryon.fees.api.PostingId;
import org.tryon.fees.ledger.application.AccountLedger;
import org.tryon.fees.ledger.domain.Account;
import org.tryon.fees.ledger.domain.PostingLine;
import org.tryon.fees.schedule.application.FeeSchedules;
import org.tryon.fees.schedule.domain.ScheduledFee;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.kernel.ProjectId;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;

/**
 * Fees' answers to the other modules' {@link FeeQueries}: reads only (ADR 0040). It posts nothing, opens no account and
 * fires no event; the re-inspection fee adjustment is applied by fees' own reaction to the project's completion
 * ({@link ProjectCompletionAdjustment}), never by a question. {@code QueriesNeverWriteTest} (modules/app) checks it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FeeQueriesAdapter implements FeeQueries {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    FeeSchedules schedules;

    @Inject
    AccountLedger accountLedger;

    @Inject
    ReinspectionAdjustments adjustments;

    @Override
    public List<FeeLine> feesForPermit(PermitId permitId) {
        return em
                .createQuery(
                        "select l from PostingLine l join fetch l.posting p join fetch l.account where p.causeType = 'permit' "
                                + "and p.causeId = :id and l.account.kind = :customer order by l.id",
                        PostingLine.class)
                .setParameter("id", String.valueOf(permitId.value()))
                .setParameter("customer", Account.Kind.CUSTOMER)
                .getResultList()
                .stream()
                .map(l -> new FeeLine(
                        new PostingId(l.getPosting().getId()),
                        l.getPosting().getFeeCode(),
                        l.getPosting().getDescription(),
                        l.getAmount(),
                        new AccountId(l.getAccount().getId()),
                        l.getAccount().getName(),
                        l.getPosting().getPostedAt()))
                .toList();
    }

    @Override
    public Money permitFeeQuote(Trade trade, Money constructionValue, LocalDate on) {
        return schedules
                .price(ScheduledFee.PERMIT_FEE, trade, constructionValue, null, on)
                .amount();
    }

    /**
     * 108.8 F.3: the holder is delinquent when a charge billed to its account is unpaid after its
     * due date ({@code fees.billing.due-days} after billing, by the setting in force on the billing
     * day): see {@link org.tryon.fees.ledger.domain.OpenCharges}. Payments settle the oldest charges first;
     * a reversed payment re-opens what it paid. Permitting asks at the moment of issue, so a payment
     * or a correction is seen at once.
     */
    @Override
    public Optional<String> delinquency(PermitHolder holder, LocalDate on) {
        return account(holder).flatMap(a -> accountLedger.delinquency(a, on));
    }

    /**
     * 108.11.4, Re-Inspection Fee Program: before the certificate, the holder is not delinquent (108.8 F.3), the fees of
     * the project's permits are paid, and so is a charge of the project's re-inspection fee adjustment on the holder's
     * account (a credit stands in nobody's way). The adjustment is applied by fees when it learns that the last permit
     * on the structure is finaled ({@link ProjectCompletionAdjustment}, retried by the outbox until it succeeds); a
     * charge due but not yet posted (the reaction has not run yet, or is being retried) refuses as well, so the
     * certificate is never issued over it. Reads only.
     */
    @Override
    public Optional<String> unsettledBeforeCertificate(
            ProjectId projectId, List<PermitId> permitIds, PermitHolder holder, LocalDate on) {
        List<String> reasons = new ArrayList<>();
        delinquency(holder, on).ifPresent(d -> reasons.add("108.8 F.3: " + holder.name() + " is delinquent: " + d));
        Optional<Account> account = account(holder);
        if (account.isPresent()) {
            Set<String> permits = new HashSet<>();
            permitIds.forEach(id -> permits.add(String.valueOf(id.value())));
            // payments settle the oldest charges first; a reversed or written-off fee is not owed (ADR 0014); the
            // project's
            // re-inspection fee adjustment, when it is a charge, is owed like the permit fees (Re-Inspection Fee
            // Program)
            List<String> unpaid = accountLedger.openCharges(account.get().getId(), on).stream()
                    .filter(c -> "permit".equals(c.causeType()) && permits.contains(c.causeId())
                            || ReinspectionAdjustments.isAdjustmentOf(
                                    c.feeCode(), c.causeType(), c.causeId(), projectId.value()))
                    .map(c -> c.description())
                    .toList();
            if (!unpaid.isEmpty()) {
                reasons.add("fees unpaid on account " + account.get().getCode() + ": " + String.join(", ", unpaid));
            }
        }
        String code = Account.codeOf(holder);
        adjustments.chargesDueNotApplied(projectId.value(), on).stream()
                .filter(d -> d.accountCode().equals(code))
                .forEach(d -> reasons.add("Re-inspection fee adjustment of "
                        + d.projectName() + ": a charge of " + d.amount() + " to account " + code
                        + " is due and not yet posted"));
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }

    private Optional<Account> account(PermitHolder holder) {
        return em.createQuery("select a from Account a where a.code = :c", Account.class)
                .setParameter("c", Account.codeOf(holder))
                .getResultStream()
                .findFirst();
    }
}
