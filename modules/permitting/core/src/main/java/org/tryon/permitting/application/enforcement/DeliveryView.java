package org.tryon.permitting.application.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import org.tryon.permitting.domain.enforcement.DeliveryMethod;
import org.tryon.permitting.domain.enforcement.NoticeDelivery;

/** How a written notice was delivered (106). */
public record DeliveryView(long id, DeliveryMethod method, String methodLabel, LocalDate deliveredOn, String deliveredBy, String deliveredTo,
        String mailingAddress, String articleNumber, String recordedBy, Instant recordedAt) {

    static DeliveryView of(NoticeDelivery d) {
        return new DeliveryView(d.getId(), d.getMethod(), d.getMethod().label(), d.getDeliveredOn(), d.getDeliveredBy(), d.getDeliveredTo(),
                d.getMailingAddress(), d.getArticleNumber(), d.getRecordedBy(), d.getRecordedAt());
    }
}
