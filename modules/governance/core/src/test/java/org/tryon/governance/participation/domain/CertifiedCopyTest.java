package org.tryon.governance.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.governance.meetings.domain.Motion;
import org.tryon.governance.roster.domain.Commission;
import org.tryon.governance.roster.domain.Person;
import org.tryon.platform.errors.RuleViolationException;

/** Certified copies of resolutions sent to interested parties, each delivery recorded (107.1.4 A). */
class CertifiedCopyTest {

    private final Commission bdc = new Commission("BDC", "Building-Development Commission", List.of("A", "B"));
    private final LocalDateTime three = LocalDateTime.of(2026, 12, 8, 15, 0);
    private final Meeting meeting =
            new Meeting(bdc, Meeting.Kind.REGULAR, three, "Hal Marshall Center", null, three.minusDays(30), "clerk");
    private final Person a = new Person("Avery Chen", null, null, null, true);
    private final Person b = new Person("Casey Monroe", null, null, null, true);

    private Motion motion(int ayes, int nays, String number) {
        Motion m = new Motion(meeting, null, "Recommend the fee methodology to the Board", a, b, three.plusMinutes(20));
        m.decide(ayes, nays, 0, three.plusMinutes(25), number);
        return m;
    }

    private static String rule(Throwable e) {
        return ((RuleViolationException) e).violations().get(0).rule();
    }

    @Test
    @DisplayName(
            "107.1.4 A: only a resolution (a carried BDC motion with its number) has interested parties and certified copies")
    void onlyResolutions() {
        Motion failed = motion(3, 4, "BDC 2026-07");
        assertThatThrownBy(() -> new InterestedParty(
                        failed, "Home Builders Association", "1 Main St", null, three.plusHours(3), "clerk"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("107.1.4 A")
                .satisfies(e -> assertThat(rule(e)).isEqualTo("107.1.4 A resolution"));
        Motion carried = motion(5, 2, "BDC 2026-07");
        assertThatThrownBy(() -> new InterestedParty(carried, "No Address", " ", null, three.plusHours(3), "clerk"))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("107.1.4 A party-reachable"));
        InterestedParty party = new InterestedParty(
                carried, "Home Builders Association", "1 Main St\nCharlotte NC", null, three.plusHours(3), "clerk");
        assertThat(new CertifiedCopy(party, three.plusDays(1), "clerk").getResolution())
                .isSameAs(carried);
    }

    @Test
    @DisplayName(
            "107.1.4 A: a delivery goes to the party's e-mail or postal address unless another is given; none: refused; not before certification")
    void deliveries() {
        Motion carried = motion(6, 1, "BDC 2026-08");
        InterestedParty byMail =
                new InterestedParty(carried, "Builders", "1 Main St", null, three.plusHours(1), "clerk");
        CertifiedCopy copy = new CertifiedCopy(byMail, three.plusDays(1), "clerk");
        assertThat(new CopyDelivery(copy, CopyDelivery.Method.REGISTERED_MAIL, null, three.plusDays(1), "clerk")
                        .getSentTo())
                .isEqualTo("1 Main St");
        assertThatThrownBy(() -> new CopyDelivery(copy, CopyDelivery.Method.EMAIL, "", three.plusDays(2), "clerk"))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("107.1.4 A delivery-address"));
        assertThat(new CopyDelivery(copy, CopyDelivery.Method.EMAIL, "builders@example.org", three.plusDays(2), "clerk")
                        .getSentTo())
                .isEqualTo("builders@example.org");
        assertThatThrownBy(() -> new CopyDelivery(
                        copy, CopyDelivery.Method.HAND, null, three.plusDays(1).minusSeconds(1), "clerk"))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("after-certification"));
    }
}
