package org.tryon.fees.adjustment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.api.ProjectPermits.PermitOnProject;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;

class ProjectCompletionTest {

    private static final PermitHolder GC = PermitHolder.contractor(1, "Queen City Builders");

    private static PermitOnProject permit(long id, Trade trade, PermitStatus status) {
        return new PermitOnProject(
                new PermitId(id), trade.name().charAt(0) + "-" + id, trade, GC, status, Money.of(1000));
    }

    private static List<String> open(List<PermitOnProject> permits, Map<Long, Long> replacements) {
        Map<Long, PermitStatus> statusOf =
                permits.stream().collect(Collectors.toMap(p -> p.permitId().value(), PermitOnProject::status));
        List<PermitOnProject> counted = permits.stream()
                .filter(p -> p.status() != PermitStatus.CANCELLED)
                .toList();
        return ProjectCompletion.open(counted, replacements, statusOf).stream()
                .map(PermitOnProject::number)
                .toList();
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program, 108.8.1: an expired, revoked or void permit replaced by a finaled permit no longer holds the project open")
    void reinspectionFeeProgramReplacedEndedPermitIsComplete() {
        for (PermitStatus ended : new PermitStatus[] {PermitStatus.EXPIRED, PermitStatus.REVOKED, PermitStatus.VOID}) {
            List<PermitOnProject> permits = List.of(
                    permit(1, Trade.BUILDING, ended),
                    permit(2, Trade.BUILDING, PermitStatus.FINALED),
                    permit(3, Trade.ELECTRICAL, PermitStatus.FINALED));
            assertThat(open(permits, Map.of(2L, 1L))).as(ended.name()).isEmpty();
        }
    }

    @Test
    @DisplayName("Re-Inspection Fee Program, 108.8.1: an ended permit nobody replaced still holds the project open")
    void reinspectionFeeProgramEndedPermitNotReplacedBlocks() {
        List<PermitOnProject> permits = List.of(
                permit(1, Trade.BUILDING, PermitStatus.EXPIRED), permit(3, Trade.ELECTRICAL, PermitStatus.FINALED));
        assertThat(open(permits, Map.of())).containsExactly("B-1");
        // a replacement of another permit does not help this one
        assertThat(open(
                        List.of(
                                permit(1, Trade.BUILDING, PermitStatus.EXPIRED),
                                permit(2, Trade.BUILDING, PermitStatus.FINALED)),
                        Map.of(2L, 9L)))
                .containsExactly("B-1");
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program, 108.8.1: the replacement counts instead: until it is finaled the project is not complete")
    void reinspectionFeeProgramReplacementCountsInstead() {
        List<PermitOnProject> permits = List.of(
                permit(1, Trade.BUILDING, PermitStatus.REVOKED),
                permit(2, Trade.BUILDING, PermitStatus.WORK_COMMENCED));
        assertThat(open(permits, Map.of(2L, 1L))).containsExactly("B-2");
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program, 108.8.1: a cancelled replacement secured nothing: the ended permit holds the project open again")
    void reinspectionFeeProgramCancelledReplacementDoesNotReplace() {
        List<PermitOnProject> permits = List.of(
                permit(1, Trade.BUILDING, PermitStatus.EXPIRED), permit(2, Trade.BUILDING, PermitStatus.CANCELLED));
        assertThat(open(permits, Map.of(2L, 1L))).containsExactly("B-1");
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: a permit that did not end is never taken as replaced: it must be finaled itself")
    void reinspectionFeeProgramOnlyEndedPermitsAreReplaced() {
        List<PermitOnProject> permits = List.of(
                permit(1, Trade.BUILDING, PermitStatus.WORK_COMMENCED),
                permit(2, Trade.BUILDING, PermitStatus.FINALED));
        assertThat(open(permits, Map.of(2L, 1L))).containsExactly("B-1");
    }
}
