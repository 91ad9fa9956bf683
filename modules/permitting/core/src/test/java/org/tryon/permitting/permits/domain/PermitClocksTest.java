package org.tryon.permitting.permits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.api.PermitStatus;

class PermitClocksTest {

    private final PermitClocks clocks = new PermitClocks(6, 12, 12);
    private static final LocalDate ISSUED = LocalDate.of(2026, 1, 5);
    private static final LocalDate COMMENCED = LocalDate.of(2026, 3, 2);

    @Test
    @DisplayName("108.8.1: six months after issue without commencement: the day before, on and after")
    void expiresSixMonthsAfterIssue() {
        LocalDate issued = LocalDate.of(2026, 5, 15);
        assertThat(clocks.next(PermitStatus.ISSUED, issued, null, null, null)).hasValueSatisfying(d -> {
            assertThat(d.becomes()).isEqualTo(PermitStatus.EXPIRED);
            assertThat(d.on()).isEqualTo(LocalDate.of(2026, 11, 15));
            assertThat(d.section()).isEqualTo("108.8.1");
        });
        assertThat(clocks.runOut(PermitStatus.ISSUED, issued, null, null, null, LocalDate.of(2026, 11, 14)))
                .isEmpty();
        assertThat(clocks.runOut(PermitStatus.ISSUED, issued, null, null, null, LocalDate.of(2026, 11, 15)))
                .isPresent();
        assertThat(clocks.runOut(PermitStatus.ISSUED, issued, null, null, null, LocalDate.of(2026, 11, 16)))
                .isPresent();
    }

    @Test
    @DisplayName("108.8.1: issued on 31 August, six months later is the last day of February")
    void monthEnds() {
        assertThat(clocks.next(PermitStatus.ISSUED, LocalDate.of(2026, 8, 31), null, null, null)
                        .orElseThrow()
                        .on())
                .isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    @DisplayName(
            "108.8.1: a request before issue-plus-six-months does not stop the expiry clock; only commencement does (106)")
    void aRequestAloneIsNotCommencement() {
        assertThat(clocks.next(PermitStatus.ISSUED, ISSUED, null, LocalDate.of(2026, 6, 1), null)
                        .orElseThrow()
                        .on())
                .isEqualTo(LocalDate.of(2026, 7, 5));
    }

    @Test
    @DisplayName("108.8.1, 108.10 E: commenced by evidence, nothing since: void twelve months after commencement")
    void voidTwelveMonthsAfterCommencement() {
        PermitClocks.Deadline d = clocks.next(PermitStatus.WORK_COMMENCED, ISSUED, COMMENCED, null, null)
                .orElseThrow();
        assertThat(d.becomes()).isEqualTo(PermitStatus.VOID);
        assertThat(d.on()).isEqualTo(LocalDate.of(2027, 3, 2));
    }

    @Test
    @DisplayName("108.10 E: twelve months after the most recent inspection: the day before, on and after")
    void voidTwelveMonthsAfterTheLatestInspection() {
        LocalDate inspected = LocalDate.of(2026, 9, 10);
        LocalDate requested = LocalDate.of(2026, 9, 8);
        PermitClocks.Deadline d = clocks.next(PermitStatus.WORK_COMMENCED, ISSUED, COMMENCED, requested, inspected)
                .orElseThrow();
        // the discontinued clock (from the request two days earlier) runs out first
        assertThat(d.on()).isEqualTo(LocalDate.of(2027, 9, 8));
        assertThat(d.section()).isEqualTo("108.8.1");
        // a later request (for the final, say) leaves the inspection's clock in front
        PermitClocks.Deadline e = clocks.next(
                        PermitStatus.WORK_COMMENCED, ISSUED, COMMENCED, LocalDate.of(2026, 10, 1), inspected)
                .orElseThrow();
        assertThat(e.on()).isEqualTo(LocalDate.of(2027, 9, 10));
        assertThat(e.section()).isEqualTo("108.10 E");
        assertThat(clocks.runOut(
                        PermitStatus.WORK_COMMENCED,
                        ISSUED,
                        COMMENCED,
                        LocalDate.of(2026, 10, 1),
                        inspected,
                        LocalDate.of(2027, 9, 9)))
                .isEmpty();
        assertThat(clocks.runOut(
                        PermitStatus.WORK_COMMENCED,
                        ISSUED,
                        COMMENCED,
                        LocalDate.of(2026, 10, 1),
                        inspected,
                        LocalDate.of(2027, 9, 10)))
                .isPresent();
        assertThat(clocks.runOut(
                        PermitStatus.WORK_COMMENCED,
                        ISSUED,
                        COMMENCED,
                        LocalDate.of(2026, 10, 1),
                        inspected,
                        LocalDate.of(2027, 9, 11)))
                .isPresent();
    }

    @Test
    @DisplayName(
            "106 'Project Discontinued', 108.8.1: twelve months in which no inspection was requested: the day before, on and after")
    void voidTwelveMonthsAfterTheLatestRequest() {
        LocalDate requested = LocalDate.of(2026, 8, 31);
        LocalDate inspected = LocalDate.of(2026, 11, 30); // a department inspection (108.10.2) without a request
        PermitClocks.Deadline d = clocks.next(PermitStatus.WORK_COMMENCED, ISSUED, COMMENCED, requested, inspected)
                .orElseThrow();
        assertThat(d.on()).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(d.section()).isEqualTo("108.8.1");
        assertThat(clocks.runOut(
                        PermitStatus.WORK_COMMENCED,
                        ISSUED,
                        COMMENCED,
                        requested,
                        inspected,
                        LocalDate.of(2027, 8, 30)))
                .isEmpty();
        assertThat(clocks.runOut(
                        PermitStatus.WORK_COMMENCED,
                        ISSUED,
                        COMMENCED,
                        requested,
                        inspected,
                        LocalDate.of(2027, 8, 31)))
                .isPresent();
        assertThat(clocks.runOut(
                        PermitStatus.WORK_COMMENCED, ISSUED, COMMENCED, requested, inspected, LocalDate.of(2027, 9, 1)))
                .isPresent();
    }

    @Test
    @DisplayName("108.8.1: a request or inspection dated before commencement does not pull the clocks back")
    void activityBeforeCommencementDoesNotCount() {
        PermitClocks.Deadline d = clocks.next(
                        PermitStatus.WORK_COMMENCED,
                        ISSUED,
                        COMMENCED,
                        LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 2, 2))
                .orElseThrow();
        assertThat(d.on()).isEqualTo(LocalDate.of(2027, 3, 2));
    }

    @Test
    @DisplayName("108.10 E: a shorter final-inspection clock (a changed setting) decides when it runs out first")
    void theEarlierClockWins() {
        PermitClocks shorterFinal = new PermitClocks(6, 12, 9);
        PermitClocks.Deadline d = shorterFinal
                .next(PermitStatus.WORK_COMMENCED, ISSUED, COMMENCED, null, null)
                .orElseThrow();
        assertThat(d.on()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(d.section()).isEqualTo("108.10 E");
    }

    @Test
    void noClockBeforeIssueOrAfterTheEnd() {
        assertThat(clocks.next(PermitStatus.APPLIED, null, null, null, null)).isEmpty();
        assertThat(clocks.next(PermitStatus.REVOKED, LocalDate.of(2026, 1, 1), null, null, null))
                .isEmpty();
        assertThat(clocks.next(PermitStatus.FINALED, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), null, null))
                .isEmpty();
    }
}
