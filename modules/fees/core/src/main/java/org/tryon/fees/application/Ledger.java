package org.tryon.fees.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.tryon.fees.domain.Account;
import org.tryon.fees.domain.Posting;
import org.tryon.platform.money.Money;

/** Posts to the ledger: each cause at most once. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Ledger {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    public Account contractorAccount(long contractorId, String name) {
        return em.createQuery("select a from Account a where a.contractorId = :c", Account.class).setParameter("c", contractorId)
                .getResultStream().findFirst().orElseGet(() -> {
                    Account a = Account.forContractor(contractorId, name, clock.instant());
                    em.persist(a);
                    return a;
                });
    }

    public Account revenueAccount(String feeCode) {
        return em.createQuery("select a from Account a where a.code = :c", Account.class).setParameter("c", "REVENUE-" + feeCode)
                .getResultStream().findFirst().orElseGet(() -> {
                    Account a = Account.revenue(feeCode, clock.instant());
                    em.persist(a);
                    return a;
                });
    }

    public Optional<Posting> posted(String causeType, String causeId, String feeCode) {
        return em.createQuery("select p from Posting p where p.causeType = :t and p.causeId = :i and p.feeCode = :f", Posting.class)
                .setParameter("t", causeType).setParameter("i", causeId).setParameter("f", feeCode).getResultStream().findFirst();
    }

    /**
     * Charges {@code amount} to {@code customer} for a cause, unless that cause already posted this
     * fee (a redelivered event): then the earlier posting is returned and nothing changes.
     */
    public Posting charge(Account customer, Money amount, String feeCode, String description, String causeType, String causeId,
            LocalDate effectiveDate, String by) {
        Optional<Posting> earlier = posted(causeType, causeId, feeCode);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Posting p = Posting.charge(customer, revenueAccount(feeCode), amount, feeCode, description, causeType, causeId, effectiveDate,
                clock.instant(), by);
        em.persist(p);
        return p;
    }
}
