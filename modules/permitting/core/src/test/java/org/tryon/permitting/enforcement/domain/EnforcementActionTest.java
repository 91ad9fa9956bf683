package org.tryon.permitting.enforcement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.api.RevocationGround;
import org.tryon.permitting.module.domain.Act;
import org.tryon.permitting.permits.domain.ProjectAddress;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.time.WorkingDayCalendar;

class EnforcementActionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 4);
    static final ProjectAddress SITE = new ProjectAddress("1 Main St", "Charlotte", "NC", "28202");
    static final EnforcementAction.PermitRef PERMIT = new EnforcementAction.PermitRef(7, "B-2026-000007", SITE);
    static final Act ISSUE = new Act(TODAY, Instant.parse("2026-11-04T15:00:00Z"), "inspector", "Inspector");
    static final Act LIFT = new Act(TODAY, Instant.parse("2026-11-04T18:00:00Z"), "tca", "Trade code administrator");
    static final AppealWindow FIVE_DAYS = new AppealWindow(5, new WorkingDayCalendar(List.of()));

    static EnforcementAction stopOrder() {
        return EnforcementAction.stopOrder(
                PERMIT,
                ISSUE,
                "Pat Smith",
                "1 Main St, Charlotte, NC 28202",
                "Framing of the second floor",
                "Framed without approved plans",
                "Approved plans on site and a passed inspection");
    }

    static EnforcementAction condemnation() {
        return EnforcementAction.condemnation(
                null,
                SITE,
                ISSUE,
                "Owner LLC",
                "PO Box 1, Charlotte",
                "Collapsed bearing wall",
                "Especially dangerous to life",
                "Shore the wall");
    }

    @Test
    @DisplayName(
            "108.12.1: a stop order states the work, the reasons and the conditions to resume; it is in force on the permit")
    void stopOrderStatesItsParts() {
        EnforcementAction order = stopOrder();
        assertThat(order.getKind()).isEqualTo(EnforcementKind.STOP_ORDER);
        assertThat(order.getStatus()).isEqualTo(ActionStatus.IN_FORCE);
        assertThat(order.getPermitNumber()).isEqualTo("B-2026-000007");
        assertThat(order.getBuilding().toString()).isEqualTo("1 Main St, Charlotte, NC 28202");
        assertThatThrownBy(() -> EnforcementAction.stopOrder(PERMIT, ISSUE, "Pat", "addr", "work", "why", " "))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("108.12.1");
    }

    @Test
    @DisplayName(
            "108.12.2: a revocation notice states the ground and requires the return of the permit; nothing to lift")
    void revocationNotice() {
        EnforcementAction notice = EnforcementAction.revocationNotice(
                PERMIT, ISSUE, "Queen City Builders", "addr", RevocationGround.CODE_VIOLATION, "No disconnect");
        assertThat(notice.getSubject()).isEqualTo(RevocationGround.CODE_VIOLATION.label());
        assertThat(notice.getConditions()).contains("Return the permit");
        assertThat(notice.getStatus()).isEqualTo(ActionStatus.NOTICE);
        assertThatThrownBy(() -> notice.lift(LIFT, "why", false))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("nothing to lift");
    }

    @Test
    @DisplayName("108.12.3: defects are remedied immediately; a day to correct them by cannot be in the past")
    void defectNoticeDay() {
        assertThatThrownBy(() -> EnforcementAction.defectNotice(
                        PERMIT, ISSUE, "Occupant", "addr", "No handrail", "Fall hazard", null, TODAY.minusDays(1)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("108.12.3");
        assertThat(EnforcementAction.defectNotice(
                                PERMIT, ISSUE, "Occupant", "addr", "No handrail", "Fall hazard", null, TODAY)
                        .getComplyBy())
                .isEqualTo(TODAY);
    }

    @Test
    @DisplayName("108.12.6: the hearing is after the notice and not later than ten days after it")
    void hearingWithinTenDays() {
        EnforcementAction condemned = condemnation();
        assertThat(EnforcementAction.hearingNotice(
                                condemned, ISSUE, LocalDateTime.of(2026, 11, 14, 10, 0), "700 N Tryon St", 10)
                        .getHearingPlace())
                .isEqualTo("700 N Tryon St");
        assertThatThrownBy(() -> EnforcementAction.hearingNotice(
                        condemned, ISSUE, LocalDateTime.of(2026, 11, 15, 10, 0), "x", 10))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("not later than 10 days");
        assertThatThrownBy(() -> EnforcementAction.hearingNotice(
                        condemned, ISSUE, LocalDateTime.of(2026, 11, 4, 16, 0), "x", 10))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> EnforcementAction.hearingNotice(
                        stopOrder(), ISSUE, LocalDateTime.of(2026, 11, 10, 10, 0), "x", 10))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("condemnation in force");
    }

    @Test
    @DisplayName("108.12.6: a corrective order follows the hearing and gives not less than sixty days")
    void correctiveOrderAfterHearing() {
        EnforcementAction condemned = condemnation();
        EnforcementAction hearing =
                EnforcementAction.hearingNotice(condemned, ISSUE, LocalDateTime.of(2026, 11, 10, 10, 0), "Room 1", 10);
        Act beforeHearing = new Act(LocalDate.of(2026, 11, 9), Instant.EPOCH, "tca", "TCA");
        assertThatThrownBy(() -> EnforcementAction.correctiveOrder(
                        condemned,
                        hearing,
                        beforeHearing,
                        CorrectiveAction.REPAIR,
                        "f",
                        "r",
                        LocalDate.of(2027, 3, 1),
                        60))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("upon a hearing");
        assertThatThrownBy(() -> EnforcementAction.correctiveOrder(
                        condemned, null, ISSUE, CorrectiveAction.REPAIR, "f", "r", LocalDate.of(2027, 3, 1), 60))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("notice of a hearing first");

        Act afterHearing = new Act(LocalDate.of(2026, 11, 10), Instant.EPOCH, "tca", "TCA");
        assertThatThrownBy(() -> EnforcementAction.correctiveOrder(
                        condemned,
                        hearing,
                        afterHearing,
                        CorrectiveAction.DEMOLISH,
                        "f",
                        "r",
                        LocalDate.of(2027, 1, 8),
                        60))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("on or after 01/09/2027");
        EnforcementAction order = EnforcementAction.correctiveOrder(
                condemned, hearing, afterHearing, CorrectiveAction.DEMOLISH, "f", "r", LocalDate.of(2027, 1, 9), 60);
        assertThat(order.getKind().isAppealable()).isTrue();
        assertThat(order.getAddresseeName()).isEqualTo("Owner LLC");
    }

    @Test
    @DisplayName(
            "108.12.5: only the department lifts a condemnation, and not while a corrective order on it is in force")
    void condemnationNoticeRemoval() {
        EnforcementAction condemned = condemnation();
        assertThatThrownBy(() -> condemned.lift(LIFT, "Wall rebuilt", true))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("108.12.5");
        condemned.lift(LIFT, "Wall rebuilt", false);
        assertThat(condemned.getStatus()).isEqualTo(ActionStatus.LIFTED);
        assertThat(condemned.getLiftedReason()).startsWith("Notice removed by the Department (108.12.5)");
        assertThat(condemned.getLifted()).isEqualTo(LIFT);
        assertThatThrownBy(() -> condemned.lift(LIFT, "again", false))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already lifted");
    }

    @Test
    @DisplayName(
            "106: registered mail needs its article number and the last known address; posting is only for a condemnation")
    void writtenNoticeDelivery() {
        EnforcementAction order = stopOrder();
        assertThatThrownBy(() -> order.deliver(
                        new Delivery(DeliveryMethod.REGISTERED_MAIL, TODAY, "clerk", "Pat Smith", "1 Main St", null),
                        new Act(TODAY, Instant.EPOCH, "tech", null)))
                .isInstanceOf(RuleViolationException.class)
                .extracting(
                        e -> ((RuleViolationException) e).violations().get(0).field())
                .isEqualTo("articleNumber");
        assertThatThrownBy(() -> order.deliver(
                        new Delivery(DeliveryMethod.REGISTERED_MAIL, TODAY, "clerk", "Pat Smith", "1 Main St", "12345"),
                        new Act(TODAY, Instant.EPOCH, "tech", null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("not a mail article number");
        assertThatThrownBy(() -> order.deliver(
                        new Delivery(DeliveryMethod.REGISTERED_MAIL, TODAY, "clerk", "Pat Smith", " ", "RE123456789US"),
                        new Act(TODAY, Instant.EPOCH, "tech", null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("last address known");
        assertThat(order.deliver(
                                new Delivery(
                                        DeliveryMethod.REGISTERED_MAIL,
                                        TODAY,
                                        "clerk",
                                        "Pat Smith",
                                        "1 Main St",
                                        "re 123 456 789 us"),
                                new Act(TODAY, Instant.EPOCH, "tech", null))
                        .getArticleNumber())
                .isEqualTo("RE123456789US");
        assertThatThrownBy(() -> order.deliver(
                        new Delivery(DeliveryMethod.POSTED_ON_BUILDING, TODAY, "insp", "site", null, null),
                        new Act(TODAY, Instant.EPOCH, "insp", null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("108.12.4");
        assertThatThrownBy(() -> order.deliver(
                        new Delivery(DeliveryMethod.IN_PERSON, TODAY.plusDays(1), "insp", "Pat", null, null),
                        new Act(TODAY, Instant.EPOCH, "insp", null)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> order.deliver(
                        new Delivery(DeliveryMethod.IN_PERSON, TODAY.minusDays(1), "insp", "Pat", null, null),
                        new Act(TODAY, Instant.EPOCH, "insp", null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("before it was issued");
        assertThat(condemnation()
                        .deliver(
                                new Delivery(
                                        DeliveryMethod.POSTED_ON_BUILDING, TODAY, "insp", "front door", null, null),
                                new Act(TODAY, Instant.EPOCH, "insp", null))
                        .getMethod()
                        .givesWrittenNotice())
                .isFalse();
    }

    @Test
    @DisplayName(
            "108.12.1, 108.12.7: an appeal on the last day is recorded; the day after it is refused and the order is final")
    void appealInTimeOrNot() {
        EnforcementAction order = stopOrder();
        LocalDate lastDay = LocalDate.of(2026, 11, 9);
        assertThat(order.appeal(
                                FIVE_DAYS,
                                TODAY,
                                false,
                                lastDay,
                                "Pat Smith",
                                "Plans were approved",
                                lastDay,
                                "tech",
                                Instant.EPOCH)
                        .getFiledOn())
                .isEqualTo(lastDay);
        assertThatThrownBy(() -> order.appeal(
                        FIVE_DAYS,
                        TODAY,
                        false,
                        lastDay.plusDays(1),
                        "Pat Smith",
                        "late",
                        lastDay.plusDays(1),
                        "tech",
                        Instant.EPOCH))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("by 11/09/2026")
                .hasMessageContaining("final");
        assertThatThrownBy(() ->
                        order.appeal(FIVE_DAYS, TODAY, true, lastDay, "Pat", "again", lastDay, "tech", Instant.EPOCH))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already been appealed");
    }

    @Test
    @DisplayName(
            "108.12.7: only stop orders and corrective orders are appealed here; a decided appeal is not decided again; revoked lifts the order")
    void appealOutcome() {
        assertThatThrownBy(() -> condemnation()
                        .appeal(FIVE_DAYS, TODAY, false, TODAY, "Owner", "no", TODAY, "tech", Instant.EPOCH))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("not an order appealed");
        EnforcementAction order = stopOrder();
        EnforcementAppeal appeal = order.appeal(
                FIVE_DAYS, TODAY, false, TODAY, "Pat Smith", "Plans approved", TODAY, "tech", Instant.EPOCH);
        LocalDate decided = TODAY.plusDays(20);
        Act recorded = new Act(decided, Instant.parse("2026-11-24T14:00:00Z"), "director", "Administrator");
        assertThatThrownBy(() -> order.decideAppeal(
                        appeal, AppealOutcome.REVOKED, TODAY.minusDays(1), "Commissioner", "x", recorded))
                .isInstanceOf(RuleViolationException.class);
        order.decideAppeal(
                appeal,
                AppealOutcome.REVOKED,
                decided,
                "NC Commissioner of Insurance",
                "Plans were approved",
                recorded);
        assertThat(order.getStatus()).isEqualTo(ActionStatus.LIFTED);
        assertThat(order.getLiftedReason()).contains("Revoked on appeal (108.12.7)", "Commissioner");
        assertThat(order.getLifted()).isEqualTo(recorded);
        assertThatThrownBy(() -> order.decideAppeal(appeal, AppealOutcome.AFFIRMED, decided, "x", "y", recorded))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already decided");
    }
}
