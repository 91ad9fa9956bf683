package org.tryon.permitting.permits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.parties.domain.ContractorFirm;
import org.tryon.permitting.parties.domain.HomeownerDeclaration;
import org.tryon.permitting.parties.domain.LicenseBoard;
import org.tryon.permitting.parties.domain.PointOfContact;
import org.tryon.permitting.parties.domain.SuretyBond;
import org.tryon.permitting.plans.domain.PlanRequirement;
import org.tryon.permitting.plans.domain.PlanSubmission;
import org.tryon.permitting.plans.domain.ReviewDiscipline;
import org.tryon.permitting.plans.domain.ReviewResult;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.errors.RuleViolationException.Violation;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;
import org.tryon.platform.text.UsFormat;

class PartiesAndIssuanceTest {

    private static final LocalDate EXPIRY = Fixtures.LICENSES_EXPIRE;

    private final ContractorFirm builder = Fixtures.firm("Queen City Builders", "GC-71234", Trade.BUILDING);
    private final Project commercial = Fixtures.commercial(Fixtures.owner(), 12_000, 450_000);

    @Test
    @DisplayName("108.8 G: a license counts through its expiry day and not the day after")
    void licenseCountsThroughItsExpiryDay() {
        assertThat(builder.licenseFor(Trade.BUILDING, EXPIRY.minusDays(1))).isPresent();
        assertThat(builder.licenseFor(Trade.BUILDING, EXPIRY)).isPresent();
        assertThat(builder.licenseFor(Trade.BUILDING, EXPIRY.plusDays(1))).isEmpty();
        assertThatThrownBy(() -> builder.requireLicenseFor(Trade.BUILDING, EXPIRY.plusDays(1), "contractorId"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("108.8 G")
                .hasMessageContaining("license GC-71234 expired on " + UsFormat.date(EXPIRY));
    }

    @Test
    @DisplayName("108.8 G: a license for another trade does not count")
    void licenseForAnotherTradeDoesNotCount() {
        assertThat(builder.licenseFor(Trade.ELECTRICAL, EXPIRY)).isEmpty();
        assertThatThrownBy(() -> Fixtures.permit(Trade.ELECTRICAL, builder, commercial, 10_000, EXPIRY))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("holds no Electrical license");
    }

    @Test
    @DisplayName("106: a board licenses only its own trades (the electrical board does not license plumbing)")
    void boardLicensesItsTradesOnly() {
        assertThatThrownBy(() ->
                        builder.addLicense(LicenseBoard.ELECTRICAL_CONTRACTORS, "X-1", null, Trade.PLUMBING, EXPIRY))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("does not license Plumbing");
        builder.addLicense(LicenseBoard.REFRIGERATION, "R-1", "Refrigeration", Trade.MECHANICAL, EXPIRY);
        assertThat(builder.tradesOn(EXPIRY)).containsExactlyInAnyOrder(Trade.BUILDING, Trade.MECHANICAL);
    }

    @Test
    @DisplayName(
            "108.7: a bond cancelled by notice stays on file until 30 days after the Department received the notice")
    void bondCancellationTakesThirtyDays() {
        SuretyBond bond = builder.fileBond("Carolina Surety", "B-1", Money.of(10_000), LocalDate.of(2026, 1, 1));
        LocalDate received = LocalDate.of(2026, 11, 2);
        bond.cancellationNoticeReceived(received, LocalDate.of(2026, 11, 10), 30);
        assertThat(bond.getCancellationEffectiveOn()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(bond.onFile(LocalDate.of(2026, 12, 1))).as("day before").isTrue();
        assertThat(bond.onFile(LocalDate.of(2026, 12, 2))).as("on the day").isFalse();
        assertThat(bond.onFile(LocalDate.of(2026, 12, 3))).as("day after").isFalse();
        assertThat(bond.onFile(LocalDate.of(2025, 12, 31)))
                .as("before it took effect")
                .isFalse();
        assertThatThrownBy(() -> bond.cancellationNoticeReceived(received, null, 30))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    @DisplayName("108.7: a surety may name a cancellation later than the 30 days; the later day holds")
    void laterRequestedCancellationHolds() {
        SuretyBond bond = builder.fileBond("Carolina Surety", "B-2", Money.of(10_000), LocalDate.of(2026, 1, 1));
        bond.cancellationNoticeReceived(LocalDate.of(2026, 11, 2), LocalDate.of(2027, 1, 15), 30);
        assertThat(bond.getCancellationEffectiveOn()).isEqualTo(LocalDate.of(2027, 1, 15));
    }

    @Test
    @DisplayName("108.8 D: an application without the statement of compliance is refused")
    void complianceStatementRequired() {
        assertThatThrownBy(() -> new Permit(
                        Trade.BUILDING, commercial, builder, null, null, "Upfit", Money.of(1000), EXPIRY, " "))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).violations())
                        .extracting(Violation::rule)
                        .contains("108.8 D"));
    }

    @Test
    @DisplayName(
            "108.8 C, 106 Homeowner: only the owner of a single-family detached dwelling acts as their own contractor")
    void homeownerOnlyForSingleFamilyDetached() {
        HomeownerDeclaration declaration = new HomeownerDeclaration("Jordan Reed", EXPIRY, 12);
        Project house = Fixtures.house(Fixtures.owner());
        Permit permit = new Permit(
                Trade.ELECTRICAL,
                house,
                null,
                declaration,
                null,
                "Kitchen circuits",
                Money.of(8500),
                EXPIRY,
                "Jordan Reed");
        assertThat(permit.holder().kind()).isEqualTo(PermitHolder.Kind.OWNER);
        assertThat(permit.holder().name()).isEqualTo("Jordan Reed");

        Project duplex =
                Fixtures.project(Fixtures.owner(), OccupancyGroup.R_3, Dwelling.TWO_FAMILY, 3000, "30", 300_000);
        assertThatThrownBy(() -> new Permit(
                        Trade.ELECTRICAL, duplex, null, declaration, null, "x", Money.of(1), EXPIRY, "Jordan Reed"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("108.8 C")
                .hasMessageContaining("two-family");
        assertThatThrownBy(() ->
                        new Permit(Trade.ELECTRICAL, house, null, null, null, "x", Money.of(1), EXPIRY, "Jordan Reed"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("108.8 G");
    }

    @Test
    @DisplayName(
            "108.10 F.4: an MEP permit hangs under a building permit of the same project, never the other way round")
    void masterPermitIsABuildingPermitOfTheSameProject() {
        ContractorFirm electrician = Fixtures.firm("Piedmont Electric", "EL-1", Trade.ELECTRICAL);
        Permit master = Fixtures.permit(Trade.BUILDING, builder, commercial, 400_000, EXPIRY);
        Permit mep = new Permit(
                Trade.ELECTRICAL, commercial, electrician, null, master, "Wiring", Money.of(50_000), EXPIRY, "Pat Lee");
        assertThat(mep.getMasterPermit()).isSameAs(master);
        assertThatThrownBy(() -> new Permit(
                        Trade.BUILDING, commercial, builder, null, master, "x", Money.of(1), EXPIRY, "Pat Lee"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("108.10 F.4");
    }

    @Test
    @DisplayName("108.8 E, F.1, F.3, G, 108.7: every reason not to issue is named with its section")
    void everyRefusalIsNamed() {
        Permit permit = Fixtures.permit(Trade.BUILDING, builder, commercial, 400_000, EXPIRY);
        List<Violation> refusals = IssuanceRules.refusals(
                permit,
                EXPIRY.plusDays(1),
                EnumSet.allOf(PlanRequirement.class),
                null,
                Optional.of("$100.00 billed before 2027-12-02 is unpaid"));
        assertThat(refusals)
                .extracting(Violation::rule)
                .containsExactlyInAnyOrder("108.8 G", "108.7", "108.8 F.3", "108.8 E", "108.8 F.1");
    }

    @Test
    @DisplayName(
            "108.8 E: where a seal is required, plans without one are refused; plan review must approve (108.8 F.1)")
    void sealAndApprovalRequiredByTheRules() {
        builder.fileBond("Carolina Surety", "B-3", Money.of(10_000), LocalDate.of(2026, 1, 1));
        Permit permit = Fixtures.permit(Trade.BUILDING, builder, commercial, 400_000, LocalDate.of(2026, 11, 23));
        PlanSubmission plans = new PlanSubmission(
                commercial,
                null,
                "Set 1",
                "Dana Whitfield",
                "400 S Tryon St",
                null,
                List.of(ReviewDiscipline.BUILDING),
                LocalDate.of(2026, 11, 23),
                "tech");
        Set<PlanRequirement> all = EnumSet.allOf(PlanRequirement.class);
        LocalDate day = LocalDate.of(2026, 11, 30);
        assertThat(IssuanceRules.refusals(permit, day, all, plans, Optional.empty()))
                .extracting(Violation::rule)
                .containsExactlyInAnyOrder("108.8 E seal", "108.8 F.1");
        plans.recordResult(
                ReviewDiscipline.BUILDING,
                ReviewResult.APPROVED_WITH_CONDITIONS,
                "Fire stopping at rated walls",
                "reviewer",
                day);
        assertThat(IssuanceRules.refusals(
                        permit, day, EnumSet.of(PlanRequirement.PLAN_REVIEW), plans, Optional.empty()))
                .isEmpty();
        assertThat(IssuanceRules.refusals(permit, day, EnumSet.noneOf(PlanRequirement.class), null, Optional.empty()))
                .isEmpty();
    }

    @Test
    @DisplayName("108.7: the owner of a residence may get a permit without a bond")
    void homeownerNeedsNoBond() {
        Project house = Fixtures.house(Fixtures.owner());
        Permit permit = new Permit(
                Trade.ELECTRICAL,
                house,
                null,
                new HomeownerDeclaration("Jordan Reed", EXPIRY, 12),
                null,
                "x",
                Money.of(8500),
                EXPIRY,
                "Jordan Reed");
        assertThat(IssuanceRules.refusals(
                        permit, EXPIRY, EnumSet.noneOf(PlanRequirement.class), null, Optional.empty()))
                .isEmpty();
    }

    @Test
    @DisplayName("106 Upfit: an upfit needs the approved shell drawings")
    void upfitNeedsShellDrawings() {
        assertThatThrownBy(() -> new Project(
                        "Suite",
                        new ProjectAddress("1 Main St", "Charlotte", "NC", "28202"),
                        "1",
                        Fixtures.owner(),
                        "Upfit",
                        Money.of(1),
                        100,
                        java.math.BigDecimal.TEN,
                        OccupancyGroup.B,
                        false,
                        0,
                        Dwelling.NONE,
                        WorkType.UPFIT,
                        " ",
                        false,
                        EXPIRY))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("106 Upfit");
    }

    @Test
    void pointOfContactKeepsOptionalEmailEmpty() {
        PointOfContact contact = new PointOfContact(" Pat Lee ", "704-555-0100", " ");
        assertThat(contact.getName()).isEqualTo("Pat Lee");
        assertThat(contact.getEmail()).isNull();
        assertThat(new ContractorFirm("X", contact, Instant.EPOCH).getPointOfContact())
                .isSameAs(contact);
    }
}
