package org.tryon.fees.adjustment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.fees.module.application.FeesTestWiring;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** Recording an adopted Reinspection Fee Adjustment Schedule (Re-Inspection Fee Program) on a real MariaDB seeded with the 2002 schedule. */
class AdjustmentSchedulesTest {

    static TestPersistence db;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("fees"), "META-INF/orm-fees.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static AdjustmentSchedules schedules(jakarta.persistence.EntityManager em) {
        AdjustmentSchedules s = new AdjustmentSchedules();
        s.em = em;
        s.clock = Clock.fixed(TODAY.atTime(15, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        s.user = new CurrentUser();
        s.validator = FeesTestWiring.noValidation();
        return s;
    }

    private static AdjustmentSchedules.Band band(int from, Integer to, String at, String step) {
        return new AdjustmentSchedules.Band(from, to, new BigDecimal(at), new BigDecimal(step), null);
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: the 2002 schedule is in force; a schedule adopted for a later day is recorded as future, its lines as given")
    void adoptAFutureSchedule() {
        AdjustmentSchedules.ScheduleView adopted = db.inTransaction(em -> schedules(em)
                .adopt(new AdjustmentSchedules.Adopt(
                        TODAY.plusDays(30),
                        "Board of County Commissioners, test",
                        List.of(band(0, 15, "-10", "1"), band(16, null, "5", "2")))));
        assertThat(adopted.standing()).isEqualTo("future");
        assertThat(adopted.bands())
                .extracting(AdjustmentSchedules.BandView::range)
                .containsExactly("0 % to 15 %", "16 % and over");
        List<AdjustmentSchedules.ScheduleView> all =
                db.inTransaction(em -> schedules(em).schedules());
        assertThat(all)
                .extracting(s -> s.effectiveFrom() + " " + s.standing())
                .contains(TODAY.plusDays(30) + " future", "2002-10-01 in force");
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: a schedule with a gap, one not starting at 0 %, or one applying from today or earlier is refused and nothing is recorded")
    void badSchedulesAreRefused() {
        assertThatThrownBy(() -> db.inTransaction(em -> schedules(em)
                        .adopt(new AdjustmentSchedules.Adopt(
                                TODAY.plusDays(60),
                                "test",
                                List.of(band(0, 10, "-10", "1"), band(12, null, "5", "1"))))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("gap or overlap");
        assertThatThrownBy(() -> db.inTransaction(em -> schedules(em)
                        .adopt(new AdjustmentSchedules.Adopt(
                                TODAY.plusDays(60), "test", List.of(band(1, null, "5", "1"))))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("0 %");
        assertThatThrownBy(() -> db.inTransaction(em -> schedules(em)
                        .adopt(new AdjustmentSchedules.Adopt(TODAY, "test", List.of(band(0, null, "5", "1"))))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("after today");
        List<AdjustmentSchedules.ScheduleView> all =
                db.inTransaction(em -> schedules(em).schedules());
        assertThat(all)
                .extracting(AdjustmentSchedules.ScheduleView::effectiveFrom)
                .doesNotContain(TODAY.plusDays(60), TODAY);
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: the screen's text lines read as from | to | at from | per point | printed; a wrong line is named")
    void screenLines() {
        assertThat(org.tryon.fees.adjustment.web.AdjustmentScheduleBeanAccess.parse("0|10|-20|1|first\n11||5|2"))
                .extracting(b -> b.rateFrom() + ".." + b.rateTo() + " " + b.atFrom() + "/" + b.stepPerPoint() + " "
                        + b.printed())
                .containsExactly("0..10 -20/1 first", "11..null 5/2 null");
        assertThatThrownBy(() -> org.tryon.fees.adjustment.web.AdjustmentScheduleBeanAccess.parse("0|10|-20|1\nforty"))
                .hasMessageContaining("Line 2");
    }
}
