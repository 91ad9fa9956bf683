package org.tryon.fees.hifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.tryon.fees.ledger.domain.Account;
import org.tryon.fees.ledger.domain.Posting;
import org.tryon.fees.ledger.domain.PostingLine;
import org.tryon.fees.schedule.domain.BilledPermit;
import org.tryon.fees.schedule.domain.ScheduledFee;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.money.Money;

/**
 * 108.10 F.4: "all High Inspection Failure Rate Charges will be charged to the related MEP
 * contractor's account, with an accounting summary provided to the general contractor where these
 * fees affect the project re-inspection fee calculations". The summary lists, for a general
 * contractor's account, the HIFR charges posted to MEP contractors on permits issued under its
 * master permits; each such re-inspection leaves the project's re-inspection fee calculation
 * (F.2.1.1), which is how it affects the general contractor.
 */
@ApplicationScoped
@Transactional
public class HifrChargeSummary {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    /** One HIFR charge on an MEP permit under the general contractor's master permit. */
    public record Line(
            long postingId,
            LocalDate chargedFor,
            String projectAddress,
            String permitNumber,
            String trade,
            String mepContractor,
            long mepAccountId,
            BigDecimal amount,
            String description,
            String effect)
            implements java.io.Serializable {}

    public record Summary(long accountId, String generalContractor, List<Line> lines, BigDecimal total)
            implements java.io.Serializable {}

    public Summary forAccount(long accountId) {
        Account gc = em.find(Account.class, accountId);
        if (gc == null) {
            throw new RecordNotFoundException("account", accountId);
        }
        // a master permit is held by a general contractor (108.10 F.4): a firm's account, which names the firm
        if (gc.getContractorId() == null) {
            return new Summary(gc.getId(), gc.getName(), List.of(), BigDecimal.ZERO.setScale(2));
        }
        PermitHolder.Kind kind = PermitHolder.Kind.CONTRACTOR;
        long holderId = gc.getContractorId();
        List<Object[]> rows = em.createQuery(
                        "select p, b from Posting p, BilledPermit b where p.permitId = b.permitId and p.feeCode = :fee "
                                + "and b.masterHolderKind = :kind and b.masterHolderId = :holder order by p.effectiveDate, p.id",
                        Object[].class)
                .setParameter("fee", ScheduledFee.HIFR_HOURLY.name())
                .setParameter("kind", kind)
                .setParameter("holder", holderId)
                .getResultList();
        List<Line> lines = rows.stream()
                .map(r -> {
                    Posting p = (Posting) r[0];
                    BilledPermit b = (BilledPermit) r[1];
                    PostingLine debit = p.getLines().stream()
                            .filter(l -> l.getAmount().isPositive())
                            .findFirst()
                            .orElseThrow();
                    return new Line(
                            p.getId(),
                            p.getEffectiveDate(),
                            b.getProjectAddress(),
                            b.getPermitNumber(),
                            b.getTrade().label(),
                            b.holder().name(),
                            debit.getAccount().getId(),
                            debit.getAmount().amount(),
                            p.getDescription(),
                            "charged to the MEP contractor, not to you; this re-inspection is removed from the project's re-inspection fee "
                                    + "calculation (108.10 F.2.1.1)");
                })
                .toList();
        Money total = lines.stream().map(l -> Money.of(l.amount())).reduce(Money.ZERO, Money::plus);
        return new Summary(gc.getId(), gc.getName(), lines, total.amount());
    }
}
