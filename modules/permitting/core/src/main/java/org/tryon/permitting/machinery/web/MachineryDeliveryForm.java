package org.tryon.permitting.machinery.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tryon.permitting.enforcement.domain.DeliveryMethod;
import org.tryon.permitting.enforcement.web.DeliveryFields;
import org.tryon.permitting.machinery.application.MachineryExceptionNotices;

/**
 * 106 "Written Notice", 108.10 G.1: the form recording how a notice of exceptions was delivered (in
 * person or by registered mail): the notice chosen and the fields every delivery form has
 * ({@link DeliveryFields}, bound to {@code RecordDelivery}).
 */
@Named
@ViewScoped
public class MachineryDeliveryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MachineryBean page;

    @Inject
    MachineryExceptionNotices notices;

    private Long deliveryNoticeId;
    private final DeliveryFields delivery = new DeliveryFields();

    public void recordDelivery() {
        page.act(
                () -> notices.recordDelivery(MachineryBean.required(deliveryNoticeId), delivery.command()),
                "Delivery recorded (106)",
                () -> delivery.setArticleNumber(null));
    }

    /** A notice of exceptions is not posted on the building (106). */
    public DeliveryMethod[] getDeliveryMethods() {
        return new DeliveryMethod[] {DeliveryMethod.IN_PERSON, DeliveryMethod.REGISTERED_MAIL};
    }

    public DeliveryFields getDelivery() {
        return delivery;
    }

    public Long getDeliveryNoticeId() {
        return deliveryNoticeId;
    }

    public void setDeliveryNoticeId(Long v) {
        deliveryNoticeId = v;
    }
}
