package org.tryon.permitting.machinery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tryon.permitting.machinery.domain.Machinery.INSPECTOR;
import static org.tryon.permitting.machinery.domain.Machinery.TODAY;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.enforcement.domain.Delivery;
import org.tryon.permitting.enforcement.domain.DeliveryMethod;
import org.tryon.platform.errors.RuleViolationException;

class ExceptionNoticeTest {

    static ExceptionNotice notice(List<MachineryItem> items) {
        ExceptionNotice n = Machinery.withId(
                ExceptionNotice.of(7, "E-2026-000007", items, "Carolina Extrusions LLC", "PO Box 12", INSPECTOR));
        n.assignNumber();
        return n;
    }

    @Test
    @DisplayName(
            "108.10 G.1: the customer is notified of the exceptions taken; the notice states each excepted item with its ground")
    void statesTheExceptions() {
        MachineryItem press = Machinery.item(1);
        press.determineInitially(DeterminationOutcome.ACCEPTED, null, null, INSPECTOR);
        MachineryItem fan = Machinery.initiallyExcepted();
        ExceptionNotice notice = notice(List.of(press, fan));
        assertThat(notice.getReferenceNumber()).isEqualTo("IMX-2026-" + String.format("%06d", notice.getId()));
        List<ExceptionNoticeLine> lines = notice.lines(List.of(press, fan));
        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.getItemNumber()).isEqualTo(2);
            assertThat(l.reason()).isEqualTo("General building service: ventilation: Roof exhaust fan");
            assertThat(l.getStage()).isEqualTo(DeterminationStage.INITIAL);
            assertThat(l.getNoticeId()).isEqualTo(notice.getId());
        });
    }

    @Test
    @DisplayName("108.10 G.1: there is no notice of exceptions when no exception is taken")
    void noExceptionNoNotice() {
        MachineryItem press = Machinery.item(1);
        press.determineInitially(DeterminationOutcome.ACCEPTED, null, null, INSPECTOR);
        assertThatThrownBy(() -> notice(List.of(press, Machinery.item(3))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("no item of permit E-2026-000007's list is excepted");
    }

    @Test
    @DisplayName(
            "106: a notice of exceptions is delivered in person or by registered mail with its article number, not posted, not before it was issued")
    void delivery() {
        ExceptionNotice notice = notice(List.of(Machinery.initiallyExcepted()));
        assertThatThrownBy(() -> notice.deliver(
                        new Delivery(DeliveryMethod.POSTED_ON_BUILDING, TODAY, "Lee", "Front door", null, null),
                        INSPECTOR))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("not posted");
        assertThatThrownBy(() -> notice.deliver(
                        new Delivery(DeliveryMethod.REGISTERED_MAIL, TODAY, "tech", "Owner", "PO Box 12", null),
                        INSPECTOR))
                .isInstanceOf(RuleViolationException.class)
                .extracting(
                        e -> ((RuleViolationException) e).violations().get(0).field())
                .isEqualTo("articleNumber");
        assertThatThrownBy(() -> notice.deliver(
                        new Delivery(DeliveryMethod.IN_PERSON, TODAY.minusDays(1), "Lee", "Owner", null, null),
                        INSPECTOR))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("before it was issued");
        assertThatThrownBy(() -> notice.deliver(
                        new Delivery(DeliveryMethod.IN_PERSON, TODAY.plusDays(1), "Lee", "Owner", null, null),
                        INSPECTOR))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("once it has happened");
        ExceptionNoticeDelivery mailed = notice.deliver(
                new Delivery(DeliveryMethod.REGISTERED_MAIL, TODAY, "tech", "Owner", "PO Box 12", "re 123 456 789 us"),
                INSPECTOR);
        assertThat(mailed.getArticleNumber()).isEqualTo("RE123456789US");
        assertThat(mailed.getNoticeId()).isEqualTo(notice.getId());
    }
}
