package org.tryon.permitting.enforcement.domain;

import java.time.LocalDate;

/**
 * 106 "Written Notice": how a written notice of the department reached its addressee, as told by
 * whoever delivered it: in person, by registered mail (to the last address known, with the mail
 * article number), or for a condemnation and its hearing posted on the building (108.12.4,
 * 108.12.6); on which day, by whom, to whom. One value for every written notice: an enforcement
 * action's ({@link NoticeDelivery}) and a notice of exceptions to an industrial machinery list's
 * (108.10 G.1). The rules it must keep are {@link WrittenNotice}'s, checked when it is recorded.
 */
public record Delivery(
        DeliveryMethod method,
        LocalDate deliveredOn,
        String deliveredBy,
        String deliveredTo,
        String mailingAddress,
        String articleNumber) {}
