package org.tryon.fees.ledger.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.fees.ledger.domain.Account;
import org.tryon.fees.module.application.FeesTestWiring;
import org.tryon.platform.audit.chain.AuditChains;
import org.tryon.platform.audit.chain.ChainReport;
import org.tryon.platform.audit.chain.Finding;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.money.Money;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/**
 * The ledger's audit chain on a real MariaDB (issue 18, ADR 0055): every posting Tryon writes (charge, payment,
 * reversal) is linked in its transaction and verifies intact; an amount, a description or a posting changed, removed
 * or added directly in the database, past the append-only triggers, is named with its posting and field.
 */
class LedgerChainPersistenceTest {

    static TestPersistence db;

    static final Clock CLOCK = Clock.fixed(Instant.parse("2031-03-14T14:00:00Z"), ZoneId.of("America/New_York"));
    static final LocalDate TODAY = LocalDate.of(2031, 3, 14);

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("fees"), "META-INF/orm-fees.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static LedgerCorrections corrections(EntityManager em) {
        LedgerCorrections c = new LedgerCorrections();
        c.em = em;
        c.ledger = FeesTestWiring.ledger(em, CLOCK);
        c.clock = CLOCK;
        c.user = new CurrentUser();
        c.validator = FeesTestWiring.noValidation();
        return c;
    }

    private static long charge(long contractorId, String cause, String amount) {
        return db.inTransaction(em -> {
            Ledger ledger = FeesTestWiring.ledger(em, CLOCK);
            Account a = ledger.customerAccount(PermitHolder.contractor(contractorId, "Firm " + contractorId));
            return ledger.charge(
                            a, Money.of(amount), "PERMIT_FEE", "Permit fee " + cause, "permit", cause, TODAY, "tech")
                    .getId();
        });
    }

    private static ChainReport verify() {
        return db.inTransaction(em -> new AuditChains(em).verify(new LedgerChain(em), Map.of()));
    }

    private static List<Finding> about(ChainReport r, long postingId) {
        return r.findings().stream()
                .filter(f -> Long.valueOf(postingId).equals(f.recordId()))
                .toList();
    }

    /** A change made in MariaDB by someone who first lifts the ledger's append-only triggers, and puts them back. */
    private static void behindTryonsBack(String... statements) {
        db.run(em -> {
            for (String t : List.of("fees_posting", "fees_posting_line")) {
                em.createNativeQuery("drop trigger if exists " + t + "_no_update")
                        .executeUpdate();
                em.createNativeQuery("drop trigger if exists " + t + "_no_delete")
                        .executeUpdate();
            }
            for (String s : statements) {
                em.createNativeQuery(s).executeUpdate();
            }
            for (String t : List.of("fees_posting", "fees_posting_line")) {
                em.createNativeQuery("create trigger " + t + "_no_update before update on " + t
                                + " for each row signal sqlstate '45000' set message_text = '" + t
                                + " is append-only'")
                        .executeUpdate();
                em.createNativeQuery("create trigger " + t + "_no_delete before delete on " + t
                                + " for each row signal sqlstate '45000' set message_text = '" + t
                                + " is append-only'")
                        .executeUpdate();
            }
        });
    }

    @Test
    @DisplayName("issue 18 audit: charges, a payment and a reversal written by the ledger verify intact, one link each")
    void postingsWrittenByTheLedgerVerifyIntact() {
        long fee = charge(801, "8001", "250.00");
        charge(801, "8002", "75.50");
        db.run(em -> {
            Ledger ledger = FeesTestWiring.ledger(em, CLOCK);
            Account a = ledger.customerAccount(PermitHolder.contractor(801, "Firm 801"));
            ledger.pay(a, Money.of("100.00"), "CHECK", "AUDIT-1", TODAY, "tech");
        });
        db.run(em -> corrections(em).reverse(fee, new LedgerCorrections.ReversePosting("Issued to the wrong firm")));
        ChainReport r = verify();
        assertThat(r.findings()).as("nothing changed behind Tryon's back yet").isEmpty();
        assertThat(r.links()).isEqualTo(r.records()).isGreaterThanOrEqualTo(4);
        String content = db.inTransaction(em -> (String)
                em.createNativeQuery("select content from plat_audit_chain where chain = 'ledger' and record_id = ?1")
                        .setParameter(1, fee)
                        .getSingleResult());
        assertThat(content)
                .contains("fee=PERMIT_FEE")
                .contains("posted by=tech")
                .contains("effective date=2031-03-14")
                .contains("cause=permit 8001")
                .contains("amount 250.00")
                .contains("amount -250.00");
    }

    @Test
    @DisplayName(
            "issue 18 audit: an amount changed by an UPDATE in MariaDB is named: the posting, the line, both amounts")
    void editedAmountIsNamed() {
        long fee = charge(802, "8003", "300.00");
        long line = db.inTransaction(em -> ((Number)
                        em.createNativeQuery("select id from fees_posting_line where posting_id = ?1 and amount > 0")
                                .setParameter(1, fee)
                                .getSingleResult())
                .longValue());
        behindTryonsBack("update fees_posting_line set amount = 3.00 where id = " + line);
        List<Finding> found = about(verify(), fee);
        assertThat(found).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.kind()).isEqualTo(Finding.Kind.EDITED);
        assertThat(f.label()).startsWith("Ledger posting " + fee + ": PERMIT_FEE $3.00 debited to CONTRACTOR-802");
        assertThat(f.changes()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("line " + line);
            assertThat(c.chained()).endsWith("amount 300.00");
            assertThat(c.now()).endsWith("amount 3.00");
        });
    }

    @Test
    @DisplayName("issue 18 audit: a description edited, a posting deleted, a posting inserted by SQL are each named")
    void editedDeletedInsertedPostings() {
        long edited = charge(803, "8004", "10.00");
        long deleted = charge(803, "8005", "20.00");
        behindTryonsBack(
                "update fees_posting set description = 'Nothing to see' where id = " + edited,
                "delete from fees_posting_line where posting_id = " + deleted,
                "delete from fees_posting where id = " + deleted,
                "insert into fees_posting (posted_at, posted_by, effective_date, fee_code, description, cause_type,"
                        + " cause_id, cause_scope) values (utc_timestamp(6), 'nobody', '2031-03-14', 'PERMIT_FEE',"
                        + " 'slipped in', 'permit', '8006', 0)");
        long inserted = db.inTransaction(
                em -> ((Number) em.createNativeQuery("select id from fees_posting where description = 'slipped in'")
                                .getSingleResult())
                        .longValue());
        ChainReport r = verify();
        assertThat(about(r, edited)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.EDITED);
            assertThat(f.changes())
                    .containsExactly(new Finding.FieldChange("description", "Permit fee 8004", "Nothing to see"));
        });
        assertThat(about(r, deleted)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.DELETED);
            assertThat(f.message()).contains("Ledger posting " + deleted).contains("no longer in the database");
        });
        assertThat(about(r, inserted))
                .singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(Finding.Kind.ADDED));
    }
}
