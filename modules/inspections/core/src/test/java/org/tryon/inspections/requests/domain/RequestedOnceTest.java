package org.tryon.inspections.requests.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.inspections.requests.domain.InspectionRequest.Status;
import org.tryon.inspections.requests.domain.RequestedOnce.Earlier;
import org.tryon.platform.errors.RuleViolationException;

class RequestedOnceTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 10);

    private static void check(Earlier... sameDay) {
        RequestedOnce.check("B-2026-000077", "Footing", DAY, List.of(sameDay));
    }

    @Test
    @DisplayName("108.10.1 requested once: the first request of a permit's inspection type for a day is made")
    void firstRequestIsMade() {
        assertThatCode(RequestedOnceTest::check).doesNotThrowAnyException();
    }

    @Test
    @DisplayName(
            "108.10.1 requested once: a request answered (cancelled, or inspected: a re-inspection is a new call) does not count")
    void answeredDoesNotCount() {
        assertThatCode(() -> check(new Earlier(1, Status.CANCELLED), new Earlier(2, Status.INSPECTED)))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName(
            "108.10.1 requested once: a second request while one is open is refused naming the field, the rule and the request "
                    + "already made")
    void secondRequestIsRefused() {
        for (Earlier answered : List.of(new Earlier(1, Status.CANCELLED), new Earlier(2, Status.INSPECTED))) {
            assertThatThrownBy(() -> check(answered, new Earlier(7, Status.REQUESTED)))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("inspectionType");
                            assertThat(v.rule()).isEqualTo("108.10.1 requested-once");
                            assertThat(v.message()).contains("Footing", "B-2026-000077", "03/10/2027", "request 7");
                        });
                    });
        }
    }

    @Test
    @DisplayName(
            "108.10.1 requested once: of requests stored twice before the rule, the earliest open one is the one named")
    void earliestStandingIsNamed() {
        assertThat(RequestedOnce.standingIn(List.of(
                        new Earlier(9, Status.REQUESTED),
                        new Earlier(3, Status.CANCELLED),
                        new Earlier(5, Status.INSPECTED),
                        new Earlier(6, Status.REQUESTED))))
                .contains(new Earlier(6, Status.REQUESTED));
        assertThat(RequestedOnce.refusal("B-1", "Slab", DAY, null).getMessage())
                .doesNotContain("request null")
                .contains("already requested for 03/10/2027");
    }
}
