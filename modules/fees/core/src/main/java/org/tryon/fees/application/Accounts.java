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
import org.tryon.fees.domain.FeeSettings;
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
        return PermitFeePosting.fee(settings, trade, constructionValue, on);
    }

    /**
     * 108.8 F.3: the holder owes fees billed more than the due days (a setting) before {@code on}.
     * Payments settle the oldest charges first, so what is owed beyond the charges billed within
     * the due days is past due.
     */
    @Override
    public Optional<String> delinquency(PermitHolder holder, LocalDate on) {
        Optional<Account> account = ledger.existing(Account.codeOf(holder));
        if (account.isEmpty()) {
            return Optional.empty();
        }
        int dueDays = settings.valueOn(FeeSettings.DUE_DAYS, on);
        LocalDate billedBefore = on.minusDays(dueDays);
        Object recent = em.createNativeQuery("select coalesce(sum(l.amount), 0) from fees_posting_line l join fees_posting p on p.id = l.posting_id "
                + "where l.account_id = ?1 and l.amount > 0 and p.effective_date >= ?2")
                .setParameter(1, account.get().getId()).setParameter(2, billedBefore).getSingleResult();
        Money pastDue = balance(account.get()).minus(amount(recent));
        return pastDue.isPositive()
                ? Optional.of(pastDue + " billed before " + billedBefore + " is unpaid (fees are due " + dueDays + " days after billing)")
                : Optional.empty();
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
            Money owed = balance(account.get());
            java.util.Set<String> permits = new java.util.HashSet<>();
            permitIds.forEach(id -> permits.add(String.valueOf(id)));
            List<String> unpaid = new ArrayList<>();
            // payments settle the oldest charges first: what is owed sits in the newest charges
            for (PostingLine charge : em.createQuery("select l from PostingLine l join fetch l.posting where l.account = :a "
                    + "order by l.id desc", PostingLine.class).setParameter("a", account.get()).getResultList()) {
                if (!owed.isPositive()) {
                    break;
                }
                if (!charge.getAmount().isPositive()) {
                    continue;
                }
                if ("permit".equals(charge.getPosting().getCauseType()) && permits.contains(charge.getPosting().getCauseId())
                        || ReinspectionAdjustments.isAdjustmentOf(charge.getPosting(), projectId)) {
                    unpaid.add(charge.getPosting().getDescription());
                }
                owed = owed.minus(charge.getAmount());
            }
            if (!unpaid.isEmpty()) {
                java.util.Collections.reverse(unpaid);
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
