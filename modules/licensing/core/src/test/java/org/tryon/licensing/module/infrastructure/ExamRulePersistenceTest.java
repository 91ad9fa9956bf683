package org.tryon.licensing.module.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.licensing.module.application.ExamRuleBook;
import org.tryon.licensing.module.domain.ExamRule;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.money.Money;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** The examination rules per certificate type, effective-dated, on a real MariaDB. */
class ExamRulePersistenceTest {

    static TestPersistence db;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("licensing"), "META-INF/orm-licensing.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static ExamRule inForce(String type, LocalDate day) {
        return db.inTransaction(em -> new ExamRuleBook(em).inForce(type, day));
    }

    @Test
    @DisplayName(
            "Licensing examinations: the homeowner electrical test is 25 questions, 2 hours, 72 %, free, once only, code book supplied")
    void homeownerTest() {
        ExamRule rule = inForce("HOMEOWNER-ELECTRICAL", LocalDate.of(2026, 12, 6));
        assertThat(rule.getQuestions()).isEqualTo(25);
        assertThat(rule.getMinutes()).isEqualTo(120);
        assertThat(rule.getCutScorePercent()).isEqualByComparingTo("72");
        assertThat(rule.getFee()).isEqualTo(Money.of("0.00"));
        assertThat(rule.getMaxAttempts()).hasValue(1);
        assertThat(rule.isCodeBookSupplied()).isTrue();
    }

    @Test
    @DisplayName(
            "106: four years (48 months) of supervised training for a journeyman electrician; a later rule applies from its day only")
    void effectiveDated() {
        assertThat(inForce("JOURNEYMAN-ELECTRICIAN", LocalDate.of(2026, 12, 6)).getExperienceMonths())
                .isEqualTo(48);
        db.run(em -> em.persist(new ExamRule(
                "JOURNEYMAN-ELECTRICIAN",
                LocalDate.of(2030, 1, 1),
                60,
                240,
                new BigDecimal("75.00"),
                Money.of("125.00"),
                90,
                3,
                48,
                365,
                false,
                1,
                8,
                "test: a new cut score",
                "test",
                Instant.now())));
        assertThat(inForce("JOURNEYMAN-ELECTRICIAN", LocalDate.of(2029, 12, 31)).getCutScorePercent())
                .isEqualByComparingTo("70");
        assertThat(inForce("JOURNEYMAN-ELECTRICIAN", LocalDate.of(2030, 1, 1)).getCutScorePercent())
                .isEqualByComparingTo("75");
        assertThatThrownBy(() -> inForce("JOURNEYMAN-ELECTRICIAN", LocalDate.of(1990, 1, 1)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("No examination rules");
    }
}
