package org.tryon.fees.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.tryon.permitting.api.PermitHolder;
import org.tryon.permitting.api.Trade;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import org.tryon.fees.api.FeeLine;
import org.tryon.fees.api.FeeQueries;
import org.tryon.fees.domain.Account;
import org.tryon.fees.domain.PostingLine;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.money.Money;

/** Reading accounts: balances and statements. Also answers other modules' {@link FeeQueries}. */
@ApplicationScoped
@Transactional
public class Accounts implements FeeQueries {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Ledger ledger;

    @Inject
    FeeSchedules schedules;

    @Inject
    AccountLedger accountLedger;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    ReinspectionAdjustments adjustments;

    public List<AccountView> list() {
        java.util.Map<Long, Money> balances = new java.util.HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> sums = em.createNativeQuery("select account_id, sum(amount) from fees_posting_line group by account_id").getResultList();
        for (Object[] row : sums) {
            balances.put(((Number) row[0]).longValue(), amount(row[1]));
        }
        return em.createQuery("select a from Account a order by a.kind, a.name", Account.class).getResultList().stream()
                .map(a -> view(a, balances.getOrDefault(a.getId(), Money.ZERO))).toList();
    }

    public AccountView get(long id) {
        Account a = find(id);
        return view(a, balance(a));
    }

    public List<EntryView> entries(long id) {
        Account a = find(id);
        List<PostingLine> lines = em.createQuery("select l from PostingLine l join fetch l.posting where l.account = :a order by l.id",
                PostingLine.class).setParameter("a", a).getResultList();
        List<EntryView> entries = new ArrayList<>();
        Money running = Money.ZERO;
        for (PostingLine l : lines) {
            running = running.plus(l.getAmount());
            var p = l.getPosting();
            entries.add(new EntryView(p.getId(), p.getPostedAt(), p.getEffectiveDate(), p.getFeeCode(), p.getDescription(), p.getCauseType(),
                    p.getCauseId(), l.getAmount().amount(), running.amount()));
        }
        return entries;
    }

    @Override
    public List<FeeLine> feesForPermit(long permitId) {
        return em.createQuery("select l from PostingLine l join fetch l.posting p where p.causeType = 'permit' and p.causeId = :id "
                        + "and l.account.kind = :customer order by l.id", PostingLine.class)
                .setParameter("id", String.valueOf(permitId)).setParameter("customer", Account.Kind.CUSTOMER).getResultList().stream()
                .map(l -> new FeeLine(l.getPosting().getId(), l.getPosting().getFeeCode(), l.getPosting().getDescription(), l.getAmount(),
                        l.getAccount().getId(), l.getAccount().getName(), l.getPosting().getPostedAt()))
                .toList();
    }

    @Override
    public Money permitFeeQuote(Trade trade, Money constructionValue, LocalDate on) {
        return schedules.price(org.tryon.fees.domain.ScheduledFee.PERMIT_FEE, trade, constructionValue, null, on).amount();
    }

    /**
     * 108.8 F.3: the holder is delinquent when a charge billed to its account is unpaid after its
     * due date ({@code fees.billing.due-days} after billing, by the setting in force on the billing
     * day): see {@link org.tryon.fees.domain.OpenCharges}. Payments settle the oldest charges first;
     * a reversed payment re-opens what it paid. Permitting asks at the moment of issue, so a payment
     * or a correction is seen at once.
     */
    @Override
    public Optional<String> delinquency(PermitHolder holder, LocalDate on) {
        return ledger.existing(Account.codeOf(holder)).flatMap(a -> accountLedger.delinquency(a, on));
    }

    /**
     * 108.11.4, seed 001: before the certificate, the holder is not delinquent (108.8 F.3) and the
     * fees of the project's permits are paid. The project's re-inspection fee adjustment (seed 001)
     * is applied here, once per project, as of {@code on} when every permit on the structure is
     * finaled (if it was not already applied when the last permit was finaled), and a charge of it
     * on the holder's account must be paid like the permit fees; a credit stands in nobody's way.
     */
    @Override
    public Optional<String> unsettledBeforeCertificate(long projectId, List<Long> permitIds, PermitHolder holder, LocalDate on) {
        adjustments.applyWhenComplete(projectId, on);
        List<String> reasons = new ArrayList<>();
        delinquency(holder, on).ifPresent(d -> reasons.add("108.8 F.3: " + holder.name() + " is delinquent: " + d));
        Optional<Account> account = ledger.existing(Account.codeOf(holder));
        if (account.isPresent()) {
            java.util.Set<String> permits = new java.util.HashSet<>();
            permitIds.forEach(id -> permits.add(String.valueOf(id)));
            // payments settle the oldest charges first; a reversed or written-off fee is not owed (issue 5 ledger); the project's
            // re-inspection fee adjustment, when it is a charge, is owed like the permit fees (seed 001)
            List<String> unpaid = accountLedger.openCharges(account.get().getId(), on).stream()
                    .filter(c -> "permit".equals(c.causeType()) && permits.contains(c.causeId())
                            || ReinspectionAdjustments.isAdjustmentOf(c.feeCode(), c.causeType(), c.causeId(), projectId))
                    .map(c -> c.description()).toList();
            if (!unpaid.isEmpty()) {
                reasons.add("fees unpaid on account " + account.get().getCode() + ": " + String.join(", ", unpaid));
            }
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }

    /** Applies a payment received from the account's holder; the same payment (method and reference) is never applied twice. */
    public AccountView recordPayment(long id, RecordPayment command) {
        Inputs.valid(validator, command);
        Account a = find(id);
        if (a.getKind() != Account.Kind.CUSTOMER) {
            throw new RuleViolationException("accountId", "customer-account", "Payments are received on customer accounts only");
        }
        ledger.pay(a, Money.of(command.amount()), command.method().name(), command.reference().trim().toUpperCase(), LocalDate.now(clock),
                user.name());
        em.flush();
        return get(id);
    }

    private Money balance(Account a) {
        Object sum = em.createNativeQuery("select coalesce(sum(amount), 0) from fees_posting_line where account_id = ?1")
                .setParameter(1, a.getId()).getSingleResult();
        return amount(sum);
    }

    private static Money amount(Object sum) {
        return Money.of(new BigDecimal(String.valueOf(sum)).setScale(2, java.math.RoundingMode.UNNECESSARY));
    }

    private static AccountView view(Account a, Money balance) {
        return new AccountView(a.getId(), a.getCode(), a.getKind().name(), a.getName(), a.getContractorId(), balance.amount());
    }

    private Account find(long id) {
        Account a = em.find(Account.class, id);
        if (a == null) {
            throw new RecordNotFoundException("account", id);
        }
        return a;
    }
}
