package org.tryon.licensing.eligibility.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.licensing.eligibility.application.EligibilityCommands.AddExperience;
import org.tryon.licensing.eligibility.application.EligibilityViews.ApplicationView;
import org.tryon.licensing.module.application.ExamRuleBook;
import org.tryon.licensing.module.domain.CertificateKind;
import org.tryon.licensing.module.domain.CertificateType;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** Eligibility's tables on a real MariaDB: kinds, applications with experience and references, decisions, state credentials, rules. */
class EligibilityPersistenceTest {

    static TestPersistence db;
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T15:00:00Z"), ZoneId.of("America/New_York"));

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("licensing"), "META-INF/orm-licensing.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static <T> T eligibility(Function<Eligibility, T> work) {
        return db.inTransaction(em -> work.apply(new Eligibility(em, new NoChecks(), CLOCK, new CurrentUser())));
    }

    private static ExamRules rules(EntityManager em) {
        ExamRules r = new ExamRules();
        r.em = em;
        r.validator = new NoChecks();
        r.clock = CLOCK;
        r.user = new CurrentUser();
        r.book = new ExamRuleBook(em);
        return r;
    }

    private static EligibilityCommands.Apply apply(String email, String type, List<AddExperience> jobs) {
        return new EligibilityCommands.Apply(
                "Ada Volt",
                LocalDate.of(1990, 5, 1),
                "1 Trade St\nCharlotte, NC 28202",
                email,
                "704-555-0100",
                type,
                jobs,
                List.of(new EligibilityCommands.AddReference("Ray Ohm", "ray@example.org", "foreman")));
    }

    @Test
    @DisplayName(
            "106: what a type is on a day is effective-dated data: journeyman plumbers examined until 2012-12-31, renewals only from 2013-01-01")
    void kinds() {
        CertificateType plumber = db.inTransaction(em -> {
            CertificateType t = em.find(CertificateType.class, "JOURNEYMAN-PLUMBER");
            t.getKinds().size();
            return t;
        });
        assertThat(plumber.kindOn(LocalDate.of(2012, 12, 31))).hasValue(CertificateKind.EXAMINED);
        assertThat(plumber.kindOn(LocalDate.of(2013, 1, 1))).hasValue(CertificateKind.RENEWAL_ONLY);
        assertThat(plumber.isExaminedOn(TODAY)).isFalse();
        CertificateType board = db.inTransaction(em -> {
            CertificateType t = em.find(CertificateType.class, "NC-ELECTRICAL-CONTRACTOR");
            t.getKinds().size();
            return t;
        });
        assertThat(board.kindOn(TODAY)).hasValue(CertificateKind.STATE_CREDENTIAL);
        assertThat(board.getIssuingBoard()).isEqualTo("NC State Board of Examiners of Electrical Contractors");

        assertThatThrownBy(() -> db.run(em -> rules(em)
                        .recordKind(
                                "MECHANIC-DUCTWORK",
                                new EligibilityCommands.RecordKind("EXAMINED", TODAY.minusDays(1), "resume"))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("from today");
        List<EligibilityViews.KindView> kinds = db.inTransaction(em -> rules(em)
                .recordKind(
                        "MECHANIC-DUCTWORK",
                        new EligibilityCommands.RecordKind(
                                "EXAMINED", TODAY.plusDays(30), "The county resumes examining")));
        assertThat(kinds.get(0).kind()).isEqualTo("EXAMINED");
        CertificateType ductwork = db.inTransaction(em -> em.find(CertificateType.class, "MECHANIC-DUCTWORK"));
        assertThat(ductwork.getExaminedUntil()).isNull();
    }

    @Test
    @DisplayName(
            "106: an application with two overlapping verified jobs of 48 months is eligible by the rule in force; stored and read back")
    void applicationDecidedEligible() {
        ApplicationView a = eligibility(e -> e.enter(apply(
                "ada@example.org",
                "JOURNEYMAN-ELECTRICIAN",
                List.of(
                        new AddExperience(
                                "Volt Electric",
                                "Sam Spark",
                                "JE-1001",
                                LocalDate.of(2021, 1, 1),
                                LocalDate.of(2023, 6, 30),
                                40),
                        new AddExperience(
                                "Ohm Builders",
                                "Nia Watt",
                                "U-22",
                                LocalDate.of(2023, 1, 1),
                                LocalDate.of(2024, 12, 31),
                                40),
                        new AddExperience(
                                "Odd jobs", null, null, LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31), 40)))));
        assertThat(a.reference()).matches("EX-[A-Z2-9]{10}");
        assertThat(a.status()).isEqualTo("SUBMITTED");
        for (EligibilityViews.ExperienceView x : a.experience()) {
            eligibility(e -> e.checkExperience(a.id(), x.id(), true, null));
        }
        assertThatThrownBy(() -> eligibility(e -> e.decide(a.id()))).hasMessageContaining("Verify or reject");
        eligibility(e -> e.checkReference(a.id(), a.references().get(0).id(), true, null));
        ApplicationView decided = eligibility(e -> e.decide(a.id()));
        assertThat(decided.status()).isEqualTo("ELIGIBLE");
        assertThat(decided.eligibleUntil()).isEqualTo(TODAY.plusDays(365));
        assertThat(decided.arithmetic().monthsCounted()).isEqualTo(48);
        assertThat(decided.arithmetic().periods()).hasSize(1);
        assertThat(decided.experience())
                .extracting(EligibilityViews.ExperienceView::counted)
                .containsExactly(false, true, true);

        Object[] row = (Object[]) db.inTransaction(
                em -> em.createNativeQuery("select status, months_counted, months_required, eligible_until from "
                                + "lic_application where id = ?1")
                        .setParameter(1, a.id())
                        .getSingleResult());
        assertThat(row[0]).isEqualTo("ELIGIBLE");
        assertThat(((Number) row[1]).intValue()).isEqualTo(48);
        assertThat(((Number) row[2]).intValue()).isEqualTo(48);

        assertThatThrownBy(
                        () -> eligibility(e -> e.enter(apply("ADA@example.org", "JOURNEYMAN-ELECTRICIAN", List.of()))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("applies again");
        byte[] pdf = eligibility(e -> e.letter(a.id()));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");

        EligibilityViews.PublicStatus status =
                eligibility(e -> e.publicStatus(a.reference().toLowerCase(), "Ada@Example.org"));
        assertThat(status.status()).isEqualTo("ELIGIBLE");
        assertThat(status.sessions()).isEmpty();
        assertThatThrownBy(() -> eligibility(e -> e.publicStatus(a.reference(), "eve@example.org")))
                .isInstanceOf(RecordNotFoundException.class)
                .hasMessage("There is no exam application with id " + a.reference());
        assertThatThrownBy(() -> eligibility(e -> e.publicStatus("EX-AAAAAAAAAA", "ada@example.org")))
                .isInstanceOf(RecordNotFoundException.class)
                .hasMessage("There is no exam application with id EX-AAAAAAAAAA");
    }

    @Test
    @DisplayName("106: 47 months refused; the refused candidate may apply again")
    void refusedThenAgain() {
        ApplicationView a = eligibility(e -> e.enter(new EligibilityCommands.Apply(
                "Bo Amp",
                LocalDate.of(1995, 1, 1),
                "2 Trade St",
                "bo@example.org",
                null,
                "JOURNEYMAN-ELECTRICIAN",
                List.of(
                        new AddExperience(
                                "Volt Electric",
                                "Sam Spark",
                                "JE-1001",
                                LocalDate.of(2021, 1, 1),
                                LocalDate.of(2023, 6, 30),
                                40),
                        new AddExperience(
                                "Ohm Builders",
                                "Nia Watt",
                                "U-22",
                                LocalDate.of(2023, 1, 1),
                                LocalDate.of(2024, 11, 30),
                                40)),
                List.of())));
        a.experience().forEach(x -> eligibility(e -> e.checkExperience(a.id(), x.id(), true, null)));
        ApplicationView refused = eligibility(e -> e.decide(a.id()));
        assertThat(refused.status()).isEqualTo("INELIGIBLE");
        assertThat(refused.arithmetic().monthsCounted()).isEqualTo(47);
        ApplicationView again = eligibility(e -> e.enter(new EligibilityCommands.Apply(
                "Bo Amp",
                LocalDate.of(1995, 1, 1),
                "2 Trade St",
                "bo@example.org",
                null,
                "JOURNEYMAN-ELECTRICIAN",
                List.of(),
                List.of())));
        assertThat(again.candidateId()).isEqualTo(a.candidateId());
        // the candidate's page lists both applications, newest first
        List<EligibilityViews.ApplicationRow> rows = eligibility(e -> e.ofCandidate(a.candidateId()));
        assertThat(rows).extracting(EligibilityViews.ApplicationRow::id).containsExactlyInAnyOrder(a.id(), again.id());
    }

    @Test
    @DisplayName(
            "106, 108.8 C: the homeowner test (0 months) is eligible at once; renewals-only and state-board types are refused")
    void homeownerAndRefusedTypes() {
        EligibilityViews.Receipt r = eligibility(e -> e.applyPublicly(new EligibilityCommands.Apply(
                "Hal Home",
                LocalDate.of(1980, 2, 2),
                "3 Home Rd",
                "hal@example.org",
                null,
                "HOMEOWNER-ELECTRICAL",
                List.of(),
                List.of())));
        assertThat(r.status()).isEqualTo("ELIGIBLE");
        assertThatThrownBy(() -> eligibility(e -> e.enter(apply("pip@example.org", "JOURNEYMAN-PLUMBER", List.of()))))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(x -> assertThat(
                                ((RuleViolationException) x).violations().get(0).rule())
                        .isEqualTo("106 renewal-only"));
        assertThatThrownBy(() ->
                        eligibility(e -> e.enter(apply("pip@example.org", "NC-ELECTRICAL-CONTRACTOR", List.of()))))
                .satisfies(x -> assertThat(
                                ((RuleViolationException) x).violations().get(0).rule())
                        .isEqualTo("106 state-credential"));
    }

    @Test
    @DisplayName(
            "106: a state board's credential is recorded with its board, number, class, expiry and verification; once per number")
    void stateCredentials() {
        var cmd = new EligibilityCommands.RecordStateCredential(
                "NC-ELECTRICAL-CONTRACTOR",
                null,
                "Nia Watt",
                "u-22",
                "Unlimited",
                LocalDate.of(2027, 12, 31),
                TODAY,
                "Board's online license lookup");
        EligibilityViews.CredentialView c =
                db.inTransaction(em -> new StateCredentials(em, new NoChecks(), CLOCK, new CurrentUser()).record(cmd));
        assertThat(c.board()).isEqualTo("NC State Board of Examiners of Electrical Contractors");
        assertThat(c.licenseNumber()).isEqualTo("U-22");
        assertThat(c.current()).isTrue();
        assertThatThrownBy(() ->
                        db.run(em -> new StateCredentials(em, new NoChecks(), CLOCK, new CurrentUser()).record(cmd)))
                .hasMessageContaining("already recorded");
        assertThatThrownBy(() -> db.run(em -> new StateCredentials(em, new NoChecks(), CLOCK, new CurrentUser())
                        .record(new EligibilityCommands.RecordStateCredential(
                                "JOURNEYMAN-ELECTRICIAN", null, "X", "9", null, null, TODAY, null))))
                .hasMessageContaining("not a state board's credential");
    }

    @Test
    @DisplayName(
            "106: a new exam rule applies from a day not before today, one per day, and is read back with its least weekly hours")
    void recordRule() {
        var cmd = new EligibilityCommands.RecordRule(
                "JOURNEYMAN-ELECTRICIAN",
                TODAY.plusDays(10),
                50,
                240,
                new BigDecimal("72.00"),
                new BigDecimal("110.00"),
                90,
                null,
                48,
                365,
                false,
                1,
                8,
                30,
                "Cut score raised by the subcommittee");
        EligibilityViews.RuleView r = db.inTransaction(em -> rules(em).record(cmd));
        assertThat(r.minWeeklyHours()).isEqualTo(30);
        assertThat(r.inForceToday()).isFalse();
        assertThatThrownBy(() -> db.run(em -> rules(em).record(cmd))).hasMessageContaining("already recorded");
        assertThatThrownBy(() -> db.run(em -> rules(em)
                        .record(new EligibilityCommands.RecordRule(
                                "JOURNEYMAN-ELECTRICIAN",
                                TODAY.minusDays(1),
                                50,
                                240,
                                new BigDecimal("72.00"),
                                new BigDecimal("110.00"),
                                90,
                                null,
                                48,
                                365,
                                false,
                                1,
                                8,
                                30,
                                "back-dated"))))
                .satisfies(x -> assertThat(
                                ((RuleViolationException) x).violations().get(0).rule())
                        .isEqualTo("not-before-today"));
        int hours = db.inTransaction(em -> new ExamRuleBook(em)
                .inForce("JOURNEYMAN-ELECTRICIAN", TODAY.plusDays(10))
                .getMinWeeklyHours());
        assertThat(hours).isEqualTo(30);
    }

    /** Bean Validation is checked by the container; this test checks the rules behind it. */
    static final class NoChecks implements Validator {
        @Override
        public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
            return Set.of();
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateProperty(T object, String p, Class<?>... groups) {
            return Set.of();
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateValue(Class<T> type, String p, Object v, Class<?>... groups) {
            return Set.of();
        }

        @Override
        public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ExecutableValidator forExecutables() {
            throw new UnsupportedOperationException();
        }
    }
}
