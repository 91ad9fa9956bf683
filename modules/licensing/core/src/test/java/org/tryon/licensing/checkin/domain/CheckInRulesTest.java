package org.tryon.licensing.checkin.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.errors.RuleViolationException;

class CheckInRulesTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 12, 12, 9, 0);

    @Test
    @DisplayName(
            "Licensing examinations: only a confirmed registration is checked in (awaiting payment refused, naming the rule)")
    void confirmedOnly() {
        CheckInRules.requireConfirmed(1, "CONFIRMED");
        for (String status :
                List.of("AWAITING_PAYMENT", "CHECKED_IN", "CANCELLED", "NO_SHOW", "COMPLETED", "RESCHEDULED")) {
            assertThatThrownBy(() -> CheckInRules.requireConfirmed(1, status))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("Only a confirmed registration")
                    .hasMessageContaining(status);
        }
    }

    @Test
    @DisplayName(
            "Licensing examinations: a government photo ID matching the registered name exactly (case and spacing aside); a mismatch is refused")
    void nameMatch() {
        assertThat(CheckInRules.sameName("Ada Lovelace", "ADA  LOVELACE ")).isTrue();
        assertThat(CheckInRules.sameName("Ada Lovelace", "Ada King")).isFalse();
        assertThat(CheckInRules.sameName("Ada Lovelace", "Ada B. Lovelace")).isFalse();
        assertThatThrownBy(() -> CheckInRules.requireNameMatch("Ada Lovelace", "Ada King", false))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("matching the registered name exactly")
                .satisfies(e -> assertThat(
                                ((RuleViolationException) e).violations().get(0).rule())
                        .isEqualTo("check-in.name-match"));
        CheckInRules.requireNameMatch("Ada Lovelace", "Ada King", true);
    }

    @Test
    @DisplayName(
            "Late arrival by rule: admitted at the limit (15 minutes after the start), refused one minute after, naming the rule")
    void lateArrivalEdges() {
        assertThat(CheckInRules.admit(START, START.minusMinutes(40), 15)).isZero();
        assertThat(CheckInRules.admit(START, START, 15)).isZero();
        assertThat(CheckInRules.admit(START, START.plusMinutes(15), 15)).isEqualTo(15);
        assertThatThrownBy(() -> CheckInRules.admit(START, START.plusMinutes(16), 15))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("admitted up to 15 minutes")
                .hasMessageContaining("licensing.late-arrival-minutes");
        assertThatThrownBy(() -> CheckInRules.admit(START, START.plusMinutes(15).plusSeconds(1), 15))
                .isInstanceOf(RuleViolationException.class);
        assertThat(CheckInRules.admit(START, START.plusMinutes(20), 30)).isEqualTo(20);
    }

    @Test
    @DisplayName("Check-in is on the session's day only")
    void sessionDay() {
        assertThatThrownBy(() -> CheckInRules.admit(START, START.minusDays(1), 15))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("session's day");
    }

    @Test
    @DisplayName("Only the last digits of the document's number are kept, never the full number")
    void lastDigits() {
        assertThat(CheckInRules.lastDigits(" 4821 ")).isEqualTo("4821");
        assertThat(CheckInRules.lastDigits("x7")).isEqualTo("X7");
        assertThatThrownBy(() -> CheckInRules.lastDigits("123456789"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("never the full number");
        assertThatThrownBy(() -> CheckInRules.lastDigits("1")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> CheckInRules.lastDigits("12-4")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    @DisplayName(
            "Licensing examinations: a retaker gets another form where the bank has one; else the form taken least")
    void anotherFormForARetaker() {
        assertThat(CheckInRules.chooseForm("JE", List.of(10L, 11L), Map.of())).isEqualTo(10L);
        assertThat(CheckInRules.chooseForm("JE", List.of(10L, 11L), Map.of(10L, 1)))
                .isEqualTo(11L);
        assertThat(CheckInRules.chooseForm("JE", List.of(10L, 11L), Map.of(10L, 2, 11L, 1)))
                .isEqualTo(11L);
        assertThat(CheckInRules.chooseForm("JE", List.of(10L), Map.of(10L, 1))).isEqualTo(10L);
        assertThatThrownBy(() -> CheckInRules.chooseForm("JE", List.of(), Map.of()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("no locked form");
    }

    @Test
    @DisplayName(
            "Licensing examinations (107.1.5 C.2): a locked form without questions is refused by its code; one question is enough")
    void emptyFormRefused() {
        assertThatThrownBy(() -> CheckInRules.requireItems("JE", "JE-X", 0))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Form JE-X (JE) is locked but holds no questions");
        CheckInRules.requireItems("JE", "JE-A", 1);
    }

    @Test
    @DisplayName(
            "The kiosk's access code: 8 characters of an alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B), random and distinct")
    void accessCodes() {
        for (char lookAlike : "0O1IL5S2Z8B".toCharArray()) {
            assertThat(AccessCodes.ALPHABET).doesNotContain(String.valueOf(lookAlike));
        }
        assertThat(AccessCodes.ALPHABET.chars().distinct().count()).isEqualTo(AccessCodes.ALPHABET.length());
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = AccessCodes.next();
            assertThat(AccessCodes.wellFormed(code)).as(code).isTrue();
            codes.add(code);
        }
        assertThat(codes).hasSize(10_000);
        assertThat(AccessCodes.wellFormed("ACDE0FGH")).isFalse();
        assertThat(AccessCodes.wellFormed("ACDEFGH")).isFalse();
        assertThat(AccessCodes.next(new Random(1))).isEqualTo(AccessCodes.next(new Random(1)));
    }

    @Test
    @DisplayName(
            "Licensing examinations: notes written into a reference book count as cheating and invalidate; a disturbance does not")
    void irregularityKinds() {
        assertThat(IrregularityKind.NOTES_IN_REFERENCE_BOOK.invalidates()).isTrue();
        assertThat(IrregularityKind.CHEATING.invalidates()).isTrue();
        assertThat(List.of(
                        IrregularityKind.DISTURBANCE,
                        IrregularityKind.TECHNICAL_PROBLEM,
                        IrregularityKind.LEFT_ROOM,
                        IrregularityKind.OTHER))
                .noneMatch(IrregularityKind::invalidates);
    }
}
