package org.tryon.governance.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.governance.roster.domain.Appointment;
import org.tryon.governance.roster.domain.Commission;
import org.tryon.governance.roster.domain.Person;
import org.tryon.governance.roster.domain.Seat;
import org.tryon.platform.errors.RuleViolationException;

/** Applications for a seat: received, reviewed, forwarded to the appointing body, appointed (107.1.1 A, 107.2.1). */
class SeatApplicationTest {

    private final Commission bdc = new Commission(
            "BDC",
            "Building-Development Commission",
            List.of(
                    "American Institute of Architects Charlotte",
                    "Charlotte Apartment Association",
                    "Charlotte Chamber of Commerce (Development Industry)"));
    private final Commission tab =
            new Commission("TAB", "Technical Advisory Board", List.of("US Green Building Council"));
    private final LocalDateTime received = LocalDateTime.of(2026, 12, 1, 9, 30);

    private SeatApplication apply(Commission c, Seat seat, String organisation, boolean resident) {
        return new SeatApplication(
                c,
                seat,
                organisation,
                "Robin Vega",
                "12 Elm St, Charlotte",
                resident,
                "robin@example.org",
                null,
                "Twenty years as a licensed architect",
                received,
                SeatApplication.Via.PUBLIC,
                "public");
    }

    private static String rule(Throwable e) {
        return ((RuleViolationException) e).violations().get(0).rule();
    }

    @Test
    @DisplayName(
            "107.1.1 A: a BDC applicant who does not reside in the county is refused, naming the section; the TAB has no such rule (107.2.1)")
    void residency() {
        assertThatThrownBy(() -> apply(bdc, bdc.seat(1).orElseThrow(), null, false))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("107.1.1 A")
                .satisfies(e -> assertThat(rule(e)).isEqualTo("107.1.1 A county-resident"));
        assertThat(apply(tab, tab.seat(1).orElseThrow(), null, false).getStatus())
                .isEqualTo(SeatApplication.Status.RECEIVED);
        assertThatThrownBy(() -> apply(bdc, null, " ", true))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("seat-or-organisation"));
    }

    @Test
    @DisplayName(
            "107.1.1 A: an application is reviewed before it is forwarded, in a packet for the seat it seeks (or its organisation's seat)")
    void reviewThenForward() {
        Seat architects = bdc.seat(1).orElseThrow();
        Seat apartments = bdc.seat(2).orElseThrow();
        SeatApplication a = apply(bdc, null, "American Institute of Architects Charlotte", true);
        ApplicationPacket toBoard = new ApplicationPacket(
                architects, ApplicationPacket.appointingBody("BDC"), received.plusDays(2), "clerk", null);
        assertThat(toBoard.getForwardedTo()).isEqualTo("Board of County Commissioners");
        assertThatThrownBy(() -> a.forward(toBoard))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("application.reviewed-before-forwarding"));
        Person robin = new Person("Robin Vega", null, null, "12 Elm St", true);
        a.review(robin, "complete", received.plusDays(1), "clerk");
        assertThatThrownBy(() -> a.review(robin, null, received.plusDays(1), "clerk"))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("application.review-once"));
        ApplicationPacket wrongSeat =
                new ApplicationPacket(apartments, "Board of County Commissioners", received.plusDays(2), "clerk", null);
        assertThatThrownBy(() -> a.forward(wrongSeat))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("application.same-seat"));
        a.forward(toBoard);
        assertThat(a.getStatus()).isEqualTo(SeatApplication.Status.FORWARDED);
        assertThat(a.getSeat()).isSameAs(architects);
        assertThat(ApplicationPacket.appointingBody("TAB"))
                .as("107.2.1: the BDC appoints the TAB")
                .isEqualTo("Building-Development Commission");
    }

    @Test
    @DisplayName(
            "107.1.1 A: the appointment that answers an application is of its applicant, to its seat, after forwarding; then it is not withdrawn")
    void appointed() {
        Seat chamber = bdc.seat(3).orElseThrow();
        SeatApplication a = apply(bdc, chamber, null, true);
        Person robin = new Person("Robin Vega", null, null, "12 Elm St", true);
        Person other = new Person("Sam Other", null, null, "1 Oak St", true);
        LocalDate start = LocalDate.of(2027, 8, 1);
        Appointment ofRobin = new Appointment(
                chamber,
                robin,
                start,
                start.plusYears(3).minusDays(1),
                LocalDate.of(2027, 1, 12),
                "Board of County Commissioners",
                "Board action 2027-3");
        assertThatThrownBy(() -> a.appointed(ofRobin))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("application.forwarded-before-appointment"));
        a.review(robin, null, received, "clerk");
        a.forward(new ApplicationPacket(chamber, "Board of County Commissioners", received, "clerk", null));
        Appointment ofOther = new Appointment(
                chamber,
                other,
                start,
                start.plusYears(3).minusDays(1),
                LocalDate.of(2027, 1, 12),
                "Board of County Commissioners",
                null);
        assertThatThrownBy(() -> a.appointed(ofOther))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("application.same-person"));
        a.appointed(ofRobin);
        assertThat(a.getStatus()).isEqualTo(SeatApplication.Status.APPOINTED);
        assertThat(a.getAppointment().getAppointedBy()).isEqualTo("Board of County Commissioners");
        assertThatThrownBy(() -> a.withdraw(received.plusDays(40)))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("application.withdraw"));
    }

    @Test
    @DisplayName("107.1.1 A: the reference number is the year received and the record's number")
    void reference() {
        assertThat(SeatApplication.reference(2026, 12)).isEqualTo("APP-2026-00012");
    }
}
