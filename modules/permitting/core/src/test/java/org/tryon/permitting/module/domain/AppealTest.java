package org.tryon.permitting.module.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.errors.RuleViolationException;

class AppealTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 4);
    static final Act RECORDED = new Act(TODAY, Instant.parse("2026-11-04T15:00:00Z"), "tca", "Trade Chief");

    /** An appeal of no section in particular: what every appeal states. */
    static final class AnyAppeal extends Appeal {
        AnyAppeal(LocalDate filedOn, String appellant, String grounds) {
            super(filedOn, appellant, grounds, RECORDED, "108.10 G.2");
        }
    }

    @Test
    @DisplayName(
            "108.12.7, 108.10 G.2: an appeal filed today is recorded with its appellant and grounds trimmed, and who recorded it when")
    void filedTodayIsRecorded() {
        Appeal appeal = new AnyAppeal(TODAY, "  Owner LLC ", " The press is industrial machinery  ");
        assertThat(appeal.getFiledOn()).isEqualTo(TODAY);
        assertThat(appeal.getAppellant()).isEqualTo("Owner LLC");
        assertThat(appeal.getGrounds()).isEqualTo("The press is industrial machinery");
        assertThat(appeal.getRecorded().by()).isEqualTo("tca");
        assertThat(appeal.getRecorded().at()).isEqualTo(RECORDED.at());
        assertThat(appeal.getRecorded()).isEqualTo(RECORDED);
    }

    @Test
    @DisplayName(
            "108.12.7, 108.10 G.2: an appeal is recorded once filed: filed tomorrow is refused under the section's filing-date rule")
    void notFiledAfterToday() {
        assertThat(new AnyAppeal(TODAY.minusDays(30), "Owner", "Grounds").getFiledOn())
                .isEqualTo(TODAY.minusDays(30));
        assertThatThrownBy(() -> new AnyAppeal(TODAY.plusDays(1), "Owner", "Grounds"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("cannot be filed after today")
                .satisfies(e -> assertThat(
                                ((RuleViolationException) e).violations().get(0).rule())
                        .isEqualTo("108.10 G.2 filing-date"));
    }

    @Test
    @DisplayName("108.12.7, 108.10 G.2: an appeal names who appeals and states its grounds")
    void appellantAndGroundsRequired() {
        assertThatThrownBy(() -> new AnyAppeal(TODAY, " ", "Grounds"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("names who appeals");
        assertThatThrownBy(() -> new AnyAppeal(TODAY, "Owner", null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("states its grounds");
    }
}
