package org.tryon.fees.exams.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tryon.fees.api.ExamFeePayments;
import org.tryon.fees.ledger.application.AccountLedger;
import org.tryon.fees.ledger.application.Ledger;
import org.tryon.fees.ledger.domain.Account;
import org.tryon.fees.ledger.domain.OpenCharges;
import org.tryon.fees.ledger.domain.Posting;
import org.tryon.licensing.api.ExamFeeCharged;
import org.tryon.licensing.api.ExamFeeCredited;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.CandidateId;
import org.tryon.platform.kernel.ExamRegistrationId;
import org.tryon.platform.money.Money;

/**
 * Licensing examinations: the exam fee on the candidate's account ({@code CANDIDATE-<id>}, a customer account as any
 * other). The charge comes with {@link ExamFeeCharged} (once per registration: a redelivered event posts nothing more),
 * a credit with {@link ExamFeeCredited}; licensing records a payment and asks whether the fee is settled through
 * {@link ExamFeePayments}, never through fees' tables. The observers run inside the outbox delivery transaction.
 */
@ApplicationScoped
@Transactional
public class ExamFees implements ExamFeePayments {

    public static final String FEE_CODE = "EXAM_FEE";
    public static final String CHARGE_CAUSE = "exam-registration";
    public static final String CREDIT_CAUSE = "exam-cancellation";

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    Clock clock;

    void onCharged(@Observes ExamFeeCharged charged) {
        charge(
                new ExamFee(
                        charged.registrationId(),
                        charged.candidateId(),
                        charged.candidateName(),
                        charged.certificateType(),
                        charged.amount(),
                        charged.chargedOn()),
                "system");
    }

    void onCredited(@Observes ExamFeeCredited credited) {
        if (!credited.amount().isPositive()) {
            return;
        }
        Account account = ledger.candidateAccount(credited.candidateId().value(), credited.candidateName());
        ledger.credit(
                account,
                credited.amount(),
                FEE_CODE,
                "Exam fee credited, registration " + credited.registrationId().value() + ": " + credited.reason(),
                CREDIT_CAUSE,
                String.valueOf(credited.registrationId().value()),
                credited.creditedOn(),
                "system");
    }

    /** Posts the charge of the registration unless it was posted (by the event or by an earlier payment). */
    Posting charge(ExamFee fee, String by) {
        Account account = ledger.candidateAccount(fee.candidateId().value(), fee.candidateName());
        return ledger.charge(
                account,
                fee.amount(),
                FEE_CODE,
                "Exam fee, " + fee.certificateType() + ", registration "
                        + fee.registrationId().value(),
                CHARGE_CAUSE,
                String.valueOf(fee.registrationId().value()),
                fee.chargedOn(),
                by);
    }

    @Override
    public void pay(ExamFee fee, Money amount, String method, String reference, LocalDate receivedOn, String by) {
        if (amount == null || !amount.isPositive()) {
            throw new RuleViolationException("amount", "positive", "A payment is more than $0.00");
        }
        if (reference == null || reference.isBlank()) {
            throw new RuleViolationException(
                    "reference", "required", "Give the receipt, check number or card authorization");
        }
        String m = method == null ? "" : method.trim().toUpperCase();
        if (!List.of("CASH", "CHECK", "CARD").contains(m)) {
            throw new RuleViolationException(
                    "method", "payment-method", "A payment is by CASH, CHECK or CARD, not '" + method + "'");
        }
        charge(fee, by);
        ledger.pay(
                ledger.candidateAccount(fee.candidateId().value(), fee.candidateName()),
                amount,
                m,
                reference.trim().toUpperCase(),
                receivedOn,
                by);
        em.flush();
    }

    @Override
    public boolean settled(ExamRegistrationId registrationId) {
        Optional<Posting> charge = ledger.posted(CHARGE_CAUSE, String.valueOf(registrationId.value()), FEE_CODE);
        if (charge.isEmpty()) {
            return false;
        }
        long accountId = charge.get().getLines().stream()
                .filter(l -> l.getAccount().getKind() == Account.Kind.CUSTOMER)
                .findFirst()
                .orElseThrow()
                .getAccount()
                .getId();
        // payments and credits settle the oldest charges first; due days do not matter to whether a charge is open
        List<OpenCharges.Charge> open =
                OpenCharges.of(AccountLedger.entriesOf(em, List.of(accountId)), LocalDate.MAX, d -> 0);
        return open.stream().noneMatch(c -> c.postingId() == charge.get().getId());
    }

    @Override
    public Money balance(CandidateId candidateId) {
        Optional<Account> account = ledger.existing(Account.codeOfCandidate(candidateId.value()));
        if (account.isEmpty()) {
            return Money.ZERO;
        }
        Object sum = em.createNativeQuery(
                        "select coalesce(sum(amount), 0) from fees_posting_line where account_id = ?1")
                .setParameter(1, account.get().getId())
                .getSingleResult();
        return Money.of(new java.math.BigDecimal(String.valueOf(sum)).setScale(2, java.math.RoundingMode.UNNECESSARY));
    }
}
