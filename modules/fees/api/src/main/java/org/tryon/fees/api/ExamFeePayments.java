package org.tryon.fees.api;

import java.time.LocalDate;
import org.tryon.platform.kernel.CandidateId;
import org.tryon.platform.kernel.ExamRegistrationId;
import org.tryon.platform.money.Money;

/**
 * Licensing examinations: the exam fee on the candidate's account ({@code CANDIDATE-<candidateId>}) as licensing may use
 * it, without touching fees' tables. Implemented by fees; injected by CDI. The charge itself arrives as licensing's
 * {@code ExamFeeCharged} event.
 */
public interface ExamFeePayments {

    /** The charge of an exam registration: who owes it, how much, since when. */
    record ExamFee(
            ExamRegistrationId registrationId,
            CandidateId candidateId,
            String candidateName,
            String certificateType,
            Money amount,
            LocalDate chargedOn) {}

    /**
     * Receives a payment of the exam fee of {@code fee.registrationId()} on the candidate's account. When the charge has
     * not arrived yet (the event is still on its way) it is posted here with the same cause, so the event posts nothing
     * more. A payment (method and reference) is applied once; another one with the same reference is refused.
     *
     * @param method CASH, CHECK or CARD
     */
    void pay(ExamFee fee, Money amount, String method, String reference, LocalDate receivedOn, String by);

    /** Whether the exam fee charged for {@code registrationId} is paid in full (false while it is not charged). */
    boolean settled(ExamRegistrationId registrationId);

    /** The candidate's account balance (positive: owed to the county); zero when the account is not open yet. */
    Money balance(CandidateId candidateId);
}
