package org.tryon.permitting.permits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tryon.platform.money.Money;

class ProjectClassificationTest {

    private static final ProjectClassification.Thresholds ORDINANCE = new ProjectClassification.Thresholds(
            Money.of(100), Money.of(10_000), new BigDecimal("75"), 100_000, 200_000, 300_000, 50_000, 2);

    @ParameterizedTest(name = "Re-Inspection Fee Program: permit fee {0}, construction value {1} -> small {2}")
    @CsvSource({
        "100.00, 500000.00, true",
        "100.01, 500000.00, false",
        "5000.00, 10000.00, true",
        "5000.00, 10000.01, false",
        "100.01, 10000.01, false",
        "0.00, 0.00, true"
    })
    @DisplayName(
            "Re-Inspection Fee Program: small at a permit fee of at most $100 or a construction value of at most $10,000")
    void smallOrLarge(String fee, String value, boolean small) {
        Project p = Fixtures.project(Fixtures.owner(), OccupancyGroup.B, Dwelling.NONE, 1000, "20", 0);
        Project valued = new Project(
                "P",
                p.getAddress(),
                "1",
                p.getOwner(),
                "x",
                Money.of(value),
                1000,
                BigDecimal.TEN,
                OccupancyGroup.B,
                false,
                0,
                Dwelling.NONE,
                WorkType.NEW,
                null,
                false,
                LocalDate.of(2026, 1, 1));
        ProjectClassification c = ProjectClassification.of(valued, Money.of(fee), ORDINANCE);
        assertThat(c.small()).isEqualTo(small);
        assertThat(c.sizeWhy())
                .startsWith(
                        small
                                ? "Re-Inspection Fee Program, small project"
                                : "Re-Inspection Fee Program, large project");
    }

    @ParameterizedTest(name = "Re-Inspection Fee Program: no permit yet, construction value {0} -> small {1}")
    @CsvSource({"10000.00, true", "10000.01, false", "5000000.00, false"})
    @DisplayName(
            "Re-Inspection Fee Program: a project without a permit has no permit fee yet (not $0): it is small or large by its construction value alone")
    void noPermitYetJudgedByValue(String value, boolean small) {
        Project p = Fixtures.project(Fixtures.owner(), OccupancyGroup.B, Dwelling.NONE, 1000, "20", 0);
        Project valued = new Project(
                "P",
                p.getAddress(),
                "1",
                p.getOwner(),
                "x",
                Money.of(value),
                1000,
                BigDecimal.TEN,
                OccupancyGroup.B,
                false,
                0,
                Dwelling.NONE,
                WorkType.NEW,
                null,
                false,
                LocalDate.of(2026, 1, 1));
        ProjectClassification c = ProjectClassification.of(valued, null, ORDINANCE);
        assertThat(c.small()).isEqualTo(small);
        if (!small) {
            assertThat(c.sizeWhy()).contains("no permit applied for yet");
        }
    }

    @ParameterizedTest(name = "106 Mega Project: {0} of {1} sq ft, {2} ft, {3} compartments, mixed {4} -> {5}")
    @CsvSource({
        "A_2, 100000, 40, 0, false, false",
        "A_2, 100001, 40, 0, false, true",
        "B, 299999, 40, 0, false, false",
        "B, 300000, 40, 0, false, true",
        "F_1, 300000, 40, 0, false, true",
        "E, 300000, 40, 0, false, false",
        "B, 199999, 40, 0, true, false",
        "B, 200000, 40, 0, true, true",
        "I_2, 49999, 40, 1, false, false",
        "I_2, 50000, 40, 1, false, true",
        "I_2, 1000, 40, 2, false, true",
        "B, 1000, 74.99, 0, false, false",
        "B, 1000, 75, 0, false, true"
    })
    @DisplayName("106 Mega Project: the five size tests at their edges")
    void megaTests(OccupancyGroup group, int area, String height, int compartments, boolean mixed, boolean mega) {
        Project p = new Project(
                "P",
                new ProjectAddress("1 Main St", "Charlotte", "NC", "28202"),
                "1",
                Fixtures.owner(),
                "x",
                Money.of(50_000_000),
                area,
                new BigDecimal(height),
                group,
                mixed,
                compartments,
                Dwelling.NONE,
                WorkType.NEW,
                null,
                false,
                LocalDate.of(2026, 1, 1));
        ProjectClassification c = ProjectClassification.of(p, Money.of(1000), ORDINANCE);
        assertThat(c.mega()).isEqualTo(mega);
        assertThat(c.megaWhy().isEmpty()).isEqualTo(!mega);
        assertThat(c.megaWhy()).allMatch(w -> w.startsWith("106 Mega Project"));
    }

    @Test
    @DisplayName("106 Mega Project: the Director's designation makes a project Mega, with the reason shown")
    void designation() {
        Project p = Fixtures.commercial(Fixtures.owner(), 1000, 100_000);
        assertThat(ProjectClassification.of(p, Money.of(500), ORDINANCE).mega()).isFalse();
        p.designateMega("director", LocalDate.of(2026, 11, 22), "Hospital campus phasing");
        ProjectClassification c = ProjectClassification.of(p, Money.of(500), ORDINANCE);
        assertThat(c.mega()).isTrue();
        assertThat(c.megaWhy())
                .singleElement()
                .asString()
                .contains("designated by director")
                .contains("Hospital campus phasing");
    }

    @Test
    @DisplayName("106: one- and two-family dwellings are residential projects, everything else commercial")
    void residentialOrCommercial() {
        assertThat(ProjectClassification.of(Fixtures.house(Fixtures.owner()), Money.of(500), ORDINANCE)
                        .residential())
                .isTrue();
        assertThat(ProjectClassification.of(Fixtures.commercial(Fixtures.owner(), 1, 1), Money.of(500), ORDINANCE)
                        .residential())
                .isFalse();
    }
}
