package org.tryon.permitting.enforcement.application;

import java.time.Instant;
import java.time.LocalDate;
import org.tryon.permitting.enforcement.domain.DeliveryMethod;
import org.tryon.permitting.enforcement.domain.WrittenNotice;

/** How a written notice was delivered (106): of an enforcement action (108.12) or of exceptions to an industrial machinery list (108.10 G.1). */
public record DeliveryView(
        long id,
        DeliveryMethod method,
        String methodLabel,
        LocalDate deliveredOn,
        String deliveredBy,
        String deliveredTo,
        String mailingAddress,
        String articleNumber,
        String recordedBy,
        Instant recordedAt)
        implements java.io.Serializable {

    public static DeliveryView of(WrittenNotice d) {
        return new DeliveryView(
                d.getId(),
                d.getMethod(),
                d.getMethod().label(),
                d.getDeliveredOn(),
                d.getDeliveredBy(),
                d.getDeliveredTo(),
                d.getMailingAddress(),
                d.getArticleNumber(),
                d.getRecorded().by(),
                d.getRecorded().at());
    }
}
