package org.tryon.permitting.parties.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.licensing.api.CertificateId;
import org.tryon.licensing.api.CertificateIssued;
import org.tryon.licensing.api.CertificateRevoked;
import org.tryon.licensing.api.CertificateStandingChanged;
import org.tryon.permitting.module.domain.PermittingSettings;
import org.tryon.permitting.parties.domain.HomeownerDeclaration;
import org.tryon.permitting.parties.domain.HomeownerElectricalTest;
import org.tryon.permitting.permits.domain.Fixtures;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.platform.errors.RuleViolationException.Violation;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;
import org.tryon.platform.settings.SettingKey;
import org.tryon.platform.settings.SettingTimeline;
import org.tryon.platform.settings.Settings;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;
import org.tryon.platform.text.UsFormat;

/** 108.8 C on a real MariaDB: permitting's record of homeowner electrical certificates, kept from licensing's events, and the issue check. */
class HomeownerCertificatesPersistenceTest {

    static TestPersistence db;
    static final ZoneId COUNTY = ZoneId.of("America/New_York");
    static final LocalDate DAY = LocalDate.of(2026, 12, 6);
    static final Clock CLOCK = Clock.fixed(DAY.atTime(12, 0).atZone(COUNTY).toInstant(), COUNTY);

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("permitting"), "META-INF/orm-permitting.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    /** Every setting at its default, except the homeowner test, which applies from {@code from}. */
    static Settings ruleFrom(LocalDate from) {
        return new Settings() {
            @Override
            public <T> T valueOn(SettingKey<T> key, LocalDate date) {
                return timeline(key).valueOn(date);
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> SettingTimeline<T> timeline(SettingKey<T> key) {
                if (key.equals(PermittingSettings.HOMEOWNER_ELECTRICAL_TEST) && from != null) {
                    return (SettingTimeline<T>) new SettingTimeline<>(
                            PermittingSettings.HOMEOWNER_ELECTRICAL_TEST,
                            Map.of(LocalDate.of(1990, 1, 1), false, from, true));
                }
                return new SettingTimeline<>(key, Map.of());
            }
        };
    }

    private static Permit ownersElectrical(String number, LocalDate appliedOn) {
        return new Permit(
                Trade.ELECTRICAL,
                Fixtures.house(Fixtures.owner()),
                null,
                new HomeownerDeclaration("Jordan Reed", appliedOn, 12, number),
                null,
                "Kitchen circuits",
                Money.of(8500),
                appliedOn,
                "Jordan Reed");
    }

    private static List<Violation> check(Permit permit, Settings settings) {
        return db.inTransaction(em -> new HomeownerCertificates(em, CLOCK, settings).refusals(permit, DAY));
    }

    @Test
    @DisplayName(
            "108.8 C: CertificateIssued makes the owner's certificate count; after CertificateRevoked permitting refuses the owner's electrical permit")
    void issuedThenRevoked() {
        db.run(em -> {
            HomeownerCertificates records = new HomeownerCertificates(em, CLOCK, ruleFrom(null));
            records.onIssued(new CertificateIssued(
                    UUID.randomUUID(),
                    Instant.EPOCH,
                    new CertificateId(41),
                    "HE-2026-0041",
                    "HOMEOWNER-ELECTRICAL",
                    "Jordan Reed",
                    DAY.minusDays(20),
                    null));
            // a second delivery changes nothing; another type is not recorded
            records.onIssued(new CertificateIssued(
                    UUID.randomUUID(),
                    Instant.EPOCH,
                    new CertificateId(41),
                    "HE-2026-0041",
                    "HOMEOWNER-ELECTRICAL",
                    "Jordan Reed",
                    DAY.minusDays(20),
                    null));
            records.onIssued(new CertificateIssued(
                    UUID.randomUUID(),
                    Instant.EPOCH,
                    new CertificateId(42),
                    "JE-2026-0042",
                    "JOURNEYMAN-ELECTRICIAN",
                    "Jordan Reed",
                    DAY.minusDays(20),
                    DAY.plusYears(1)));
        });
        Permit permit = ownersElectrical("he-2026-0041", DAY);
        assertThat(check(permit, ruleFrom(null))).isEmpty();
        assertThat(check(ownersElectrical("JE-2026-0042", DAY), ruleFrom(null)))
                .extracting(Violation::rule)
                .containsExactly("108.8 C homeowner test");
        assertThat(check(ownersElectrical(null, DAY), ruleFrom(null)))
                .extracting(Violation::field)
                .containsExactly(HomeownerElectricalTest.FIELD);

        db.run(em -> new HomeownerCertificates(em, CLOCK, ruleFrom(null))
                .onStandingChanged(new CertificateStandingChanged(
                        UUID.randomUUID(),
                        Instant.EPOCH,
                        new CertificateId(41),
                        "HE-2026-0041",
                        "HOMEOWNER-ELECTRICAL",
                        true,
                        null,
                        DAY)));
        assertThat(check(permit, ruleFrom(null)))
                .singleElement()
                .satisfies(v -> assertThat(v.message()).contains("suspended"));
        db.run(em -> new HomeownerCertificates(em, CLOCK, ruleFrom(null))
                .onStandingChanged(new CertificateStandingChanged(
                        UUID.randomUUID(),
                        Instant.EPOCH,
                        new CertificateId(41),
                        "HE-2026-0041",
                        "HOMEOWNER-ELECTRICAL",
                        false,
                        null,
                        DAY)));
        assertThat(check(permit, ruleFrom(null))).isEmpty();

        db.run(em -> new HomeownerCertificates(em, CLOCK, ruleFrom(null))
                .onRevoked(new CertificateRevoked(
                        UUID.randomUUID(),
                        Instant.EPOCH,
                        new CertificateId(41),
                        "HE-2026-0041",
                        "HOMEOWNER-ELECTRICAL",
                        DAY,
                        "Subcommittee minutes 2026-12-04")));
        assertThat(check(permit, ruleFrom(null))).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("108.8 C homeowner test");
            assertThat(v.message()).contains("108.8 C").contains("revoked on " + UsFormat.date(DAY));
        });
    }

    @Test
    @DisplayName(
            "108.8 C: the rule is an effective-dated setting read on the application day: an owner's electrical permit applied for before it is unaffected")
    void effectiveDated() {
        Settings fromToday = ruleFrom(DAY);
        assertThat(check(ownersElectrical(null, DAY.minusDays(1)), fromToday)).isEmpty();
        assertThat(check(ownersElectrical(null, DAY), fromToday))
                .extracting(Violation::rule)
                .containsExactly("108.8 C homeowner test");
    }
}
