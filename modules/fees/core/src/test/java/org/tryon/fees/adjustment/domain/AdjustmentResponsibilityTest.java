package org.tryon.fees.adjustment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.fees.adjustment.domain.AdjustmentResponsibility.Arrangement;
import org.tryon.fees.adjustment.domain.AdjustmentResponsibility.Responsible;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.api.ProjectPermits.PermitOnProject;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;

class AdjustmentResponsibilityTest {

    private static final PermitHolder GC = PermitHolder.contractor(1, "Queen City Builders");
    private static final PermitHolder SPARKS = PermitHolder.contractor(2, "Sparks Electric");
    private static final PermitHolder COOL = PermitHolder.contractor(3, "Cool Air Mechanical");
    private static final List<Trade> LEAD = List.of(Trade.BUILDING, Trade.MECHANICAL, Trade.PLUMBING, Trade.ELECTRICAL);

    private static PermitOnProject permit(long id, Trade trade, PermitHolder holder) {
        return new PermitOnProject(
                new PermitId(id),
                trade.name().charAt(0) + "-" + id,
                trade,
                holder,
                PermitStatus.FINALED,
                Money.of(1000));
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: the permit applicant receives the adjustment and answers for all subcontractors")
    void reinspectionFeeProgramApplicantReceives() {
        List<PermitOnProject> permits = List.of(permit(1, Trade.BUILDING, GC), permit(2, Trade.ELECTRICAL, GC));
        List<Responsible> r = AdjustmentResponsibility.of(permits, true, LEAD, Optional.empty(), Optional.empty());
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.holder()).isEqualTo(GC);
            assertThat(x.permits()).hasSize(2);
        });
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: with several holders, the general contractor (building permit) answers for the whole project")
    void reinspectionFeeProgramGeneralContractorReceives() {
        List<PermitOnProject> permits = List.of(
                permit(1, Trade.ELECTRICAL, SPARKS), permit(2, Trade.BUILDING, GC), permit(3, Trade.MECHANICAL, COOL));
        List<Responsible> r = AdjustmentResponsibility.of(permits, true, LEAD, Optional.empty(), Optional.empty());
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.holder()).isEqualTo(GC);
            assertThat(x.permits()).hasSize(3);
            assertThat(x.why()).contains("general contractor");
        });
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: multiple trades and no general contractor: the lead contractor of the Small Project Lead Contractor Schedule")
    void reinspectionFeeProgramLeadContractorBySchedule() {
        List<PermitOnProject> permits = List.of(permit(1, Trade.ELECTRICAL, SPARKS), permit(2, Trade.MECHANICAL, COOL));
        assertThat(AdjustmentResponsibility.of(permits, true, LEAD, Optional.empty(), Optional.empty()))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.holder()).isEqualTo(COOL);
                    assertThat(x.why()).contains("Small Project Lead Contractor Schedule");
                });
        // the schedule is data: ranked the other way, the electrician leads
        assertThat(AdjustmentResponsibility.of(
                        permits, true, List.of(Trade.ELECTRICAL, Trade.MECHANICAL), Optional.empty(), Optional.empty()))
                .singleElement()
                .satisfies(x -> assertThat(x.holder()).isEqualTo(SPARKS));
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: commercial multi-primes answer each for its own work when recorded, unless they agreed otherwise")
    void reinspectionFeeProgramMultiPrimes() {
        List<PermitOnProject> permits = List.of(
                permit(1, Trade.BUILDING, GC), permit(2, Trade.ELECTRICAL, SPARKS), permit(3, Trade.PLUMBING, GC));
        List<Responsible> primes = AdjustmentResponsibility.of(
                permits, false, LEAD, Optional.of(Arrangement.PRIMES_INDIVIDUALLY), Optional.empty());
        assertThat(primes).extracting(Responsible::holder).containsExactly(GC, SPARKS);
        assertThat(primes.get(0).permits())
                .extracting(p -> p.permitId().value())
                .containsExactly(1L, 3L);
        assertThat(primes.get(1).permits())
                .extracting(p -> p.permitId().value())
                .containsExactly(2L);

        List<Responsible> agreed =
                AdjustmentResponsibility.of(permits, false, LEAD, Optional.of(Arrangement.AGREED), Optional.of(SPARKS));
        assertThat(agreed).singleElement().satisfies(x -> {
            assertThat(x.holder()).isEqualTo(SPARKS);
            assertThat(x.permits()).hasSize(3);
            assertThat(x.why()).contains("agreed");
        });

        // a residential project has no multi-primes: the general contractor answers
        assertThat(AdjustmentResponsibility.of(
                        permits, true, LEAD, Optional.of(Arrangement.PRIMES_INDIVIDUALLY), Optional.empty()))
                .singleElement()
                .satisfies(x -> assertThat(x.holder()).isEqualTo(GC));
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program multi-primes: on a commercial project each prime answers for its own work by default, without any record; "
                    + "a recorded agreement is the exception; residential projects and projects without a general contractor are no multi-primes")
    void reinspectionFeeProgramMultiPrimesIndividualByDefault() {
        List<PermitOnProject> permits = List.of(
                permit(1, Trade.BUILDING, GC), permit(2, Trade.ELECTRICAL, SPARKS), permit(3, Trade.PLUMBING, GC));
        List<Responsible> byDefault =
                AdjustmentResponsibility.of(permits, false, LEAD, Optional.empty(), Optional.empty());
        assertThat(byDefault).extracting(Responsible::holder).containsExactly(GC, SPARKS);
        assertThat(byDefault)
                .allSatisfy(x -> assertThat(x.why())
                        .contains("individual responsibility", "the default, no agreement recorded"));
        assertThat(AdjustmentResponsibility.of(permits, false, LEAD, Optional.of(Arrangement.AGREED), Optional.of(GC)))
                .singleElement()
                .satisfies(x -> assertThat(x.why()).contains("recorded agreement", "exception"));
        // one holder of every permit: no multi-primes
        assertThat(AdjustmentResponsibility.of(
                        List.of(permit(1, Trade.BUILDING, GC), permit(3, Trade.PLUMBING, GC)),
                        false,
                        LEAD,
                        Optional.empty(),
                        Optional.empty()))
                .singleElement()
                .satisfies(x -> assertThat(x.holder()).isEqualTo(GC));
        // commercial, several trades, no general contractor: the lead contractor of the schedule (Re-Inspection Fee
        // Program), not individual responsibility
        assertThat(AdjustmentResponsibility.of(
                        List.of(permit(4, Trade.ELECTRICAL, SPARKS), permit(5, Trade.MECHANICAL, COOL)),
                        false,
                        LEAD,
                        Optional.empty(),
                        Optional.empty()))
                .singleElement()
                .satisfies(x -> assertThat(x.holder()).isEqualTo(COOL));
    }
}
