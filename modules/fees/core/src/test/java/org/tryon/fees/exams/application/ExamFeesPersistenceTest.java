package org.tryon.fees.exams.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.fees.api.ExamFeePayments.ExamFee;
import org.tryon.fees.module.application.FeesTestWiring;
import org.tryon.licensing.api.ExamFeeCharged;
import org.tryon.licensing.api.ExamFeeCredited;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.CandidateId;
import org.tryon.platform.kernel.ExamRegistrationId;
import org.tryon.platform.money.Money;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** Licensing examinations: the exam fee on the candidate's account, posted once per registration, on a real MariaDB. */
class ExamFeesPersistenceTest {

    static TestPersistence db;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-04T14:00:00Z"), ZoneId.of("America/New_York"));
    static final LocalDate TODAY = LocalDate.of(2027, 1, 4);

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("fees"), "META-INF/orm-fees.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static ExamFees fees(EntityManager em) {
        ExamFees f = new ExamFees();
        f.em = em;
        f.clock = CLOCK;
        f.ledger = FeesTestWiring.ledger(em, CLOCK);
        return f;
    }

    private static ExamFeeCharged charged(long registrationId, long candidateId) {
        return new ExamFeeCharged(
                UUID.randomUUID(),
                CLOCK.instant(),
                new ExamRegistrationId(registrationId),
                new CandidateId(candidateId),
                "Ada Volt",
                "JOURNEYMAN-ELECTRICIAN",
                TODAY.plusDays(11),
                Money.of("100.00"),
                TODAY);
    }

    private static long postings(String causeType, long registrationId) {
        return db.inTransaction(em -> ((Number) em.createNativeQuery(
                                "select count(*) from fees_posting where cause_type = ?1 and cause_id = ?2")
                        .setParameter(1, causeType)
                        .setParameter(2, String.valueOf(registrationId))
                        .getSingleResult())
                .longValue());
    }

    private static Money balance(long candidateId) {
        Money m = db.inTransaction(em -> fees(em).balance(new CandidateId(candidateId)));
        return m;
    }

    private static boolean settled(long registrationId) {
        Boolean b = db.inTransaction(em -> fees(em).settled(new ExamRegistrationId(registrationId)));
        return b;
    }

    @Test
    @DisplayName(
            "Licensing examinations: the exam fee is charged to CANDIDATE-<id> once per registration; a redelivered event posts nothing more")
    void chargedOnce() {
        ExamFeeCharged event = charged(501, 71);
        db.run(em -> fees(em).onCharged(event));
        db.run(em -> fees(em).onCharged(event));
        db.run(em -> fees(em).onCharged(charged(501, 71)));
        assertThat(postings(ExamFees.CHARGE_CAUSE, 501)).isEqualTo(1);
        assertThat(balance(71)).isEqualTo(Money.of("100.00"));
        String kind = db.inTransaction(em -> em.createQuery(
                        "select a.kind from Account a where a.code = 'CANDIDATE-71'",
                        org.tryon.fees.ledger.domain.Account.Kind.class)
                .getSingleResult()
                .name());
        assertThat(kind).isEqualTo("CUSTOMER");
        assertThat(settled(501)).isFalse();
    }

    @Test
    @DisplayName(
            "Licensing examinations: a payment settles the fee (a part payment does not); a payment before the event arrives posts the charge once")
    void paymentSettles() {
        ExamFee fee = new ExamFee(
                new ExamRegistrationId(502),
                new CandidateId(72),
                "Bo Watt",
                "JOURNEYMAN-ELECTRICIAN",
                Money.of("100.00"),
                TODAY);
        db.run(em -> fees(em).pay(fee, Money.of("40.00"), "CHECK", "2001", TODAY, "examiner"));
        assertThat(settled(502)).isFalse();
        db.run(em -> fees(em).pay(fee, Money.of("60.00"), "CASH", "R-9", TODAY, "examiner"));
        assertThat(settled(502)).isTrue();
        db.run(em -> fees(em).onCharged(new ExamFeeCharged(
                UUID.randomUUID(),
                CLOCK.instant(),
                new ExamRegistrationId(502),
                new CandidateId(72),
                "Bo Watt",
                "JOURNEYMAN-ELECTRICIAN",
                TODAY.plusDays(11),
                Money.of("100.00"),
                TODAY)));
        assertThat(postings(ExamFees.CHARGE_CAUSE, 502)).isEqualTo(1);
        assertThat(balance(72)).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> db.run(em -> fees(em).pay(fee, Money.of("10.00"), "CHECK", "2001", TODAY, "examiner")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already applied");
        assertThatThrownBy(() -> db.run(em -> fees(em).pay(fee, Money.of("10.00"), "IOU", "x", TODAY, "examiner")))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("method"));
    }

    @Test
    @DisplayName(
            "Licensing examinations: a cancellation's credit is posted once and leaves the candidate owing nothing")
    void creditedOnce() {
        db.run(em -> fees(em).onCharged(charged(503, 73)));
        ExamFeeCredited credit = new ExamFeeCredited(
                UUID.randomUUID(),
                CLOCK.instant(),
                new ExamRegistrationId(503),
                new CandidateId(73),
                "Ada Volt",
                Money.of("100.00"),
                TODAY,
                "cancelled before the deadline");
        db.run(em -> fees(em).onCredited(credit));
        db.run(em -> fees(em).onCredited(credit));
        assertThat(postings(ExamFees.CREDIT_CAUSE, 503)).isEqualTo(1);
        assertThat(balance(73)).isEqualTo(Money.ZERO);
    }
}
