package org.tryon.governance.officers.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.governance.roster.domain.Commission;
import org.tryon.governance.roster.domain.Person;
import org.tryon.platform.errors.RuleViolationException;

class OfficerRulesTest {

    @Test
    @DisplayName(
            "107.1.3: a chair who is not the Chamber's representative refused; the Chamber's representative accepted")
    void bdcChairIsTheChambersRepresentative() {
        assertThatThrownBy(() -> OfficerRules.checkBdcChair("Morgan Lee", false))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("107.1.3")
                .hasMessageContaining("Chamber of Commerce");
        assertThatCode(() -> OfficerRules.checkBdcChair("Jordan Alvarez", true)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("107.2.3: the TAB chair is a trade code administrator; a commission clerk or an inspector is refused")
    void tabChairIsATradeCodeAdministrator() {
        assertThatCode(() -> OfficerRules.checkTabChair("Tomas", Set.of("TRADE_CODE_ADMINISTRATOR")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> OfficerRules.checkTabChair("Cora", Set.of("COMMISSION_CLERK")))
                .hasMessageContaining("107.2.3");
        assertThatThrownBy(() -> OfficerRules.checkTabChair("Ines", Set.of()))
                .hasMessageContaining("trade code administrators");
    }

    @Test
    @DisplayName(
            "107.1.3, 107.2.3: the BDC elects a vice-chair and a secretary, not its chair; the TAB elects only a vice-chair")
    void electedOffices() {
        assertThat(OfficerRules.electedOffices("BDC"))
                .containsExactly(OfficerTerm.Office.VICE_CHAIR, OfficerTerm.Office.SECRETARY);
        assertThat(OfficerRules.electedOffices("TAB")).containsExactly(OfficerTerm.Office.VICE_CHAIR);
        assertThatThrownBy(() -> OfficerRules.checkElectedOffice("BDC", OfficerTerm.Office.CHAIR))
                .hasMessageContaining("107.1.3");
        assertThatThrownBy(() -> OfficerRules.checkElectedOffice("TAB", OfficerTerm.Office.SECRETARY))
                .hasMessageContaining("107.2.3");
    }

    @Test
    @DisplayName(
            "107.1.3: elections at the first meeting of the calendar year, or where an election after an officer left was placed; "
                    + "the second meeting of the year is refused otherwise")
    void electionMeeting() {
        LocalDate day = LocalDate.of(2027, 2, 9);
        assertThatCode(() -> OfficerRules.checkElectionMeeting("BDC", day, true, false))
                .doesNotThrowAnyException();
        assertThatCode(() -> OfficerRules.checkElectionMeeting("BDC", day, false, true))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> OfficerRules.checkElectionMeeting("BDC", day, false, false))
                .hasMessageContaining("107.1.3")
                .hasMessageContaining("first meeting of the calendar year");
    }

    @Test
    @DisplayName(
            "107.1.3: an elected term runs one year (to the day before the same day a year later), or for an election after an "
                    + "officer left to the end of the term it fills")
    void electedTermEnd() {
        assertThat(OfficerRules.electedTermEnd(LocalDate.of(2027, 1, 12), null, 1))
                .isEqualTo(LocalDate.of(2028, 1, 11));
        assertThat(OfficerRules.electedTermEnd(LocalDate.of(2027, 1, 12), null, 2))
                .as("a setting of two years")
                .isEqualTo(LocalDate.of(2029, 1, 11));
        assertThat(OfficerRules.electedTermEnd(LocalDate.of(2027, 5, 11), LocalDate.of(2028, 1, 11), 1))
                .isEqualTo(LocalDate.of(2028, 1, 11));
    }

    @Test
    @DisplayName(
            "107.1.3: the election goes to the next regular meeting after the new appointment: a meeting on the day of the Board's "
                    + "action is not after it, the next one is")
    void nextRegularMeetingAfterTheAppointment() {
        LocalDateTime sameDay = LocalDateTime.of(2027, 3, 9, 15, 0);
        LocalDateTime april = LocalDateTime.of(2027, 4, 13, 15, 0);
        LocalDateTime may = LocalDateTime.of(2027, 5, 11, 15, 0);
        assertThat(OfficerRules.electionMeeting(
                        List.of(may, april, sameDay), LocalDate.of(2027, 3, 9), LocalDate.of(2027, 2, 20)))
                .contains(april);
        assertThat(OfficerRules.electionMeeting(
                        List.of(may, april, sameDay), LocalDate.of(2027, 3, 8), LocalDate.of(2027, 2, 20)))
                .contains(sameDay);
        assertThat(OfficerRules.electionMeeting(List.of(april), LocalDate.of(2027, 4, 13), LocalDate.of(2027, 2, 20)))
                .isEmpty();
    }

    @Test
    @DisplayName("107.1.3: an officer's term holds from its first day to its end, or to the day it ended early")
    void holdsOn() {
        Commission bdc = new Commission("BDC", "Building-Development Commission", List.of("A"));
        Person p = new Person("Avery Chen", null, null, null, true);
        OfficerTerm t = OfficerTerm.appointed(
                bdc, OfficerTerm.Office.CHAIR, p, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), null, "clerk");
        assertThat(t.holdsOn(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(t.holdsOn(LocalDate.of(2027, 12, 31))).isTrue();
        t.end(LocalDate.of(2027, 6, 30), "RESIGNED");
        assertThat(t.holdsOn(LocalDate.of(2027, 6, 30))).isTrue();
        assertThat(t.holdsOn(LocalDate.of(2027, 7, 1))).isFalse();
    }
}
