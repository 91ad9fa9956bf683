package org.tryon.fees.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.tryon.fees.ledger.domain.Account;

/**
 * Opens a ledger account in a transaction of its own, so that two first uses of the same account at the same moment
 * (two payments of a new holder, two charges of a new fee) do not fail the loser's whole transaction on the unique
 * code: the loser's opening fails here, alone, and {@link Ledger} reads the winner's account (ADR 0025).
 */
@ApplicationScoped
public class AccountOpening {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    /** Opens the account and commits; throws when another transaction opened one of the same code (or firm) first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void open(Account account) {
        em.persist(account);
        em.flush();
    }
}
