package org.tryon.inspections.assignment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.inspections.assignment.domain.InspectorChoice.Candidate;
import org.tryon.inspections.assignment.domain.InspectorChoice.Choice;
import org.tryon.inspections.requests.domain.InspectionRequest;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.errors.RuleViolationException.Violation;
import org.tryon.platform.kernel.Trade;

class InspectorChoiceTest {

    private static Candidate inspector(long id, String name, int capacity, int load, Trade trade, String... districts) {
        return new Candidate(id, name, true, Set.of(trade), Set.of(districts), capacity, load);
    }

    /** Whom a request that is not urgent goes to among {@code candidates}. */
    private static Long chosen(Trade trade, String district, Candidate... candidates) {
        return InspectorChoice.choose(List.of(candidates), trade, district, false)
                .inspectorId();
    }

    @Test
    @DisplayName(
            "108.10 C assignment: only an active inspector of the permit's trade who covers its district is chosen")
    void onlyEligibleInspectors() {
        Candidate otherTrade = inspector(1, "Ana", 10, 0, Trade.ELECTRICAL, "CENTER");
        Candidate otherDistrict = inspector(2, "Keisha", 10, 0, Trade.BUILDING, "NORTH");
        Candidate inactive = new Candidate(3, "Marcus", false, Set.of(Trade.BUILDING), Set.of("CENTER"), 10, 0);
        Candidate eligible = inspector(4, "Ines", 10, 9, Trade.BUILDING, "CENTER", "SOUTH");
        Choice choice = InspectorChoice.choose(
                List.of(otherTrade, otherDistrict, inactive, eligible), Trade.BUILDING, "CENTER", false);
        assertThat(choice.inspectorId()).isEqualTo(4);
        assertThat(choice.overCapacity()).isFalse();
        assertThat(choice.explanation()).contains("Least loaded of 1", "9 of 10");
    }

    @Test
    @DisplayName(
            "assignment: the least loaded inspector takes the request; a tie goes to the most capacity left, then by name")
    void leastLoadedFirst() {
        // busy (5 of 12) against light (2 of 6): fewer requests wins, whatever the capacity
        assertThat(chosen(
                        Trade.BUILDING,
                        "CENTER",
                        inspector(1, "Ana", 12, 5, Trade.BUILDING, "CENTER"),
                        inspector(2, "Bo", 6, 2, Trade.BUILDING, "CENTER")))
                .isEqualTo(2);
        // two each: the bigger day has more room left
        assertThat(chosen(
                        Trade.BUILDING,
                        "CENTER",
                        inspector(3, "Cy", 4, 2, Trade.BUILDING, "CENTER"),
                        inspector(4, "Di", 10, 2, Trade.BUILDING, "CENTER")))
                .isEqualTo(4);
        // the same load and room: by name, whatever the case
        assertThat(chosen(
                        Trade.BUILDING,
                        "CENTER",
                        inspector(5, "Zed", 10, 2, Trade.BUILDING, "CENTER"),
                        inspector(6, "amy", 10, 2, Trade.BUILDING, "CENTER")))
                .isEqualTo(6);
    }

    @Test
    @DisplayName(
            "assignment: an inspector at capacity takes no more; with every eligible inspector full the request stays unassigned")
    void fullDayLeavesTheRequestUnassigned() {
        Candidate full = inspector(1, "Ana", 8, 8, Trade.PLUMBING, "WEST");
        assertThat(chosen(Trade.PLUMBING, "WEST", full, inspector(2, "Bo", 8, 7, Trade.PLUMBING, "WEST")))
                .isEqualTo(2);
        Choice none = InspectorChoice.choose(
                List.of(full, inspector(2, "Bo", 8, 8, Trade.PLUMBING, "WEST")), Trade.PLUMBING, "WEST", false);
        assertThat(none.assigned()).isFalse();
        assertThat(none.explanation()).contains("at capacity");
    }

    @Test
    @DisplayName(
            "Outage notice of December 2017 urgent: with every eligible inspector full, an urgent request goes to the least loaded one, over capacity")
    void urgentBeyondCapacity() {
        Candidate full = inspector(1, "Ana", 8, 9, Trade.ELECTRICAL, "SOUTH");
        Candidate lessFull = inspector(2, "Bo", 8, 8, Trade.ELECTRICAL, "SOUTH");
        Choice urgent = InspectorChoice.choose(List.of(full, lessFull), Trade.ELECTRICAL, "SOUTH", true);
        assertThat(urgent.inspectorId()).isEqualTo(2);
        assertThat(urgent.overCapacity()).isTrue();
        assertThat(urgent.explanation()).contains("Urgent (outage notice)");
        // with room somewhere, urgent or not, the room is used and no one goes over
        Choice withRoom = InspectorChoice.choose(
                List.of(full, inspector(3, "Cy", 8, 7, Trade.ELECTRICAL, "SOUTH")), Trade.ELECTRICAL, "SOUTH", true);
        assertThat(withRoom.inspectorId()).isEqualTo(3);
        assertThat(withRoom.overCapacity()).isFalse();
    }

    @Test
    @DisplayName(
            "assignment: no inspector of the trade in the district, or an address without a known district, leaves it unassigned, "
                    + "urgent or not")
    void nobodyToAssign() {
        Candidate elsewhere = inspector(1, "Ana", 8, 0, Trade.MECHANICAL, "EAST");
        assertThat(InspectorChoice.choose(List.of(elsewhere), Trade.MECHANICAL, "WEST", true)
                        .assigned())
                .isFalse();
        Choice unknown = InspectorChoice.choose(List.of(elsewhere), Trade.MECHANICAL, null, true);
        assertThat(unknown.assigned()).isFalse();
        assertThat(unknown.explanation()).contains("no ZIP code of a known district");
    }

    @Test
    @DisplayName(
            "108.10 C reassignment: refused for an inactive inspector, one not of the permit's trade, a request not open, "
                    + "or the inspector it already has; each reason named")
    void reassignmentRefusals() {
        Candidate inactivePlumber = new Candidate(7, "Bo", false, Set.of(Trade.PLUMBING), Set.of("CENTER"), 8, 0);
        assertThatThrownBy(() -> Reassignment.check(
                        InspectionRequest.Status.INSPECTED, 7L, Trade.BUILDING, "CENTER", inactivePlumber))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::rule)
                                .containsExactly(
                                        "assignment.open-request",
                                        "assignment.active-inspector",
                                        "108.10 C assignment.trade",
                                        "assignment.changed"));
        Candidate builder = inspector(8, "Cy", 8, 0, Trade.BUILDING, "CENTER");
        assertThat(Reassignment.check(InspectionRequest.Status.REQUESTED, null, Trade.BUILDING, "CENTER", builder))
                .isEmpty();
        assertThat(Reassignment.check(InspectionRequest.Status.REQUESTED, 7L, Trade.BUILDING, "CENTER", builder))
                .isEmpty();
    }

    @Test
    @DisplayName("reassignment: over capacity and outside the inspector's districts are allowed, with a warning each")
    void reassignmentWarnings() {
        Candidate full = inspector(8, "Cy", 8, 8, Trade.BUILDING, "NORTH");
        assertThat(Reassignment.check(InspectionRequest.Status.REQUESTED, 7L, Trade.BUILDING, "CENTER", full))
                .containsExactly(
                        "Over capacity: Cy has 9 inspections that day for a capacity of 8",
                        "Outside district: Cy does not cover district Center");
        Candidate oneLeft = inspector(9, "Di", 8, 7, Trade.BUILDING, "CENTER");
        assertThat(Reassignment.check(InspectionRequest.Status.REQUESTED, 7L, Trade.BUILDING, "CENTER", oneLeft))
                .isEmpty();
    }
}
