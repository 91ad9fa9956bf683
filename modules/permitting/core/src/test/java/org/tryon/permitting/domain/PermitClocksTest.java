package org.tryon.permitting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.api.PermitStatus;

class PermitClocksTest {

    private final PermitClocks clocks = new PermitClocks(6, 12, 12);

    @Test
    @DisplayName("108.8.1: six months after issue without commencement: the day before, on and after")
    void expiresSixMonthsAfterIssue() {
        LocalDate issued = LocalDate.of(2026, 5, 15);
        assertThat(clocks.next(PermitStatus.ISSUED, issued, null, null)).hasValueSatisfying(d -> {
            assertThat(d.becomes()).isEqualTo(PermitStatus.EXPIRED);
            assertThat(d.on()).isEqualTo(LocalDate.of(2026, 11, 15));
            assertThat(d.section()).isEqualTo("108.8.1");
        });
        assertThat(clocks.runOut(PermitStatus.ISSUED, issued, null, null, LocalDate.of(2026, 11, 14))).isEmpty();
        assertThat(clocks.runOut(PermitStatus.ISSUED, issued, null, null, LocalDate.of(2026, 11, 15))).isPresent();
        assertThat(clocks.runOut(PermitStatus.ISSUED, issued, null, null, LocalDate.of(2026, 11, 16))).isPresent();
    }

    @Test
    @DisplayName("108.8.1: issued on 31 August, six months later is the last day of February")
    void monthEnds() {
        assertThat(clocks.next(PermitStatus.ISSUED, LocalDate.of(2026, 8, 31), null, null).orElseThrow().on())
                .isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    @DisplayName("108.8.1, 108.10 E: after commencement the permit is void twelve months after the latest activity")
    void voidAfterTwelveMonthsWithoutWork() {
        LocalDate commenced = LocalDate.of(2026, 3, 2);
        assertThat(clocks.next(PermitStatus.WORK_COMMENCED, LocalDate.of(2026, 1, 5), commenced, null).orElseThrow().on())
                .isEqualTo(LocalDate.of(2027, 3, 2));
        PermitClocks.Deadline afterInspection = clocks.next(PermitStatus.WORK_COMMENCED, LocalDate.of(2026, 1, 5), commenced,
                LocalDate.of(2026, 9, 10)).orElseThrow();
        assertThat(afterInspection.becomes()).isEqualTo(PermitStatus.VOID);
        assertThat(afterInspection.on()).isEqualTo(LocalDate.of(2027, 9, 10));
        assertThat(clocks.runOut(PermitStatus.WORK_COMMENCED, LocalDate.of(2026, 1, 5), commenced, LocalDate.of(2026, 9, 10),
                LocalDate.of(2027, 9, 9))).isEmpty();
    }

    @Test
    @DisplayName("108.10 E: a shorter final-inspection clock (a changed setting) decides when it runs out first")
    void theEarlierClockWins() {
        PermitClocks shorterFinal = new PermitClocks(6, 12, 9);
        PermitClocks.Deadline d = shorterFinal.next(PermitStatus.WORK_COMMENCED, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 2), null)
                .orElseThrow();
        assertThat(d.on()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(d.section()).isEqualTo("108.10 E");
    }

    @Test
    void noClockBeforeIssueOrAfterTheEnd() {
        assertThat(clocks.next(PermitStatus.APPLIED, null, null, null)).isEmpty();
        assertThat(clocks.next(PermitStatus.REVOKED, LocalDate.of(2026, 1, 1), null, null)).isEmpty();
        assertThat(clocks.next(PermitStatus.FINALED, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), null)).isEmpty();
    }
}
