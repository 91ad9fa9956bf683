package org.tryon.permitting.machinery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tryon.permitting.machinery.domain.Machinery.CHIEF;
import static org.tryon.permitting.machinery.domain.Machinery.INSPECTOR;
import static org.tryon.permitting.machinery.domain.Machinery.TODAY;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tryon.permitting.module.domain.Act;
import org.tryon.platform.errors.RuleViolationException;

class MachineryItemTest {

    @Test
    @DisplayName(
            "108.10 G.3 C: the inspector's initial determination accepts an item, or excepts it with its ground; once")
    void initialDetermination() {
        MachineryItem press = Machinery.item(1);
        assertThat(press.getStatus()).isEqualTo(ItemStatus.DECLARED);
        MachineryDetermination d = press.determineInitially(DeterminationOutcome.ACCEPTED, null, null, INSPECTOR);
        assertThat(press.getStatus()).isEqualTo(ItemStatus.ACCEPTED);
        assertThat(press.getStage()).isEqualTo(DeterminationStage.INITIAL);
        assertThat(d.getStage()).isEqualTo(DeterminationStage.INITIAL);
        assertThat(d.getDeterminedAs()).isEqualTo("Field inspector");
        assertThat(d.getItemId()).isEqualTo(press.getId());
        assertThatThrownBy(() -> press.determineInitially(
                        DeterminationOutcome.EXCEPTED, ExceptionGround.PLUMBING, null, INSPECTOR))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("refer it to the trade chief (G.3 D)");

        MachineryItem fan = Machinery.initiallyExcepted();
        assertThat(fan.getStatus()).isEqualTo(ItemStatus.EXCEPTED);
        assertThat(fan.getGround()).isEqualTo(ExceptionGround.VENTILATION);
        assertThat(fan.getGroundDetails()).isEqualTo("Roof exhaust fan");
    }

    @Test
    @DisplayName(
            "106 Industrial Machinery, 108.10 G.1: an exception states its ground (another reason in words); an acceptance has none")
    void exceptionGround() {
        assertThatThrownBy(() ->
                        Machinery.item(1).determineInitially(DeterminationOutcome.EXCEPTED, null, null, INSPECTOR))
                .isInstanceOf(RuleViolationException.class)
                .extracting(
                        e -> ((RuleViolationException) e).violations().get(0).field())
                .isEqualTo("ground");
        assertThatThrownBy(() -> Machinery.item(1)
                        .determineInitially(DeterminationOutcome.EXCEPTED, ExceptionGround.OTHER, " ", INSPECTOR))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("other reason");
        assertThatThrownBy(() -> Machinery.item(1)
                        .determineInitially(DeterminationOutcome.ACCEPTED, ExceptionGround.PLUMBING, null, INSPECTOR))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("no exception ground");
        assertThat(ExceptionGround.HEATING_AND_COOLING.isGeneralBuildingService())
                .isTrue();
        assertThat(ExceptionGround.NOT_PRODUCING_A_PRODUCT.isGeneralBuildingService())
                .isFalse();
        assertThat(ExceptionGround.FIRE_SUPPRESSION_OR_PREVENTION.worded(null))
                .isEqualTo("General building service: fire suppression or prevention");
    }

    @Test
    @DisplayName(
            "108.10 G.3 D: an item the inspector is unsure of goes to the trade chief undetermined; the owner's disagreement is with an initial exception")
    void referral() {
        MachineryItem unsure = Machinery.item(1);
        Machinery.referral(unsure, EscalationCause.INSPECTOR_UNSURE);
        assertThat(unsure.getStatus()).isEqualTo(ItemStatus.REFERRED);
        assertThatThrownBy(() -> unsure.determineInitially(DeterminationOutcome.ACCEPTED, null, null, INSPECTOR))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("referred to the trade chief");

        MachineryItem determined = Machinery.initiallyExcepted();
        assertThatThrownBy(() -> determined.refer(1, EscalationCause.INSPECTOR_UNSURE))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("not yet determined");
        MachineryItem accepted = Machinery.item(3);
        accepted.determineInitially(DeterminationOutcome.ACCEPTED, null, null, INSPECTOR);
        assertThatThrownBy(() -> accepted.refer(1, EscalationCause.OWNER_DISAGREES))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("an exception of the inspector's initial determination");
        assertThatThrownBy(() -> Machinery.finallyExcepted().refer(1, EscalationCause.OWNER_DISAGREES))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("exception taken (G.1) (Final determination (G.3 D))");
    }

    @Test
    @DisplayName(
            "108.10 G.3 D: the final determination is made after the joint site visit of the inspector and the trade chief, not before")
    void finalDeterminationAfterTheVisit() {
        MachineryItem fan = Machinery.initiallyExcepted();
        MachineryEscalation referral = Machinery.referral(fan, EscalationCause.OWNER_DISAGREES);
        assertThatThrownBy(() -> fan.determineFinally(referral, DeterminationOutcome.ACCEPTED, null, null, CHIEF))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("record the visit first");
        referral.recordSiteVisit(
                TODAY,
                "Inspector Lee",
                "Chief Morgan",
                ChiefTitle.ASSISTANT_TRADE_CHIEF,
                "Fan draws fumes off the bath",
                CHIEF);
        Act dayBefore = new Act(TODAY.minusDays(1), Instant.EPOCH, "tca", "Trade Chief");
        assertThatThrownBy(() -> fan.determineFinally(referral, DeterminationOutcome.ACCEPTED, null, null, dayBefore))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("follows the visit");
        assertThatThrownBy(() -> fan.determineFinally(null, DeterminationOutcome.ACCEPTED, null, null, CHIEF))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("follows a referral");

        MachineryDetermination d = fan.determineFinally(referral, DeterminationOutcome.ACCEPTED, null, null, CHIEF);
        assertThat(fan.getStatus()).isEqualTo(ItemStatus.ACCEPTED);
        assertThat(fan.getStage()).isEqualTo(DeterminationStage.FINAL);
        assertThat(fan.getGround()).isNull();
        assertThat(d.getEscalationId()).isEqualTo(referral.getId());
        assertThatThrownBy(() -> fan.determineFinally(
                        referral, DeterminationOutcome.EXCEPTED, ExceptionGround.VENTILATION, null, CHIEF))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    @DisplayName("108.10 G.3 D: the joint site visit is recorded once, between the referral and today")
    void siteVisitOnce() {
        MachineryEscalation referral = Machinery.referral(Machinery.item(1), EscalationCause.INSPECTOR_UNSURE);
        assertThatThrownBy(() -> referral.recordSiteVisit(
                        TODAY.plusDays(1), "Lee", "Morgan", ChiefTitle.TRADE_CHIEF, null, CHIEF))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("between the referral");
        assertThatThrownBy(() -> referral.recordSiteVisit(
                        TODAY.minusDays(1), "Lee", "Morgan", ChiefTitle.TRADE_CHIEF, null, CHIEF))
                .isInstanceOf(RuleViolationException.class);
        Machinery.visited(referral);
        assertThat(referral.getVisitChiefTitle()).isEqualTo(ChiefTitle.TRADE_CHIEF);
        assertThatThrownBy(() -> Machinery.visited(referral))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("was recorded");
    }

    @Test
    @DisplayName(
            "108.10 G.2, G.3 E: the owner appeals an exception of the final determination; an initial exception goes to the trade chief first")
    void appealable() {
        MachineryItem initially = Machinery.initiallyExcepted();
        assertThatThrownBy(() -> initially.appeal(1, TODAY))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("goes first to the trade chief");
        MachineryItem accepted = Machinery.item(1);
        accepted.determineInitially(DeterminationOutcome.ACCEPTED, null, null, INSPECTOR);
        assertThatThrownBy(() -> accepted.appeal(1, TODAY))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("an exception taken by the department is appealed");
        MachineryItem excepted = Machinery.finallyExcepted();
        assertThatThrownBy(() -> excepted.appeal(1, TODAY.minusDays(1)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("before the exception");
        excepted.appeal(5, TODAY);
        assertThat(excepted.getStatus()).isEqualTo(ItemStatus.UNDER_APPEAL);
        assertThat(excepted.getStatus().isExcepted()).isTrue();
    }

    @Test
    @DisplayName(
            "108.10 G.2: the outcome per item is a new determination: reversed, the item is accepted; upheld, the exception and its ground stay; once")
    void appealOutcome() {
        MachineryItem reversed = Machinery.finallyExcepted();
        MachineryAppeal appeal = Machinery.withId(MachineryAppeal.filed(
                7,
                java.util.List.of(reversed),
                TODAY,
                "Carolina Extrusions LLC",
                "The fan is part of the anodizing line",
                INSPECTOR));
        reversed.appeal(appeal.getId(), TODAY);
        assertThatThrownBy(() -> reversed.decideAppeal(
                        appeal, AppealDecision.REVERSED, TODAY.plusDays(1), "Code administrator", "Why", CHIEF))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("between the appeal");
        MachineryDetermination d = reversed.decideAppeal(
                appeal, AppealDecision.REVERSED, TODAY, "Code administrator", "Part of the anodizing line", CHIEF);
        assertThat(reversed.getStatus()).isEqualTo(ItemStatus.ACCEPTED);
        assertThat(reversed.getStage()).isEqualTo(DeterminationStage.APPEAL);
        assertThat(d.getAppealId()).isEqualTo(appeal.getId());
        assertThat(d.getDetails()).isEqualTo("Part of the anodizing line");
        assertThat(d.getDeterminedBy()).isEqualTo("Code administrator");
        assertThat(d.getRecorded().by()).isEqualTo("tca");
        assertThat(AppealDecision.of(d.getOutcome())).isEqualTo(AppealDecision.REVERSED);
        assertThatThrownBy(() -> reversed.decideAppeal(
                        appeal, AppealDecision.UPHELD, TODAY, "Code administrator", "Again", CHIEF))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("not awaiting the outcome");
        assertThatThrownBy(() -> reversed.appeal(appeal.getId(), TODAY)).isInstanceOf(RuleViolationException.class);

        MachineryItem upheld = Machinery.finallyExcepted();
        upheld.appeal(appeal.getId(), TODAY);
        upheld.decideAppeal(appeal, AppealDecision.UPHELD, TODAY, "Code administrator", "General room exhaust", CHIEF);
        assertThat(upheld.getStatus()).isEqualTo(ItemStatus.EXCEPTED);
        assertThat(upheld.getGround()).isEqualTo(ExceptionGround.VENTILATION);
        assertThatThrownBy(() -> upheld.appeal(appeal.getId(), TODAY))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("its appeal was decided");
    }

    @Test
    @DisplayName("108.10 G.2: an appeal names at least one item, all of the permit, filed not after today")
    void appealFiling() {
        assertThatThrownBy(() -> MachineryAppeal.filed(7, java.util.List.of(), TODAY, "Owner", "Grounds", INSPECTOR))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("which exceptions");
        assertThatThrownBy(() -> MachineryAppeal.filed(
                        8, java.util.List.of(Machinery.finallyExcepted()), TODAY, "Owner", "Grounds", INSPECTOR))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("this permit");
        assertThatThrownBy(() -> MachineryAppeal.filed(
                        7,
                        java.util.List.of(Machinery.finallyExcepted()),
                        TODAY.plusDays(1),
                        "Owner",
                        "Grounds",
                        INSPECTOR))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("after today");
    }

    @Test
    @DisplayName(
            "108.10 G.3 F.4.1.1, F.4.1.2: for accepted machinery, the building wiring is inspected to its connection point, in place or not")
    void inspectionScope() {
        MachineryItem press = Machinery.item(1);
        press.determineInitially(DeterminationOutcome.ACCEPTED, null, null, INSPECTOR);
        assertThat(press.inspectionScope()).isNull();
        press.recordInspectionScope(false, ConnectionPoint.DISCONNECT_SWITCH, null, INSPECTOR);
        assertThat(press.inspectionScope())
                .isEqualTo(
                        "Not in place at final (F.4.1.1): building system wiring inspected to the disconnect switch");
        press.recordInspectionScope(true, ConnectionPoint.OTHER, "control cabinet terminal strip", INSPECTOR);
        assertThat(press.inspectionScope())
                .startsWith("In place at final (F.4.1.2)")
                .contains("control cabinet terminal strip");
        assertThat(press.getScopeRecordedBy()).isEqualTo("inspector");
        assertThatThrownBy(() -> press.recordInspectionScope(true, ConnectionPoint.OTHER, " ", INSPECTOR))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("similar connection point");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = ItemStatus.class,
            names = {"DECLARED", "EXCEPTED"})
    @DisplayName(
            "108.10 G.3 F.4.1: the scope of the final inspection is recorded only for an item accepted as industrial machinery")
    void scopeOnlyForAccepted(ItemStatus status) {
        MachineryItem item = status == ItemStatus.DECLARED ? Machinery.item(1) : Machinery.initiallyExcepted();
        assertThatThrownBy(() -> item.recordInspectionScope(false, ConnectionPoint.PANELBOARD, null, INSPECTOR))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("108.10 G.3 F.4.1 applies to industrial machinery");
    }

    @Test
    @DisplayName(
            "108.10 G.1: an amendment revises an item by a new one; the old one is superseded, never removed; not while referred or under appeal")
    void revision() {
        MachineryItem old = Machinery.initiallyExcepted();
        MachineryDeclaration amendment = Machinery.declaration(2);
        assertThat(amendment.isAmendment()).isTrue();
        MachineryItem revised = MachineryItem.declared(
                amendment,
                3,
                new MachineryItem.Equipment(
                        "Fume extractor of the anodizing tanks",
                        "4 ft x 4 ft",
                        900,
                        "Building B",
                        null,
                        "Draws acid fumes off the tanks"),
                old);
        assertThat(old.getStatus()).isEqualTo(ItemStatus.SUPERSEDED);
        assertThat(old.getSupersededByNumber()).isEqualTo(3);
        assertThat(revised.getReplacesNumber()).isEqualTo(2);
        assertThat(revised.getStatus()).isEqualTo(ItemStatus.DECLARED);
        assertThatThrownBy(() -> MachineryItem.declared(
                        amendment, 4, new MachineryItem.Equipment("x", "y", 1, "B", null, "z"), old))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("superseded");

        MachineryItem underAppeal = Machinery.finallyExcepted();
        underAppeal.appeal(9, TODAY);
        assertThatThrownBy(() -> MachineryItem.declared(
                        amendment, 5, new MachineryItem.Equipment("x", "y", 1, "B", null, "z"), underAppeal))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("under appeal");
        assertThatThrownBy(() -> MachineryItem.declared(
                        amendment, 6, new MachineryItem.Equipment("x", "y", 0, "B", null, "z"), null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("pounds");
    }
}
