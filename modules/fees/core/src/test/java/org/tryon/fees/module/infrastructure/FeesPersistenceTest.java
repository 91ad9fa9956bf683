package org.tryon.fees.module.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.fees.ledger.domain.Account;
import org.tryon.fees.ledger.domain.Posting;
import org.tryon.platform.money.Money;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** The ledger on a real MariaDB: one posting per cause, and the database refuses to change a posting. */
class FeesPersistenceTest {

    static TestPersistence db;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("fees"), "META-INF/orm-fees.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private long charge(String causeId) {
        return db.inTransaction(em -> {
            Account customer = em.createQuery("select a from Account a where a.code = 'CONTRACTOR-1'", Account.class)
                    .getResultStream()
                    .findFirst()
                    .orElseGet(() -> {
                        Account a = Account.forHolder(
                                org.tryon.platform.kernel.PermitHolder.contractor(1, "Queen City Builders"),
                                Instant.EPOCH);
                        em.persist(a);
                        return a;
                    });
            Account revenue = em.createQuery(
                            "select a from Account a where a.code = 'REVENUE-PERMIT_FEE'", Account.class)
                    .getResultStream()
                    .findFirst()
                    .orElseGet(() -> {
                        Account a = Account.revenue("PERMIT_FEE", Instant.EPOCH);
                        em.persist(a);
                        return a;
                    });
            Posting p = Posting.charge(
                    customer,
                    revenue,
                    Money.of(1640),
                    "PERMIT_FEE",
                    "Permit fee",
                    "permit",
                    causeId,
                    LocalDate.of(2026, 11, 23),
                    Instant.parse("2026-11-23T15:00:00Z"),
                    "system");
            em.persist(p);
            return p.getId();
        });
    }

    @Test
    @DisplayName("a cause posts a fee at most once, whatever the caller does")
    void oneCausePostsOnce() {
        charge("100");
        assertThatThrownBy(() -> charge("100")).isInstanceOf(RuntimeException.class);
        BigDecimal balance = db.inTransaction(em -> (BigDecimal) em.createNativeQuery(
                        "select sum(l.amount) from fees_posting_line l join fees_account a on a.id = l.account_id where a.code = 'CONTRACTOR-1'")
                .getSingleResult());
        assertThat(balance).isEqualByComparingTo("1640.00");
    }

    @Test
    @DisplayName("the ledger is append-only: the database refuses to update or delete a posting")
    void postingsCannotBeChangedOrRemoved() {
        long id = charge("200");
        assertThatThrownBy(() -> db.run(
                        em -> em.createNativeQuery("update fees_posting set description = 'edited' where id = ?1")
                                .setParameter(1, id)
                                .executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(
                        () -> db.run(em -> em.createNativeQuery("delete from fees_posting_line where posting_id = ?1")
                                .setParameter(1, id)
                                .executeUpdate()))
                .hasStackTraceContaining("append-only");
        String description = db.inTransaction(em -> em.find(Posting.class, id).getDescription());
        assertThat(description).isEqualTo("Permit fee");
    }
}
