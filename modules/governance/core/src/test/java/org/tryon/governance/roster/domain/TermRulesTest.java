package org.tryon.governance.roster.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.errors.RuleViolationException;

class TermRulesTest {

    private final Commission bdc = new Commission("BDC", "Building-Development Commission", List.of("AIA", "Public"));
    private final Seat seat1 = bdc.seat(1).orElseThrow();
    private final Seat seat2 = bdc.seat(2).orElseThrow();

    private Appointment term(Seat seat, String member, String start, int years) {
        LocalDate s = LocalDate.parse(start);
        return new Appointment(seat, member, s, TermRules.termEnd(s, years), s);
    }

    @Test
    @DisplayName("107.1.2: a regular term is three years, ending the day before the third anniversary")
    void regularTermEnd() {
        assertThat(TermRules.termEnd(LocalDate.of(2025, 8, 1), 3)).isEqualTo(LocalDate.of(2028, 7, 31));
    }

    @Test
    @DisplayName("107.1.2: a staggered first term of one or two years is allowed, four years is not")
    void termLength() {
        assertThatCode(() ->
                        TermRules.check("BDC", "A", LocalDate.of(2025, 8, 1), 1, 3, 2, List.of(), List.of(), "107.1.2"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() ->
                        TermRules.check("BDC", "A", LocalDate.of(2025, 8, 1), 4, 3, 2, List.of(), List.of(), "107.1.2"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("107.1.2")
                .hasMessageContaining("3 years");
    }

    @Test
    @DisplayName("107.1.2: at most two regular BDC terms in a row; a third consecutive one is refused")
    void twoConsecutiveBdcTerms() {
        List<Appointment> earlier =
                List.of(term(seat1, "Morgan Lee", "2019-08-01", 3), term(seat1, "Morgan Lee", "2022-08-01", 3));
        assertThatThrownBy(() -> TermRules.check(
                        "BDC", "Morgan Lee", LocalDate.of(2025, 8, 1), 3, 3, 2, List.of(), earlier, "107.1.2"))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> {
                    var v = ((RuleViolationException) e).violations().get(0);
                    assertThat(v.field()).isEqualTo("memberName");
                    assertThat(v.rule()).isEqualTo("107.1.2 consecutive-terms");
                });
        // after a break the member may serve again
        assertThatCode(() -> TermRules.check(
                        "BDC", "Morgan Lee", LocalDate.of(2026, 8, 1), 3, 3, 2, List.of(), earlier, "107.1.2"))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("107.2.2: a TAB member may serve three consecutive terms, not four")
    void threeConsecutiveTabTerms() {
        List<Appointment> two = List.of(term(seat1, "Sam", "2019-01-01", 3), term(seat1, "Sam", "2022-01-01", 3));
        assertThatCode(() ->
                        TermRules.check("TAB", "Sam", LocalDate.of(2025, 1, 1), 3, 3, 3, List.of(), two, "107.2.2"))
                .doesNotThrowAnyException();
        List<Appointment> three = List.of(term(seat1, "Sam", "2016-01-01", 3), two.get(0), two.get(1));
        assertThatThrownBy(() ->
                        TermRules.check("TAB", "Sam", LocalDate.of(2025, 1, 1), 3, 3, 3, List.of(), three, "107.2.2"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("107.2.2");
    }

    @Test
    void aSeatHasOneMemberAtATime() {
        List<Appointment> seatTerms = List.of(term(seat2, "Jordan", "2025-08-01", 3));
        assertThatThrownBy(() -> TermRules.check(
                        "BDC", "Alex", LocalDate.of(2028, 7, 31), 3, 3, 2, seatTerms, List.of(), "107.1.2"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("held by Jordan");
        assertThatCode(() -> TermRules.check(
                        "BDC", "Alex", LocalDate.of(2028, 8, 1), 3, 3, 2, seatTerms, List.of(), "107.1.2"))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("107.1.2: an unexpired term of 14 months does not count: two full BDC terms may follow it")
    void shortPartialTermDoesNotCount() {
        LocalDate s = LocalDate.of(2020, 6, 1);
        Appointment partial = new Appointment(seat1, "Kim", s, LocalDate.of(2021, 7, 31), s);
        List<Appointment> earlier = List.of(partial, term(seat1, "Kim", "2021-08-01", 3));
        assertThat(TermRules.countsAsRegular(partial.getTermStart(), partial.getTermEnd(), 3, 50))
                .isFalse();
        assertThatCode(() ->
                        TermRules.check("BDC", "Kim", LocalDate.of(2024, 8, 1), 3, 3, 2, List.of(), earlier, "107.1.2"))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("107.1.2: an unexpired term of 20 months counts: after it and one full BDC term a third is refused")
    void longPartialTermCounts() {
        LocalDate s = LocalDate.of(2019, 12, 1);
        Appointment partial = new Appointment(seat1, "Kim", s, LocalDate.of(2021, 7, 31), s);
        List<Appointment> earlier = List.of(partial, term(seat1, "Kim", "2021-08-01", 3));
        assertThat(TermRules.countsAsRegular(partial.getTermStart(), partial.getTermEnd(), 3, 50))
                .isTrue();
        assertThatThrownBy(() ->
                        TermRules.check("BDC", "Kim", LocalDate.of(2024, 8, 1), 3, 3, 2, List.of(), earlier, "107.1.2"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("2 consecutive regular terms");
    }

    @Test
    @DisplayName("107.1.2: half a regular term to the day counts; a day less does not")
    void halfToTheDay() {
        LocalDate start = LocalDate.of(2021, 8, 1);
        // three years from 2021-08-01 are 1,096 days (2024 is a leap year): half is 548 days, ending 2023-01-30
        LocalDate halfEnd = LocalDate.of(2023, 1, 30);
        assertThat(TermRules.countsAsRegular(start, halfEnd.minusDays(1), 3, 50))
                .isFalse();
        assertThat(TermRules.countsAsRegular(start, halfEnd, 3, 50)).isTrue();
    }
}
