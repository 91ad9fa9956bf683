package org.tryon.permitting.enforcement.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tryon.permitting.enforcement.domain.Delivery;
import org.tryon.permitting.enforcement.domain.DeliveryMethod;

/**
 * 106 "Written Notice": how the notice was delivered (in person, or by registered mail to the last
 * address known, with the article number; a condemnation also posted on the building), when, by
 * whom and to whom.
 */
public record RecordDelivery(
        @NotNull DeliveryMethod method,
        @NotNull LocalDate deliveredOn,
        @NotBlank @Size(max = 120) String deliveredBy,
        @NotBlank @Size(max = 200) String deliveredTo,
        @Size(max = 400) String mailingAddress,
        @Size(max = 30) String articleNumber) {

    /** The delivery the command tells of. */
    public Delivery delivery() {
        return new Delivery(method, deliveredOn, deliveredBy, deliveredTo, mailingAddress, articleNumber);
    }
}
